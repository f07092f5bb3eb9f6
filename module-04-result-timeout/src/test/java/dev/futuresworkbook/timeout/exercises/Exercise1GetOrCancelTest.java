package dev.futuresworkbook.timeout.exercises;

import static dev.futuresworkbook.timeout.exercises.GetOrCancel.getOrCancel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Call;
import dev.futuresworkbook.testkit.ExerciseTest;
import dev.futuresworkbook.testkit.Timeline.Drawn;
import dev.futuresworkbook.testkit.HeldTask;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-1")
class Exercise1GetOrCancelTest extends ExerciseTest {

    @Test
    @DisplayName("returns the result that is there or comes in time, and cancels nothing · 이미 있거나 제때 온 결과를 돌려주고, 아무것도 취소하지 않는다")
    void resultInTime() {
        assertThat(assertReturns(() -> getOrCancel(CompletableFuture.completedFuture(42), SHORT), """
                Expected getOrCancel to return the result of a future that is done.
                끝난 퓨처라면 getOrCancel은 그 결과를 돌려줘야 합니다.""")).as("the result · 결과").isEqualTo(42);

        CompletableFuture<String> soon = pending();
        var call = Call.start("getOrCancel", () -> getOrCancel(soon, WAIT)).awaitBlocked();
        soon.complete("soon");
        assertThat(call.assertReturnsWithin(WAIT, """
                Expected getOrCancel to return a result that arrives while it waits.
                기다리는 동안 결과가 오면 getOrCancel은 그 결과를 돌려줘야 합니다.""")).as("the result · 결과")
                .isEqualTo("soon");
        assertThat(soon.isCancelled()).as("""
                Expected a future that completed in time not to be cancelled.
                제때 끝난 퓨처는 취소하면 안 됩니다.""").isFalse();
    }

    @Test
    @DisplayName("with no result in time it throws TimeoutException, never before the timeout, and cancels the future · 제때 결과가 없으면 타임아웃이 지나야 TimeoutException을 던지고 퓨처를 취소한다")
    @Drawn("the call throws (!) one timeout after it started · 호출 뒤 타임아웃 한 번이 지나 예외(!)로 끝난다")
    void timesOutAndCancels() {
        CompletableFuture<String> never = pending();
        var call = Call.start("getOrCancel", () -> getOrCancel(never, SHORT));

        call.assertThrowsWithin(SHORT.plus(MARGIN), TimeoutException.class, """
                No result within the timeout: expected TimeoutException.
                타임아웃 안에 결과가 없으니 TimeoutException을 던져야 합니다.""");
        assertEndedWithin(call.elapsed(), SHORT, "getOrCancel");
        assertThat(never.isCancelled()).as("""
                Expected the future to be cancelled after the timeout.
                타임아웃 뒤에는 퓨처를 취소해야 합니다.""").isTrue();
    }

    @Test
    @DisplayName("a timed-out task is interrupted with cancel(true), not left running · 타임아웃된 작업은 cancel(true) 호출로 인터럽트해서, 돌게 두지 않는다")
    @Drawn("at the timeout the call returns and the task ends with x · 타임아웃에 호출이 돌아오고 작업은 x로 끝난다")
    void timedOutTaskIsStopped() throws InterruptedException {
        var task = HeldTask.returning("too late");
        try (var executor = pool(1)) {
            Future<String> future = executor.submit(task);
            task.awaitStarted();
            Call.start("getOrCancel", () -> getOrCancel(future, SHORT))
                    .assertThrowsWithin(SHORT.plus(MARGIN), TimeoutException.class, """
                            No result within the timeout: expected TimeoutException.
                            타임아웃 안에 결과가 없으니 TimeoutException을 던져야 합니다.""");

            assertThat(future.isCancelled()).as("the future is cancelled · 퓨처는 취소되어야 합니다").isTrue();
            assertThat(task.stopsByInterrupt()).as("""
                    Expected the running task to be interrupted: cancel(true), not cancel(false), and not left running.
                    돌던 작업은 cancel(false) 호출이 아니라 cancel(true) 호출로 인터럽트해야 합니다.""").isTrue();
        }
    }

