package dev.futuresworkbook.ascompleted;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Thrown by the iterator of {@code AsCompleted.asCompleted(futures, timeout)} when its one overall deadline
 * passes while the next future is still not done: Java's form of Python's
 * {@code TimeoutError("%d (of %d) futures unfinished")}, with the same message.
 *
 * <p>It is unchecked because {@link java.util.Iterator#next()} cannot throw the checked
 * {@link java.util.concurrent.TimeoutException}. It carries what a caller needs to recover: how many
 * distinct futures there were, and the ones that had not been handed out, so that it can report them and
 * cancel them:
 * <pre>{@code
 * try {
 *     for (var it = AsCompleted.asCompleted(futures, Duration.ofMillis(100)); it.hasNext(); ) {
 *         System.out.println(it.next().resultNow());
 *     }
 * } catch (AsCompletedTimeoutException e) {
 *     System.out.println(e.getMessage());                // "1 (of 5) futures unfinished"
 *     e.unfinished().forEach(f -> f.cancel(true));
 * }
 * }</pre>
 */
public final class AsCompletedTimeoutException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Not serialized: futures are not {@link java.io.Serializable}. */
    private final transient List<Future<?>> unfinished;
    private final int total;

    /**
     * @param unfinished the futures not handed out when the deadline passed (none of them was done then)
     * @param total how many distinct futures the iteration was over
     * @throws IllegalArgumentException if {@code total} is smaller than the number of unfinished futures
     * @throws NullPointerException if {@code unfinished} or one of its elements is null
     */
    public AsCompletedTimeoutException(Collection<? extends Future<?>> unfinished, int total) {
        super("%d (of %d) futures unfinished".formatted(unfinished.size(), total));
        if (total < unfinished.size()) {
            throw new IllegalArgumentException("total " + total + " < unfinished " + unfinished.size());
        }
        this.unfinished = List.copyOf(unfinished);
        this.total = total;
    }

    /** The futures that were not done at the deadline: cancel them, or wait for them some other way. */
    public List<Future<?>> unfinished() {
        return unfinished == null ? List.of() : unfinished;
    }

    /** How many distinct futures the iteration was over (a future passed twice counts once). */
    public int total() {
        return total;
    }
}
