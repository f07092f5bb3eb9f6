package dev.futuresworkbook.testkit;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.function.Executable;

/**
 * The vocabulary every exercise test shares, in the spirit of the jsr166 TCK's {@code JSR166TestCase}: one set
 * of time constants, and assertions whose failure says in English and Korean what was expected and what
 * happened. Exercise tests extend it; its helpers are static, so a helper class may import them too.
 *
 * <p>The rest of the vocabulary lives next to it: {@link Call} (the call under test, on a thread of its own),
 * {@link HeldTask} (a task the test starts, releases or fails), {@link WatchedFuture} (a future that fails
 * when it is blocked on, and counts how it is used) and {@link RecordingThreads} (a thread factory that
 * remembers its threads).
 *
 * <p><b>Not solved yet.</b> An untouched stub throws {@link UnsupportedOperationException} with a message
 * that contains {@value #NOT_SOLVED}. Every helper here rethrows that exception as it is, before any other
 * check, so that it is the first and only thing a learner reads for an exercise they have not started.
 */
@org.junit.jupiter.api.extension.ExtendWith({Cleanup.class, Timeline.class})
public abstract class ExerciseTest {

    // Every duration a test uses is one of these three, or a multiple of one; all scale with -Dworkbook.delay.factor.
    /** Long enough for anything that should happen "now", even on a loaded machine. Only a wrong answer waits it out. */
    public static final Duration WAIT = Delays.scaled(Duration.ofSeconds(5));
    /** The timeouts under test: short, so that the tests are quick. A right answer waits out a few of these at most. */
    public static final Duration SHORT = Delays.scaled(Duration.ofMillis(100));
    /** How late a timed wait may end on a loaded machine without being wrong. */
    public static final Duration MARGIN = Delays.scaled(Duration.ofSeconds(2));
    /** A timeout so long that no test waits it out: a call given it must end for another reason. */
    public static final Duration LONG = WAIT.multipliedBy(6);
    /** A negative timeout, for the argument checks. */
    public static final Duration NEGATIVE = Duration.ofMillis(-1);
    /** Timeouts at the edges of {@link Duration}, for the argument checks: each must be handled without overflow. */
    public static final java.util.List<Duration> HUGE = java.util.List.of(Duration.ofNanos(Long.MAX_VALUE), Duration.ofSeconds(Long.MAX_VALUE));
    /** Negative timeouts of every size, for the argument checks. */
    public static final java.util.List<Duration> NEGATIVES = java.util.List.of(NEGATIVE, Duration.ofNanos(-1), Duration.ofSeconds(Long.MIN_VALUE));
    /** The words every stub's "not solved yet" message contains. */
    public static final String NOT_SOLVED = "is not solved yet";

    protected ExerciseTest() {}

    /**
     * A fixed pool of {@code threads} threads for the code under test. Close it with try-with-resources, as any
     * executor: closing it releases the tasks the test still holds first. A test that forgets leaves no thread:
     * the pool is shut down when the test ends ({@link Cleanup}).
     */
    public static java.util.concurrent.ExecutorService pool(int threads) {
        return new TestPool(threads);
    }

    /** A future the test completes by hand; cancelled when the test ends if the test has not completed it. */
    public static <T> java.util.concurrent.CompletableFuture<T> pending() {
        return Cleanup.register(new java.util.concurrent.CompletableFuture<>());
    }

    /**
     * Asserts that a wait that took {@code elapsed} honoured its {@code timeout}: it did not end early (a
     * timeout never fires early), and it ended within {@code timeout} + {@link #MARGIN}.
     *
     * @param what what ended, in English and Korean, for the failure message
     */
    public static void assertEndedWithin(Duration elapsed, Duration timeout, String what) {
        if (elapsed.compareTo(timeout) < 0) {
            throw new AssertionError("""
                    %s: expected to end after its timeout of %d ms at the earliest, but it ended after %d ms.
                    %s: 타임아웃 %d밀리초보다 일찍 끝나면 안 되는데, %d밀리초 만에 끝났습니다."""
                    .formatted(what, timeout.toMillis(), elapsed.toMillis(), what, timeout.toMillis(), elapsed.toMillis()));
        }
        if (elapsed.compareTo(timeout.plus(MARGIN)) >= 0) {
            throw new AssertionError("""
                    %s: expected to end soon after its timeout of %d ms (within %d ms), but it took %d ms.
                    %s: 타임아웃 %d밀리초 직후, %d밀리초 안에 끝나야 하는데 %d밀리초 걸렸습니다."""
                    .formatted(what, timeout.toMillis(), timeout.plus(MARGIN).toMillis(), millisUp(elapsed),
                            what, timeout.toMillis(), timeout.plus(MARGIN).toMillis(), millisUp(elapsed)));
        }
    }

