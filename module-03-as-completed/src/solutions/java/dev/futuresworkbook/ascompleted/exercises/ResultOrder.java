package dev.futuresworkbook.ascompleted.exercises;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Exercise 1 · 연습 1: the same results in two orders — the order the work was submitted in, and the order it
 * finished in — with {@link CompletableFuture} callbacks, never blocking. (Reference solution.)
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
        CompletableFuture<?>[] all = futures.toArray(CompletableFuture<?>[]::new);
        // allOf(...) is done when all are; only then is join() sure not to block.
        return CompletableFuture.allOf(all).thenApply(ignored -> {
            List<T> results = new ArrayList<>(futures.size());
            for (CompletableFuture<? extends T> future : futures) results.add(future.join());
            return results;
        });
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
        // Futures complete on many threads: the list they add to must be thread-safe.
        List<T> results = Collections.synchronizedList(new ArrayList<>(futures.size()));
        CompletableFuture<?>[] recorded = new CompletableFuture<?>[futures.size()];
        for (int i = 0; i < recorded.length; i++) {
            // thenAccept runs the moment the future completes (at once if it already has).
            recorded[i] = futures.get(i).thenAccept(results::add);
        }
        // Wait for the callbacks' own futures, not the originals: then every add has happened.
        return CompletableFuture.allOf(recorded).thenApply(ignored -> {
            synchronized (results) {
                return new ArrayList<>(results);
            }
        });
    }
}
