package dev.futuresworkbook.submit.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Exercise 3 · 연습 3: the results the original notes never printed. (Reference solution.) */
public final class CollectResults {

    private CollectResults() {}

    /**
     * Waits for each future in turn and returns their results in the same order.
     *
     * <p>A task that failed makes this method fail with the {@link ExecutionException} that carries the
     * task's own exception; a cancelled task with {@link java.util.concurrent.CancellationException}.
     * If the calling thread is interrupted while it waits, {@link InterruptedException} is thrown: the
     * caller, not this method, decides what an interrupt means.
     *
     * @throws NullPointerException if the list or one of its futures is null
     */
    public static <R> List<R> collectResults(List<? extends Future<? extends R>> futures)
            throws InterruptedException, ExecutionException {
        List<R> results = new ArrayList<>(futures.size());
        for (Future<? extends R> future : futures) {
            results.add(future.get()); // waiting in submission order is fine here: we need every result anyway
        }
        return results;
    }
}
