package dev.futuresworkbook.ascompleted.exercises;

import dev.futuresworkbook.ascompleted.AsCompletedTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * Exercises 3 and 4 · 연습 3, 4: Python's {@code as_completed} for Java — each future once, in the order they
 * finish, with one overall deadline.
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
        // TODO Exercise 3 · 연습 3: give every distinct future a whenComplete callback that puts it in a
        //  BlockingQueue; next() takes from the queue. No polling, no get() on a future that is not done.
        throw new UnsupportedOperationException("""
                Exercise 3 (asCompleted) is not solved yet: replace this line with your code.
                Hint: module-03-as-completed/README.md#exercise-3
                연습 3(asCompleted): 아직 풀지 않았습니다. 힌트: module-03-as-completed/README.ko.md#exercise-3""");
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
        // TODO Exercise 4 · 연습 4: compute one deadline here, at the call; in next(), wait only for the time
        //  LEFT (poll(remaining, NANOSECONDS)), and throw AsCompletedTimeoutException when it runs out.
        throw new UnsupportedOperationException("""
                Exercise 4 (asCompleted with a timeout) is not solved yet: replace this line with your code.
                Hint: module-03-as-completed/README.md#exercise-4
                연습 4(타임아웃이 있는 asCompleted): 아직 풀지 않았습니다. 힌트: module-03-as-completed/README.ko.md#exercise-4""");
    }
}
