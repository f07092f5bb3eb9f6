package dev.futuresworkbook.submit.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Exercise 2 · 연습 2: schedule a whole work list, as the original notes' {@code for work in WORK_LIST} loop does. (Reference solution.) */
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
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(task, "task");
        List<Future<R>> futures = new ArrayList<>(work.size());
        for (T item : work) {
            futures.add(executor.submit(() -> task.apply(item)));
        }
        return futures;
    }
}
