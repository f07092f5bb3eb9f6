package dev.futuresworkbook.submit.exercises;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Exercise 3 · 연습 3: the results the original notes never printed. */
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
        // TODO Exercise 3 · 연습 3: get() each future, in order. Let the checked exceptions through.
        throw new UnsupportedOperationException("""
                Exercise 3 (collectResults) is not solved yet: replace this line with your code.
                Hint: module-01-submit/README.md#exercise-3
                연습 3(collectResults): 아직 풀지 않았습니다. 힌트: module-01-submit/README.ko.md#exercise-3""");
    }
}
