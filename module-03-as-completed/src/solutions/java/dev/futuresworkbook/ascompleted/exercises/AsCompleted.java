package dev.futuresworkbook.ascompleted.exercises;

import dev.futuresworkbook.ascompleted.AsCompletedTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Exercises 3 and 4 · 연습 3, 4: Python's {@code as_completed} for Java — each future once, in the order they
 * finish, with one overall deadline. (Reference solution.)
 *
 * <p>It takes {@link CompletableFuture}s because they, like Python's futures, tell you when they are done
 * ({@code whenComplete}). A plain {@link java.util.concurrent.Future} from {@code ExecutorService.submit}
 * cannot: for those, use an {@link java.util.concurrent.ExecutorCompletionService}.
 */
public final class AsCompleted {

    private AsCompleted() {}

    /**
     * Exercise 3 · 연습 3. Returns an iterator over the distinct {@code futures} in the order they complete,
     * waiting as long as it takes.
     *
     * <ul>
     *   <li>Futures already done at the call come first, in the collection's order; then each future as it
     *       completes (normally, exceptionally or by cancellation: all count as completed).</li>
     *   <li>Each distinct future is returned exactly once, even if the collection holds it twice.</li>
     *   <li>{@code hasNext()} never blocks: it is true while some future has not been returned yet.</li>
     *   <li>{@code next()} blocks until one more future is done, without busy-polling; it never calls
     *       {@code get()} or {@code join()} on a future that is not done. If the waiting thread is
     *       interrupted, {@code next()} throws {@link CancellationException} (its cause the
     *       {@link InterruptedException}) with the interrupt status still set.</li>
     * </ul>
     *
     * <pre>{@code
     * for (var it = AsCompleted.asCompleted(futures); it.hasNext(); ) {
     *     CompletableFuture<Long> done = it.next();   // the next one to finish
     *     System.out.println(done.resultNow());
     * }
     * }</pre>
     *
     * @throws NullPointerException if {@code futures} or one of its elements is null
     */
    public static <T> Iterator<CompletableFuture<T>> asCompleted(Collection<? extends CompletableFuture<T>> futures) {
        return iterate(futures, null);
    }

    /**
     * Exercise 4 · 연습 4. Like {@link #asCompleted(Collection)}, with one overall deadline: {@code timeout}
     * counts from this call (as Python's documentation says), not from the first {@code next()} nor anew
     * for each one.
     *
     * <p>{@code next()} returns a future that is done, even after the deadline; when it would have to wait
     * past the deadline for the next one, it throws {@link AsCompletedTimeoutException}, whose message says
     * how many distinct futures of how many were unfinished, e.g. {@code "1 (of 5) futures unfinished"}, and
     * which carries those futures. The iteration is then over: {@code hasNext()} returns false. A zero
     * timeout hands out the futures already done, then times out at once.
     *
     * <pre>{@code
     * var it = AsCompleted.asCompleted(futures, Duration.ofMillis(100));
     * try {
     *     while (it.hasNext()) System.out.println(it.next().resultNow());
     * } catch (AsCompletedTimeoutException e) {
     *     e.unfinished().forEach(f -> f.cancel(true));
     * }
     * }</pre>
     *
     * @throws NullPointerException if any argument or element is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    public static <T> Iterator<CompletableFuture<T>> asCompleted(
            Collection<? extends CompletableFuture<T>> futures, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) throw new IllegalArgumentException("negative timeout: " + timeout);
        return iterate(futures, timeout);
    }

    @SuppressWarnings("CollectionUndefinedEquality") // a future equals only itself: identity is what the set needs
    private static <T> Iterator<CompletableFuture<T>> iterate(
            Collection<? extends CompletableFuture<T>> futures, Duration timeout) {
        long start = System.nanoTime(); // the clock starts here, at the call
        Set<CompletableFuture<T>> pending = new LinkedHashSet<>();
        for (CompletableFuture<T> future : futures) {
            pending.add(Objects.requireNonNull(future, "a future in the collection is null"));
        }
        int total = pending.size();
        // One callback per distinct future. On a future that is already done it runs at once, here, so the
        // done ones enter the queue first and in the collection's order; the others enter as they complete.
        BlockingQueue<CompletableFuture<T>> completed = new LinkedBlockingQueue<>();
        for (CompletableFuture<T> future : pending) {
            // whenComplete returns a new future (done once the callback has run) that nothing here needs.
            var unused = future.whenComplete((result, failure) -> completed.add(future));
        }
        return new Iterator<>() {
            private boolean timedOut;

            @Override
            public boolean hasNext() {
                return !timedOut && !pending.isEmpty();
            }

            @Override
            public CompletableFuture<T> next() {
                if (!hasNext()) throw new NoSuchElementException();
                CompletableFuture<T> done;
                try {
                    // poll() returns a waiting future even when no time is left, and null only when the
                    // queue stayed empty until the deadline: one deadline for the whole iteration.
                    done = timeout == null ? completed.take()
                            : completed.poll(remainingNanos(start, timeout), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // Iterator.next() cannot throw it: keep the status
                    var stopped = new CancellationException("interrupted while waiting for the next future");
                    stopped.initCause(e);
                    throw stopped;
                }
                if (done == null) {
                    timedOut = true;
                    throw new AsCompletedTimeoutException(pending, total);
                }
                pending.remove(done);
                return done;
            }
        };
    }

    /** Nanoseconds left until {@code start + timeout}; a timeout too long for a long means "no limit". */
    private static long remainingNanos(long start, Duration timeout) {
        long timeoutNanos;
        try {
            timeoutNanos = timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
        return timeoutNanos - (System.nanoTime() - start);
    }
}
