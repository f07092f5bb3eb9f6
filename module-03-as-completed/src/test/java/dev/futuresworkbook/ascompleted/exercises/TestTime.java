package dev.futuresworkbook.ascompleted.exercises;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Time for the tests whose subject is time itself: deadlines, and a consumer that is slow on purpose. */
final class TestTime {

    private TestTime() {}

    /**
     * Lets {@code time} pass (never less: a timed await does not return early). Only for tests about time;
     * everywhere else the tests order events with latches.
     */
    static void pass(Duration time) throws InterruptedException {
        var never = new CountDownLatch(1);
        if (never.await(time.toNanos(), TimeUnit.NANOSECONDS)) throw new AssertionError("nobody counts it down");
    }

    /** How long {@code since} (a {@link System#nanoTime()}) was. */
    static Duration since(long since) {
        return Duration.ofNanos(System.nanoTime() - since);
    }
}
