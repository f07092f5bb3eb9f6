package dev.futuresworkbook.timeout.exercises;

import static dev.futuresworkbook.timeout.exercises.InterruptibleSum.interruptibleSum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Call;
import dev.futuresworkbook.testkit.ExerciseTest;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("exercise-3")
class Exercise3InterruptibleSumTest extends ExerciseTest {

    /**
     * A sum that takes seconds (about 2–6 s on a busy 2-core machine) and still fits a long. A right answer stops
     * within milliseconds of the interrupt; a wrong one that ignores it runs to the end and is caught then, so a
     * wrong answer fails the test in bounded time instead of hanging the build.
     */
    private static final long SECONDS_OF_WORK = 4_000_000_000L;

    /** How soon an interrupted sum must have stopped. Generous: a right answer needs well under a millisecond. */
    private static final Duration PROMPTLY = MARGIN;

    /** How long a wrong answer that ignores the interrupt may still run: the whole sum, on a loaded machine. */
    private static final Duration WHOLE_SUM = WAIT.multipliedBy(12);

    private static final String STOPS_AT_THE_INTERRUPT = """
            Expected the sum to stop within 2 s of the interrupt with InterruptedException: look at \
            Thread.currentThread().isInterrupted() inside the loop, at every step, not once before it.
            인터럽트되면 2초 안에 InterruptedException으로 멈춰야 합니다. 반복문 앞에서 한 번이 아니라 반복문 \
            안에서 단계마다 Thread.currentThread().isInterrupted()로 확인하세요.""";

    /**
     * Starts the sum on a thread of its own and returns once it is at work inside {@code interruptibleSum}, well past
     * any look at the interrupt status before its loop: an interrupt from now on reaches the loop itself.
     */
    private static <R> Call<R> startedInsideTheLoop(Callable<R> sum) throws InterruptedException {
        var call = Call.start("interruptibleSum", sum).awaitIn("interruptibleSum");
        letTimePass(SHORT.dividedBy(4)); // 50 ms of summing: a look before the loop is long past
        return call;
    }

    @ParameterizedTest(name = "interruptibleSum({0}) = {1}")
    @CsvSource({"0, 0", "1, 1", "10, 55", "100, 5050", "1000000, 500000500000", "100000000, 5000000050000000"})
    @DisplayName("adds up correctly when nobody interrupts · 인터럽트가 없으면 정확한 합을 돌려준다")
    void sums(long n, long expected) throws InterruptedException {
        assertThat(interruptibleSum(n)).as("interruptibleSum(%d) is 1 + ... + %d · interruptibleSum(%d) 결과는 1부터 %d까지의 합",
                n, n, n, n).isEqualTo(expected);
    }

    @Test
    @DisplayName("cancel(true) on its future stops it soon, with InterruptedException · 퓨처에 cancel(true)를 호출하면 곧 InterruptedException으로 멈춘다")
    void cancelStopsIt() throws InterruptedException {
        var howItEnded = new AtomicReference<String>("still running");
        var task = new FutureTask<Long>(() -> {
            try {
                long sum = interruptibleSum(SECONDS_OF_WORK);
                howItEnded.set("returned " + sum + " although it was cancelled · 취소되었는데도 합계 " + sum + " 값을 돌려주었습니다");
                return sum;
            } catch (InterruptedException e) {
                howItEnded.set("InterruptedException");
                throw e;
            } catch (RuntimeException e) {
                howItEnded.set("threw " + e + " · 던진 예외: " + e);
                throw e;
            }
        });
        var call = startedInsideTheLoop(() -> {
            task.run(); // as a pool thread runs it: cancel(true) interrupts this thread
            if (task.state() == Future.State.FAILED) rethrowIfNotSolved(task.exceptionNow());
            return howItEnded.get();
        });
        try {
            task.cancel(true);

            assertThat(call.assertReturnsWithin(PROMPTLY, STOPS_AT_THE_INTERRUPT))
                    .as(STOPS_AT_THE_INTERRUPT + "\nHow the cancelled sum ended · 취소된 합계가 끝난 방식")
                    .isEqualTo("InterruptedException");
        } finally {
            call.awaitEnded(WHOLE_SUM); // a wrong answer runs to its end: seconds, not forever
        }
    }

