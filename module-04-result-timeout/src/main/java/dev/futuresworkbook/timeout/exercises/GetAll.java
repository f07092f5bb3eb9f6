package dev.futuresworkbook.timeout.exercises;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/** Exercise 4 · 연습 4: many results, one time budget. */
public final class GetAll {

    private GetAll() {}

    /**
     * Waits for every future and returns their results in the list's order, all within one {@code timeout}
     * for the whole call: the deadline is fixed once, when the call starts, and each {@code get} waits only for
     * what is left of it. (A timeout per {@code get} would let n futures take up to n times the timeout.)
     *
     * <p>If the call does not return the results (time is up, a task failed or was cancelled, or the calling
     * thread is interrupted), every future that is not done yet is cancelled with {@code cancel(true)}, then
     * the exception is thrown: nothing is left running for a caller that has given up.
     *
     * <pre>{@code
     * List<Long> sums = GetAll.getAll(futures, Duration.ofSeconds(2));   // 2 s in all, not 2 s each
     * }</pre>
     *
     * @param timeout the budget for the whole call; zero or negative: do not wait (the results if all are done)
     * @return the results, {@code results.get(i)} from {@code futures.get(i)}; an empty list for no futures
     * @throws TimeoutException if the deadline passes before every future is done
     * @throws ExecutionException if a task failed; its exception is the cause
     * @throws CancellationException if a future had been cancelled
     * @throws InterruptedException if the calling thread is interrupted while waiting
     * @throws NullPointerException if the list, one of its futures, or {@code timeout} is null
     */
    public static <T> List<T> getAll(List<? extends Future<? extends T>> futures, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        // TODO Exercise 4 · 연습 4: fix the deadline once; give each get() only the time that is left.
        throw new UnsupportedOperationException("""
                Exercise 4 (getAll) is not solved yet: replace this line with your code.
                Hint: module-04-result-timeout/README.md#exercise-4
                연습 4(getAll): 아직 풀지 않았습니다. 힌트: module-04-result-timeout/README.ko.md#exercise-4""");
    }
}
