package dev.futuresworkbook.submit.exercises;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Exercise 2 · 연습 2: schedule a whole work list, as the original notes' {@code for work in WORK_LIST} loop does. */
public final class SubmitAll {

    private SubmitAll() {}

    /**
     * Submits {@code task.apply(item)} for every item of {@code work} and returns their futures at once,
     * in the order of {@code work}, without waiting for any task.
     *
     * <pre>{@code
     * List<Future<Long>> futures = SubmitAll.submitAll(executor, List.of(10L, 20L), SumUpTo::sumUpTo);
     * futures.get(1).get();   // 210, the sum for 20
     * }</pre>
     *
     * @return one future per item, {@code futures.get(i)} belonging to {@code work.get(i)}
     * @throws NullPointerException if any argument is null
     */
    public static <T, R> List<Future<R>> submitAll(
            ExecutorService executor, List<? extends T> work, Function<? super T, ? extends R> task) {
        // TODO Exercise 2 · 연습 2: executor.submit(...) once per item; keep every future; do not wait here.
        throw new UnsupportedOperationException("""
                Exercise 2 (submitAll) is not solved yet: replace this line with your code.
                Hint: module-01-submit/README.md#exercise-2
                연습 2(submitAll): 아직 풀지 않았습니다. 힌트: module-01-submit/README.ko.md#exercise-2""");
    }
}