    @Test
    @DisplayName("an interrupt of its thread stops it soon, with InterruptedException · 스레드를 인터럽트하면 곧 InterruptedException으로 멈춘다")
    void threadInterruptStopsIt() throws InterruptedException {
        var call = startedInsideTheLoop(() -> interruptibleSum(SECONDS_OF_WORK));
        try {
            call.interrupt();

            call.assertThrowsWithin(PROMPTLY, InterruptedException.class, STOPS_AT_THE_INTERRUPT);
        } finally {
            call.awaitEnded(WHOLE_SUM);
        }
    }

    @Test
    @DisplayName("a thread interrupted before the call gets InterruptedException at once · 호출 전에 이미 인터럽트된 스레드에서는 바로 InterruptedException을 던진다")
    void alreadyInterrupted() {
        var call = Call.start("interruptibleSum", () -> {
            Thread.currentThread().interrupt();
            return interruptibleSum(SECONDS_OF_WORK);
        });
        try {
            call.assertThrowsWithin(PROMPTLY, InterruptedException.class, """
                    The thread was interrupted before the call: expected InterruptedException at once.
                    호출 전에 스레드가 이미 인터럽트되었으니 바로 InterruptedException을 던져야 합니다.""");
        } finally {
            call.awaitEnded(WHOLE_SUM);
        }
    }

    @Test
    @DisplayName("accepts the largest n, 2^32 - 1 · 가장 큰 n 값인 2^32 - 1도 받아들인다")
    void largestNIsAccepted() {
        // On an interrupted thread a right answer passes the argument checks and stops at once, so this proves that
        // MAX_N is accepted without summing 2^32 numbers.
        var call = Call.start("interruptibleSum", () -> {
            Thread.currentThread().interrupt();
            return interruptibleSum(InterruptibleSum.MAX_N);
        });
        try {
            call.assertThrowsWithin(PROMPTLY, InterruptedException.class, """
                    interruptibleSum(MAX_N) on an interrupted thread: MAX_N is allowed, so expected InterruptedException, \
                    not ArithmeticException.
                    MAX_N은 허용되는 값이니, 인터럽트된 스레드에서는 ArithmeticException이 아니라 InterruptedException을 \
                    던져야 합니다.""");
        } finally {
            call.awaitEnded(WHOLE_SUM);
        }
    }

    @Test
    @DisplayName("a negative n is rejected with IllegalArgumentException · 음수인 n 값은 IllegalArgumentException으로 거부한다")
    void negative() {
        assertThrows(IllegalArgumentException.class, () -> interruptibleSum(-1),
                "a negative n is rejected · 음수인 n 값은 거부해야 합니다");
    }

    @Test
    @DisplayName("an n whose sum does not fit a long is rejected with ArithmeticException at once, before any work · 합이 long 타입에 들어가지 않는 n 값은 계산하기 전에 바로 ArithmeticException으로 거부한다")
    void tooLarge() {
        assertThat(InterruptibleSum.MAX_N).as("MAX_N is 2^32 - 1 · MAX_N 값은 2^32 - 1").isEqualTo(4_294_967_295L);
        // 2^32: a loop would take seconds and then return a wrong, wrapped-around number
        var call = Call.start("interruptibleSum", () -> interruptibleSum(4_294_967_296L));
        try {
            call.assertThrowsWithin(SHORT.multipliedBy(10), ArithmeticException.class, """
                    The sum up to 2^32 does not fit a long: expected ArithmeticException at once, before any work.
                    2^32까지의 합은 long 타입에 들어가지 않으니 계산하기 전에 바로 ArithmeticException을 던져야 합니다.""");
        } finally {
            call.awaitEnded(WHOLE_SUM);
        }
    }
}
