package dev.futuresworkbook.ascompleted.exercises;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Exercise 1 · 연습 1: the same results in two orders — the order the work was submitted in, and the order it
 * finished in — with {@link CompletableFuture} callbacks, never blocking.
 */
public final class ResultOrder {

    private ResultOrder() {}

    /**
     * Returns a future of the results in the order of {@code futures} (submission order). It completes
     * once every future has completed. This method never blocks.
     *
     * <p>If a future fails or is cancelled, the returned future fails too, once every future has completed,
     * with a {@link java.util.concurrent.CompletionException} whose cause is that failure (like
     * {@link CompletableFuture#allOf}). An empty list gives a future already done with an empty list.
     *
     * @throws NullPointerException if the list or one of its futures is null
     */
    public static <T> CompletableFuture<List<T>> inSubmissionOrder(List<? extends CompletableFuture<? extends T>> futures) {
        // TODO Exercise 1 · 연습 1: CompletableFuture.allOf(...), then join() each future in the list's order.
        throw new UnsupportedOperationException("""
                Exercise 1 (inSubmissionOrder) is not solved yet: replace this line with your code.
                Hint: module-03-as-completed/README.md#exercise-1
                연습 1(inSubmissionOrder): 아직 풀지 않았습니다. 힌트: module-03-as-completed/README.ko.md#exercise-1""");
    }

    /**
     * Returns a future of the results in the order the futures completed: those already complete at the
     * call first, in the list's order, then each one as it completes. It completes once every future has
     * completed. This method never blocks. Futures may complete on many threads at once.
     *
     * <p>Failures, cancellation and an empty list: as in {@link #inSubmissionOrder}.
     *
     * @throws NullPointerException if the list or one of its futures is null
     */
    public static <T> CompletableFuture<List<T>> inCompletionOrder(List<? extends CompletableFuture<? extends T>> futures) {
        // TODO Exercise 1 · 연습 1: give each future a callback (thenAccept) that records its result the moment
        //  it completes; the returned future completes when every callback has run.
        throw new UnsupportedOperationException("""
                Exercise 1 (inCompletionOrder) is not solved yet: replace this line with your code.
                Hint: module-03-as-completed/README.md#exercise-1
                연습 1(inCompletionOrder): 아직 풀지 않았습니다. 힌트: module-03-as-completed/README.ko.md#exercise-1""");
    }
}