    @Test
    @DisplayName("a failed task is reported with ExecutionException, its exception as the cause · 실패한 작업은 그 예외를 원인으로 담은 ExecutionException으로 알린다")
    void failedTask() {
        var boom = new IllegalStateException("boom");
        var thrown = assertThrows(ExecutionException.class, () -> getOrCancel(CompletableFuture.failedFuture(boom), SHORT),
                "a failed task gives ExecutionException · 실패한 작업은 ExecutionException으로 알려야 합니다");
        assertThat(thrown.getCause()).as("the cause, the task's own exception · 원인은 작업이 던진 예외 그 자체")
                .isSameAs(boom);
    }

    @Test
    @DisplayName("a cancelled task is reported with CancellationException, not as failed or late · 취소된 작업은 실패나 타임아웃이 아니라 CancellationException으로 알린다")
    void cancelledTask() {
        CompletableFuture<String> cancelled = pending();
        cancelled.cancel(true);
        assertThrows(CancellationException.class, () -> getOrCancel(cancelled, SHORT), """
                A cancelled task: expected CancellationException, not ExecutionException or TimeoutException.
                취소된 작업은 ExecutionException이나 TimeoutException이 아니라 CancellationException으로 알려야 합니다.""");
    }

    @Test
    @DisplayName("an interrupted caller gets InterruptedException, and the task is cancelled · 기다리다 인터럽트되면 InterruptedException을 던지고 작업을 취소한다")
    void interruptedCaller() {
        CompletableFuture<String> never = pending();
        var call = Call.start("getOrCancel", () -> getOrCancel(never, WAIT.multipliedBy(2)));
        call.awaitBlocked().interrupt();

        call.assertThrowsWithin(WAIT, InterruptedException.class, """
                Expected an interrupt while getOrCancel waits to come out as InterruptedException.
                getOrCancel이 기다리다 인터럽트되면 InterruptedException을 던져야 합니다.""");
        assertThat(never.isCancelled()).as("""
                The caller gave up waiting: expected the task to be cancelled too.
                호출자가 기다림을 포기했으니 작업도 취소해야 합니다.""").isTrue();
    }

    @Test
    @DisplayName("a zero or negative timeout does not wait: the result if it is there, otherwise TimeoutException and the future cancelled · 0이나 음수 타임아웃은 기다리지 않아서, 결과가 있으면 돌려주고 없으면 TimeoutException을 던지고 퓨처를 취소한다")
    void zeroOrNegativeTimeout() {
        for (Duration timeout : new Duration[] {Duration.ZERO, NEGATIVE}) {
            assertThat(assertReturns(() -> getOrCancel(CompletableFuture.completedFuture("done"), timeout), """
                    Expected a result that is there to be returned, even with a zero or negative timeout.
                    결과가 이미 있으면 타임아웃이 0이나 음수여도 돌려줘야 합니다.""")).as("the result · 결과").isEqualTo("done");

            CompletableFuture<String> pending = pending();
            var call = Call.start("getOrCancel", () -> getOrCancel(pending, timeout));
            call.assertThrowsWithin(MARGIN, TimeoutException.class, """
                    No result and no time to wait: expected TimeoutException at once.
                    결과가 없고 기다릴 시간도 없으니 바로 TimeoutException을 던져야 합니다.""");
            assertThat(pending.isCancelled()).as("the pending future is cancelled · 끝나지 않은 퓨처는 취소해야 합니다")
                    .isTrue();
        }
    }

    @Test
    @DisplayName("a null future or timeout is rejected with NullPointerException · null 퓨처나 null 타임아웃은 NullPointerException으로 거부한다")
    void nulls() {
        assertThrows(NullPointerException.class, () -> getOrCancel(null, SHORT),
                "a null future is rejected · null 퓨처는 거부해야 합니다");
        assertThrows(NullPointerException.class, () -> getOrCancel(new CompletableFuture<>(), null),
                "a null timeout is rejected · null 타임아웃은 거부해야 합니다");
    }
}
