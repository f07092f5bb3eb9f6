package dev.futuresworkbook.submit.exercises;

import java.util.concurrent.Future;

/** Exercise 5 · 연습 5: look at a future without waiting for it, like Python's {@code repr(future)}. */
public final class Describe {

    private Describe() {}

    /**
     * Describes a future's state right now, never blocking:
     * <ul>
     *   <li>{@code "RUNNING"} while it is not done (queued or running);</li>
     *   <li>{@code "SUCCESS 42"}: done with the result {@code 42} ({@code String.valueOf} of the result);</li>
     *   <li>{@code "FAILED java.lang.IllegalStateException: boom"}: done with an exception (its
     *       {@code toString()});</li>
     *   <li>{@code "CANCELLED"}: cancelled.</li>
     * </ul>
     *
     * @throws NullPointerException if {@code future} is null
     */
    public static String describe(Future<?> future) {
        // TODO Exercise 5 · 연습 5: switch on future.state(); resultNow() and exceptionNow() never block.
        throw new UnsupportedOperationException("""
                Exercise 5 (describe) is not solved yet: replace this line with your code.
                Hint: module-01-submit/README.md#exercise-5
                연습 5(describe): 아직 풀지 않았습니다. 힌트: module-01-submit/README.ko.md#exercise-5""");
    }
}
