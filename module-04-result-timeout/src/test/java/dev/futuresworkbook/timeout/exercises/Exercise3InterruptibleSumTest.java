package dev.futuresworkbook.timeout.exercises;

import static dev.futuresworkbook.timeout.exercises.Waits.WAIT;
import static dev.futuresworkbook.timeout.exercises.Waits.millisSince;
import static dev.futuresworkbook.timeout.exercises.InterruptibleSum.sumUpTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("exercise-3")
@DisplayName("Exercise 3 · 연습 3 — sumUpTo: a long sum that stops when cancelled")
class Exercise3InterruptibleSumTest {

    /**
     * A sum that takes seconds (about 2–6 s on a busy 2-core machine) and still fits a long. A right answer stops
     * within milliseconds of the interrupt; a wrong one that ignores it runs to the end and is caught then, so a
     * wrong answer fails the test in bounded time instead of hanging the build.
     */
    private static final long SECONDS_OF_WORK = 4_000_000_000L;

    /** How soon a cancelled sum must have stopped. Generous: a right answer needs well under a millisecond. */
    private static final Duration PROMPTLY = Duration.ofSeconds(2);

    @ParameterizedTest(name = "sumUpTo({0}) = {1}")
    @CsvSource({"0, 0", "1, 1", "10, 55", "100, 5050", "1000000, 500000500000", "100000000, 5000000050000000"})
    @DisplayName("adds up correctly when nobody interrupts · 인터럽트가 없으면 정확히 더한다")
    void sums(long n, long expected) throws InterruptedException {
        assertThat(sumUpTo(n)).as("sumUpTo(%d)", n).isEqualTo(expected);
    }

    @Test
    @DisplayName("stops soon after cancel(true), with InterruptedException · cancel(true) 뒤 곧 멈춘다")
    void cancelStopsIt() throws InterruptedException {
        var started = new CountDownLatch(1);
        var ended = new CountDownLatch(1);
        var howItEnded = new AtomicReference<String>("still running");
        try (var executor = Executors.newSingleThreadExecutor()) {
            Future<Long> future = executor.submit(() -> {
                started.countDown();
                try {
                    long sum = sumUpTo(SECONDS_OF_WORK);
                    howItEnded.set("returned " + sum + " although it was cancelled");
                    return sum;
                } catch (InterruptedException e) {
                    howItEnded.set("InterruptedException");
                    throw e;
                } catch (RuntimeException e) {
                    howItEnded.set("threw " + e);
                    throw e;
                } finally {
                    ended.countDown();
                }
            });
            assertThat(started.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("the task started").isTrue();
            future.cancel(true);
            long cancelledAt = System.nanoTime();
            boolean stopped = ended.await(PROMPTLY.toMillis(), TimeUnit.MILLISECONDS);
            long stoppedAfter = millisSince(cancelledAt);

            assertThat(stopped)
                    .as("the sum must stop within %s of cancel(true); it is %s: look at"
                            + " Thread.currentThread().isInterrupted() inside the loop · 반복문 안에서 인터럽트를 확인하세요",
                            PROMPTLY, howItEnded.get())
                    .isTrue();
            assertThat(howItEnded.get())
                    .as("how the cancelled sum ended, %d ms after cancel(true) · 취소된 합계가 끝난 방식", stoppedAfter)
                    .isEqualTo("InterruptedException");
        } // a wrong answer that ignores the interrupt is waited for here: seconds, not forever
    }

    @Test
    @DisplayName("an interrupt from a plain thread stops it too · 스레드 인터럽트로도 멈춘다")
    void threadInterruptStopsIt() throws InterruptedException {
        var started = new CountDownLatch(1);
        var thrown = new AtomicReference<Throwable>();
        Thread summer = Thread.ofPlatform().name("interruptible-sum").start(() -> {
            started.countDown();
            try {
                thrown.set(new AssertionError("returned " + sumUpTo(SECONDS_OF_WORK) + " although interrupted"));
            } catch (InterruptedException e) {
                thrown.set(e);
            } catch (RuntimeException e) {
                thrown.set(e);
            }
        });
        try {
            assertThat(started.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("the thread started").isTrue();
            summer.interrupt();
            assertThat(summer.join(PROMPTLY)).as("the sum stopped within %s of the interrupt", PROMPTLY).isTrue();
            assertThat(thrown.get()).as("how the interrupted sum ended").isInstanceOf(InterruptedException.class);
        } finally {
            summer.join(); // a wrong answer runs to its end: seconds, not forever
        }
    }

    @Test
    @DisplayName("an already interrupted thread gets InterruptedException at once · 이미 인터럽트됐으면 바로 멈춘다")
    void alreadyInterrupted() throws InterruptedException, ExecutionException {
        try (var executor = Executors.newSingleThreadExecutor()) {
            Future<Throwable> outcome = executor.submit(() -> {
                Thread.currentThread().interrupt();
                long start = System.nanoTime();
                try {
                    return new AssertionError("returned " + sumUpTo(SECONDS_OF_WORK) + " after "
                            + millisSince(start) + " ms although the thread was interrupted");
                } catch (InterruptedException | RuntimeException e) {
                    return e;
                }
            });
            assertThat(outcome.get()).as("sumUpTo on an interrupted thread").isInstanceOf(InterruptedException.class);
        }
    }

    @Test
    @DisplayName("accepts the largest n, 2^32 - 1 · 가장 큰 n(2^32 - 1)은 받아들인다")
    void largestNIsAccepted() throws InterruptedException, ExecutionException {
        try (var executor = Executors.newSingleThreadExecutor()) {
            // On an interrupted thread a right answer passes the argument checks and stops at once, so this
            // proves MAX_N is accepted without summing 2^32 numbers.
            Future<Throwable> outcome = executor.submit(() -> {
                Thread.currentThread().interrupt();
                try {
                    return new AssertionError("returned " + sumUpTo(InterruptibleSum.MAX_N) + " although interrupted");
                } catch (InterruptedException | RuntimeException e) {
                    return e;
                }
            });
            assertThat(outcome.get())
                    .as("sumUpTo(MAX_N) on an interrupted thread: MAX_N is allowed, so InterruptedException,"
                            + " not ArithmeticException · MAX_N은 허용되는 값입니다")
                    .isInstanceOf(InterruptedException.class);
        }
    }

    @Test
    @DisplayName("rejects a negative n · 음수 n은 거부한다")
    void negative() {
        assertThatThrownBy(() -> sumUpTo(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("rejects an n whose sum does not fit a long, before any work · long에 안 들어가는 n은 바로 거부한다")
    void tooLarge() {
        assertThat(InterruptibleSum.MAX_N).isEqualTo(4_294_967_295L);
        // 2^32: a loop would take seconds and then return a wrong, wrapped-around number
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertThatThrownBy(() -> sumUpTo(4_294_967_296L),
                "sumUpTo(2^32) must throw ArithmeticException at once · 바로 ArithmeticException")
                .isInstanceOf(ArithmeticException.class));
    }
}
