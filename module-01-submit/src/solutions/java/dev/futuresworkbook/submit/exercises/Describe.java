package dev.futuresworkbook.submit.exercises;

import java.util.concurrent.Future;

/** Exercise 5 · 연습 5: look at a future without waiting for it, like Python's {@code repr(future)}. (Reference solution.) */
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
        // state() reads the state once; resultNow() and exceptionNow() then cannot block, because it is done.
        return switch (future.state()) {
            case RUNNING -> "RUNNING";
            case SUCCESS -> "SUCCESS " + future.resultNow();
            case FAILED -> "FAILED " + future.exceptionNow();
            case CANCELLED -> "CANCELLED";
        };
    }
}
