package dev.futuresworkbook.testkit;

import static dev.futuresworkbook.testkit.ExerciseTest.WAIT;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * The call under test, run on a platform thread of its own so that a wrong answer that hangs cannot hang the
 * test, and timed from just before it starts to just after it ends. The test can look at where that thread
 * is parked while the call waits, interrupt it, and then assert how the call ended: it returned, it threw,
 * or it is still running.
 *
 * <pre>{@code
 * Call<DoneAndNotDone<Future<String>>> call = Call.start("waitFor", () -> waitFor(futures, null, ALL_COMPLETED));
 * call.awaitBlocked();
 * first.release();
 * call.assertStillRunningAfter(SHORT, "ALL_COMPLETED waits for every future · ALL_COMPLETED 모드는 모든 퓨처를 기다려야 합니다");
 * }</pre>
 *
 * <p>Every assertion rethrows a stub's "not solved yet" exception as it is (see {@link ExerciseTest}).
 *
 * @param <R> what the call returns
 */
public final class Call<R> {

    private final CompletableFuture<R> outcome = new CompletableFuture<>();
    private final Thread thread;
    private volatile long startNanos;
    private volatile long endNanos;

    private final String row;

    private Call(String name, Callable<R> action) {
        row = "call " + name;
        thread = Thread.ofPlatform().name(name).unstarted(() -> {
            startNanos = System.nanoTime();
            Timeline.span(row, '[', startNanos);
            try {
                R value = action.call();
                endNanos = System.nanoTime();
                Timeline.span(row, ']', endNanos);
                outcome.complete(value);
            } catch (Throwable t) {
                endNanos = System.nanoTime();
                Timeline.span(row, '!', endNanos);
                outcome.completeExceptionally(t);
            }
        });
    }

    /** Starts {@code action} on a new thread called {@code name}. */
    public static <R> Call<R> start(String name, Callable<R> action) {
        Call<R> call = new Call<>(name, action);
        Cleanup.register(call);
        call.thread.start();
        return call;
    }

    /** Where the call's thread is right now: its state and its stack. */
    public record Where(Thread.State state, List<StackTraceElement> stack) {

        /** Whether it is blocked: waiting for something, with or without a timeout. */
        public boolean blocked() {
            return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
        }

        /** Whether it is inside {@link Thread#sleep}: a poll-and-sleep loop, not a wait for an event. */
        public boolean sleeping() {
            return stack.stream().anyMatch(f -> f.getClassName().equals("java.lang.Thread")
                    && f.getMethodName().startsWith("sleep"));
        }

        /** Whether a method called {@code methodName} is on the stack, for example {@code "awaitTermination"}. */
        public boolean in(String methodName) {
            return stack.stream().anyMatch(f -> f.getMethodName().equals(methodName));
        }

        @Override
        public String toString() {
            return state + " at " + stack.stream().limit(6).map(StackTraceElement::toString)
                    .collect(Collectors.joining(" < "));
        }
    }

    /** Where the call's thread is now. */
    public Where where() {
        return new Where(thread.getState(), Arrays.asList(thread.getStackTrace()));
    }

    /** Whether the call has ended, by returning or throwing. */
    public boolean hasEnded() {
        return outcome.isDone();
    }

    /** Interrupts the call's thread. */
    public void interrupt() {
        thread.interrupt();
    }

    /**
     * Returns once the call's thread is blocked (waiting, with or without a timeout), or has ended, or after
     * {@link ExerciseTest#WAIT}. A test uses it to act only when the call under test is already waiting: a
     * call that looks only once, when it starts, then cannot see what the test does. A right answer passes
     * either way.
     */
    public Call<R> awaitBlocked() {
        return awaitUntil(where -> where.blocked());
    }

    /**
     * Returns once the call has ended, or its thread is blocked inside a method called {@code methodName}, or
     * after {@link ExerciseTest#WAIT}.
     */
    public Call<R> awaitEndedOrBlockedIn(String methodName) {
        return awaitUntil(where -> where.blocked() && where.in(methodName));
    }

    /**
     * Returns once a method called {@code methodName} is on the call's stack (running or blocked), or the call has
     * ended, or after {@link ExerciseTest#WAIT}. A test uses it to act only once the code under test is at work.
     */
    public Call<R> awaitIn(String methodName) {
        return awaitUntil(where -> where.in(methodName));
    }

    /**
     * Waits up to {@code bound} for the call to end, however it ends, and returns whether it did. For a
     * {@code finally} block: a wrong answer that runs on after the test has failed is waited for, so that it does
     * not run into the next test.
     */
    public boolean awaitEnded(Duration bound) {
        try {
            outcome.handle((value, failure) -> null).get(bound.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return hasEnded();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return hasEnded();
        }
    }

    private Call<R> awaitUntil(java.util.function.Predicate<Where> condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!hasEnded() && System.nanoTime() < deadline && !condition.test(where())) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        if (!hasEnded() && where().blocked()) Timeline.mark(row, 'z');
        return this;
    }

    /**
     * Watches the call's thread for {@code time}, looking where it is every millisecond, and returns whether it
     * was ever seen inside {@link Thread#sleep}: a call that should block until something happens, but polls
     * and sleeps instead, spends nearly all its time there. Returns early if the call ends.
     */
    public boolean seenSleepingWithin(Duration time) {
        return watch(time, TimeUnit.MILLISECONDS.toNanos(1)).sleeping() != null;
    }

    /** What watching the call's thread saw: how often it looked, how often the thread ran, and where it slept. */
    private record Sightings(int looks, int running, Where sleeping) {}

