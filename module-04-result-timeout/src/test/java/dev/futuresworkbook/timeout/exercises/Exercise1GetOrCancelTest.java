package dev.futuresworkbook.timeout.exercises;

import static dev.futuresworkbook.timeout.exercises.GetOrCancel.getOrCancel;
import static dev.futuresworkbook.timeout.exercises.Waits.WAIT;
import static dev.futuresworkbook.timeout.exercises.Waits.assertEndedOnTime;
import static dev.futuresworkbook.timeout.exercises.Waits.millisSince;
import static dev.futuresworkbook.timeout.exercises.Waits.thrownWhenInterrupted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-1")
@DisplayName("Exercise 1 · 연습 1 — getOrCancel: a result in time, or the task cancelled")
class Exercise1GetOrCancelTest {

    private static final Duration TIMEOUT = Duration.ofMillis(150);

    @Test
    @DisplayName("returns the result that comes in time, and cancels nothing · 제때 온 결과를 돌려준다")
    void resultInTime() throws InterruptedException, ExecutionException, TimeoutException {
        assertThat(getOrCancel(CompletableFuture.completedFuture(42), TIMEOUT)).isEqualTo(42);

        try (var arrivals = new Arrivals()) {
            CompletableFuture<String> soon = arrivals.after(50, "soon");
            assertThat(getOrCancel(soon, WAIT)).as("a result that arrives while we wait").isEqualTo("soon");
            assertThat(soon.isCancelled()).as("a future that completed in time must not be cancelled").isFalse();
        }
    }

    @Test
    @DisplayName("times out no earlier than the timeout, and cancels the future · 타임아웃 뒤에 퓨처를 취소한다")
    void timesOutAndCancels() {
        var never = new CompletableFuture<String>();
        long start = System.nanoTime();

        assertThatThrownBy(() -> getOrCancel(never, TIMEOUT),
                "no result within %s: TimeoutException · 제때 결과가 없으면 TimeoutException", TIMEOUT)
                .isInstanceOf(TimeoutException.class);

        assertEndedOnTime(start, TIMEOUT, "the timeout");
        assertThat(never.isCancelled())
                .as("after a timeout the future must be cancelled · 타임아웃 뒤에는 퓨처를 취소해야 합니다").isTrue();
    }

    @Test
    @DisplayName("a timed-out task is interrupted, not left running · 타임아웃된 작업을 인터럽트해 멈춘다")
    void timedOutTaskIsStopped() throws InterruptedException {
        var task = new HeldTask<>("too late");
        try (var executor = Executors.newSingleThreadExecutor()) {
            Future<String> future = executor.submit(task);
            try {
                task.awaitStarted();
                assertThatThrownBy(() -> getOrCancel(future, TIMEOUT)).isInstanceOf(TimeoutException.class);

                assertThat(future.isCancelled()).as("the future is cancelled").isTrue();
                assertThat(task.wasInterrupted())
                        .as("the running task must be interrupted: cancel(true), not cancel(false), and not left"
                                + " running · 실행 중인 작업은 cancel(true)로 인터럽트해야 합니다")
                        .isTrue();
            } finally {
                task.release();
            }
        }
    }

    @Test
    @DisplayName("a failed task is reported with its own exception · 실패한 작업은 그 예외를 원인으로 알린다")
    void failedTask() {
        var boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> getOrCancel(CompletableFuture.failedFuture(boom), TIMEOUT),
                "a failed task: ExecutionException whose cause is the task's exception")
                .isInstanceOf(ExecutionException.class)
                .cause().isSameAs(boom);
    }

    @Test
    @DisplayName("a cancelled task is reported as cancelled, not as failed · 취소된 작업은 실패가 아니다")
    void cancelledTask() {
        var cancelled = new CompletableFuture<String>();
        cancelled.cancel(true);
        assertThatThrownBy(() -> getOrCancel(cancelled, TIMEOUT),
                "a cancelled task: CancellationException, not ExecutionException or TimeoutException")
                .isInstanceOf(CancellationException.class);
    }

    @Test
    @DisplayName("an interrupted caller gets InterruptedException, and the task is cancelled · 인터럽트되면 작업도 취소")
    void interruptedCaller() throws InterruptedException {
        var never = new CompletableFuture<String>();
        Throwable thrown = thrownWhenInterrupted("get-or-cancel-caller", never,
                () -> getOrCancel(never, WAIT.multipliedBy(2)));

        assertThat(thrown)
                .as("an interrupted wait ends with InterruptedException · 인터럽트는 InterruptedException으로")
                .isInstanceOf(InterruptedException.class);
        assertThat(never.isCancelled())
                .as("the caller gave up: the task must be cancelled too · 기다림을 포기했으니 작업도 취소")
                .isTrue();
    }

    @Test
    @DisplayName("a zero or negative timeout does not wait · 0이나 음수 타임아웃은 기다리지 않는다")
    void zeroOrNegativeTimeout() throws InterruptedException, ExecutionException, TimeoutException {
        assertThat(getOrCancel(CompletableFuture.completedFuture("done"), Duration.ZERO)).isEqualTo("done");
        assertThat(getOrCancel(CompletableFuture.completedFuture("done"), Duration.ofSeconds(-1))).isEqualTo("done");

        var pending = new CompletableFuture<String>();
        long start = System.nanoTime();
        assertThatThrownBy(() -> getOrCancel(pending, Duration.ofSeconds(-1))).isInstanceOf(TimeoutException.class);
        assertThat(millisSince(start)).as("ms spent on a negative timeout").isLessThan(2_000);
        assertThat(pending.isCancelled()).isTrue();
    }

    @Test
    @DisplayName("rejects null arguments · null 인자는 거부한다")
    void nulls() {
        assertThatThrownBy(() -> getOrCancel(null, TIMEOUT)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> getOrCancel(new CompletableFuture<>(), null)).isInstanceOf(NullPointerException.class);
    }
}
