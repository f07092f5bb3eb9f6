package dev.futuresworkbook.timeout.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Time and interrupts in the tests. */
final class Waits {

    /** How long a test waits for something that should happen at once. Generous: the machine may be busy. */
    static final Duration WAIT = Duration.ofSeconds(5);

    private Waits() {}

    /** Milliseconds since {@code startNanos}, a {@link System#nanoTime()} reading. */
    static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /**
     * Asserts that a wait that started at {@code startNanos} and has just ended took at least {@code timeout}
     * (a timeout never fires early) and less than {@code timeout} + 2 s (a generous margin for a busy machine).
     */
    static void assertEndedOnTime(long startNanos, Duration timeout, String what) {
        long elapsed = millisSince(startNanos);
        assertThat(elapsed).as("ms until %s (never before %s)", what, timeout).isGreaterThanOrEqualTo(timeout.toMillis());
        assertThat(elapsed).as("ms until %s (within a generous margin)", what).isLessThan(timeout.toMillis() + 2_000);
    }

    /**
     * Runs {@code call} on a thread of its own, interrupts that thread, and returns what the call threw, or an
     * {@link AssertionError} naming what it returned. {@code pending} is the future the call waits for: it is
     * completed afterwards, so that a wrong answer that ignores the interrupt still ends.
     */
    static Throwable thrownWhenInterrupted(String threadName, CompletableFuture<String> pending, Callable<?> call)
            throws InterruptedException {
        var thrown = new AtomicReference<Throwable>();
        Thread caller = Thread.ofPlatform().name(threadName).start(() -> {
            try {
                thrown.set(new AssertionError("returned " + call.call() + " although interrupted"));
            } catch (InterruptedException e) {
                thrown.set(e); // what a right answer does
            } catch (Exception e) {
                thrown.set(e);
            }
        });
        caller.interrupt();
        caller.join(WAIT);
        pending.complete("too late"); // releases a wrong answer that kept waiting
        caller.join(WAIT);
        return thrown.get();
    }
}