    /**
     * Asserts that something that took {@code elapsed} ended before {@code bound}: "at once", or "well before
     * the other thing it must not wait for".
     *
     * @param rule the rule in English and Korean, stated first in the failure message
     */
    public static void assertEndedBefore(Duration elapsed, Duration bound, String rule) {
        if (elapsed.compareTo(bound) >= 0) {
            throw new AssertionError("""
                    %s
                    Expected it to end within %d ms, but it took %d ms. · %d밀리초 안에 끝나야 하는데 %d밀리초 걸렸습니다."""
                    .formatted(rule, bound.toMillis(), millisUp(elapsed), bound.toMillis(), millisUp(elapsed)));
        }
    }

    /** Whole milliseconds, rounded up: 300.4 ms against a 300 ms bound reads "took 301 ms", not "took 300 ms". */
    private static long millisUp(Duration elapsed) {
        return (elapsed.toNanos() + 999_999) / 1_000_000;
    }

    /** How long it has been since {@code startNanos}, a {@link System#nanoTime()} reading. */
    public static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /**
     * Lets {@code time} pass, never less, unless the thread is interrupted. Only for tests whose subject is time
     * itself (a deadline that passes while the caller does something else, a task that takes that long); everywhere
     * else tests order events with latches and {@link Call}.
     */
    public static void letTimePass(Duration time) throws InterruptedException {
        // A timed await never returns before its timeout, and an interrupt (a cancel(true)) ends it.
        if (new CountDownLatch(1).await(time.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException("nobody counts this latch down");
        }
    }

    /**
     * Runs {@code call} and asserts that it throws {@code expected}; returns what it threw. A stub's "not solved
     * yet" exception is rethrown as it is.
     *
     * @param rule the rule in English and Korean, for example
     *        {@code "a negative n is rejected · 음수 n은 거부해야 합니다"}
     */
    public static <X extends Throwable> X assertThrows(Class<X> expected, Executable call, String rule) {
        Throwable thrown;
        try {
            call.execute();
            thrown = null;
        } catch (Throwable t) {
            thrown = t;
        }
        return expected.cast(check(thrown, expected, rule, "it returned normally · 예외 없이 정상으로 돌아왔습니다"));
    }

    /**
     * Runs {@code call} and returns its result. A stub's "not solved yet" exception is rethrown as it is; any
     * other exception fails with {@code rule}, naming the exception.
     */
    public static <R> R assertReturns(Callable<R> call, String rule) {
        try {
            return call.call();
        } catch (Throwable t) {
            rethrowIfNotSolved(t);
            throw new AssertionError(rule + "\n" + threw(t), t);
        }
    }

    /** Rethrows {@code thrown} if it is a stub's "not solved yet" exception; otherwise does nothing. */
    public static void rethrowIfNotSolved(Throwable thrown) {
        if (thrown instanceof UnsupportedOperationException notSolved
                && notSolved.getMessage() != null && notSolved.getMessage().contains(NOT_SOLVED)) {
            throw notSolved;
        }
    }

    /** Checks what a call threw against what it should have thrown; shared with {@link Call}. */
    static Throwable check(Throwable thrown, Class<? extends Throwable> expected, String rule, String ifNothing) {
        if (thrown == null) {
            throw new AssertionError(rule + "\nExpected " + expected.getName() + ", but " + ifNothing);
        }
        rethrowIfNotSolved(thrown);
        if (!expected.isInstance(thrown)) {
            throw new AssertionError(rule + "\nExpected " + expected.getName() + " · 기대한 예외: "
                    + expected.getName() + "\n" + threw(thrown), thrown);
        }
        return thrown;
    }

    /** "It threw X" in both languages. */
    static String threw(Throwable t) {
        return "but it threw " + t + " · 그런데 던진 예외: " + t;
    }
}
