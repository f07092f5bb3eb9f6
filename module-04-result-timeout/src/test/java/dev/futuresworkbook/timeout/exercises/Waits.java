package dev.futuresworkbook.timeout.exercises;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Time in the tests. */
final class Waits {

    /** How long a test waits for something that should happen at once. Generous: the machine may be busy. */
    static final Duration WAIT = Duration.ofSeconds(5);

    private Waits() {}

    /** Milliseconds since {@code startNanos}, a {@link System#nanoTime()} reading. */
    static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