    /**
     * Looks where the call's thread is every {@code periodNanos} for {@code time}, until the call ends or the
     * thread is first seen inside {@link Thread#sleep}. The one sampling loop behind both polling checks.
     */
    private Sightings watch(Duration time, long periodNanos) {
        int looks = 0;
        int running = 0;
        long end = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < end && !hasEnded()) {
            Where where = where();
            looks++;
            if (where.sleeping()) return new Sightings(looks, running, where);
            if (!where.blocked()) running++;
            LockSupport.parkNanos(periodNanos);
        }
        return new Sightings(looks, running, null);
    }

    /** How long the call took, from just before it started to just after it ended. Only once it has ended. */
    public Duration elapsed() {
        if (!hasEnded()) throw new IllegalStateException("the call has not ended yet");
        return Duration.ofNanos(endNanos - startNanos);
    }

    /**
     * Asserts that the call returns within {@code bound} and gives back what it returned.
     *
     * @param rule the rule, in English and Korean, that the failure message states first
     */
    public R assertReturnsWithin(Duration bound, String rule) {
        Throwable thrown = endWithin(bound, rule);
        if (thrown != null) {
            ExerciseTest.rethrowIfNotSolved(thrown);
            throw new AssertionError(rule + "\n" + ExerciseTest.threw(thrown), thrown);
        }
        return outcome.resultNow();
    }

    /** Asserts that the call throws {@code expected} within {@code bound}, and gives back what it threw. */
    public <X extends Throwable> X assertThrowsWithin(Duration bound, Class<X> expected, String rule) {
        Throwable thrown = endWithin(bound, rule);
        return expected.cast(ExerciseTest.check(thrown, expected, rule,
                "it returned " + (thrown == null ? outcome.resultNow() : null) + " · 예외 없이 돌아왔습니다"));
    }

    /** Asserts that the call is still running {@code time} from now: it neither returned nor threw by then. */
    public void assertStillRunningAfter(Duration time, String rule) {
        try {
            R value = outcome.get(time.toNanos(), TimeUnit.NANOSECONDS);
            Timeline.freeze();
            throw new AssertionError(rule + "\nbut it returned " + value + " · 그런데 이미 돌아왔습니다(반환값 " + value + ")");
        } catch (TimeoutException stillRunning) {
            // what the rule asks for
        } catch (ExecutionException e) {
            ExerciseTest.rethrowIfNotSolved(e.getCause());
            throw new AssertionError(rule + "\n" + ExerciseTest.threw(e.getCause()), e.getCause());
        } catch (CancellationException e) {
            throw new AssertionError(rule + "\n" + ExerciseTest.threw(thrown()), thrown());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("the test was interrupted · 테스트가 인터럽트되었습니다", e);
        }
    }

    /**
     * Asserts that the call waits by blocking: watched for {@link ExerciseTest#SHORT} once it is blocked, its thread
     * is never inside {@link Thread#sleep} (a loop that looks, sleeps and looks again) and is parked, not running,
     * in most of the looks (a loop that spins). A right answer waits parked in a {@code BlockingQueue},
     * {@code Future.get} or a latch the whole time. If the call ends meanwhile, nothing is asserted (a stub's
     * "not solved yet" is rethrown): whether it should have ended is the next assertion's business.
     *
     * @param rule the rule, in English and Korean, that the failure message states first
     */
    public Call<R> assertWaitsWithoutPolling(String rule) {
        awaitBlocked();
        Sightings seen = watch(ExerciseTest.SHORT, TimeUnit.MILLISECONDS.toNanos(2));
        if (seen.sleeping() != null) {
            throw new AssertionError(rule + "\nbut it waits in a polling loop that sleeps: " + seen.sleeping()
                    + "\n그런데 Thread.sleep 호출로 잠들었다 깨어 다시 확인하는 폴링 반복문 안에서 기다립니다: " + seen.sleeping());
        }
        if (hasEnded()) {
            rethrowIfNotSolved();
            return this;
        }
        if (seen.running() * 2 > seen.looks()) {
            throw new AssertionError(rule + "\nbut its thread was running, not blocked, in " + seen.running() + " of "
                    + seen.looks() + " looks (a busy loop): " + where() + "\n그런데 " + seen.looks() + "번 중 "
                    + seen.running() + "번은 블로킹되지 않고 돌고 있었습니다(바쁜 반복문): " + where());
        }
        return this;
    }

    /** Throws a stub's "not solved yet" as it is, if the call has ended with it: nothing after it can pass. */
    void rethrowIfNotSolved() {
        if (thrown() != null) ExerciseTest.rethrowIfNotSolved(thrown());
    }

    /** What the call threw, as it threw it, once it has ended; null if it returned or is still running. */
    private Throwable thrown() {
        return outcome.isDone() ? outcome.handle((value, failure) -> failure).join() : null;
    }

    /** Waits up to {@code bound} for the call to end; returns what it threw, or null if it returned. */
    private Throwable endWithin(Duration bound, String rule) {
        try {
            outcome.get(bound.toNanos(), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (CancellationException e) {
            return thrown(); // the call threw a CancellationException: get() reports it as a cancellation of its own
        } catch (TimeoutException e) {
            Timeline.freeze();
            throw new AssertionError(rule + "\nbut after " + bound.toMillis() + " ms it is still running, "
                    + where() + " · 그런데 " + bound.toMillis() + "밀리초가 지나도 끝나지 않았습니다");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("the test was interrupted · 테스트가 인터럽트되었습니다", e);
        }
    }
}
