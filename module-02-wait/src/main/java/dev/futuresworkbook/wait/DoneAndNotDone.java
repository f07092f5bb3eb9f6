package dev.futuresworkbook.wait;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Future;

/**
 * What a wait for many futures returns: the futures that were done when it returned, and those that were not.
 * Python's {@code DoneAndNotDoneFutures(done, not_done)}.
 *
 * <p>"Done" means {@link Future#isDone()}: completed with a result, failed, or cancelled — a cancelled future
 * is done. Each set holds every future once, keeps the order in which its futures were given, and cannot be
 * modified. The sets are a snapshot: a future in {@code notDone} may have finished by the time you look at it.
 *
 * <pre>{@code
 * DoneAndNotDone<Future<Long>> result = WaitFor.waitFor(futures, Duration.ofSeconds(1), ReturnWhen.ALL_COMPLETED);
 * for (Future<Long> future : result.done()) {
 *     System.out.println(future.state());          // SUCCESS, FAILED or CANCELLED: never blocks
 * }
 * result.notDone().forEach(future -> future.cancel(true));
 * }</pre>
 *
 * @param done the futures that were done
 * @param notDone the futures that were not done
 * @param <F> the type of the futures
 */
public record DoneAndNotDone<F extends Future<?>>(Set<F> done, Set<F> notDone) {

    /**
     * Makes the pair from two collections of futures, copying them.
     *
     * @throws NullPointerException if a collection or one of its futures is null
     * @throws IllegalArgumentException if a future is in both collections
     */
    public DoneAndNotDone {
        done = orderedCopy(done, "done");
        notDone = orderedCopy(notDone, "notDone");
        if (!Collections.disjoint(done, notDone)) {
            throw new IllegalArgumentException("a future cannot be both done and not done");
        }
    }

    private static <F> Set<F> orderedCopy(Collection<F> futures, String name) {
        Objects.requireNonNull(futures, name);
        var copy = new LinkedHashSet<F>();
        for (F future : futures) copy.add(Objects.requireNonNull(future, () -> name + " contains null"));
        return Collections.unmodifiableSequencedSet(copy);
    }
}
