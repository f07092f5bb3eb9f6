package dev.futuresworkbook.timeout.exercises;

import static dev.futuresworkbook.timeout.exercises.GetOrDefault.getOrDefault;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Call;
import dev.futuresworkbook.testkit.ExerciseTest;
import dev.futuresworkbook.testkit.HeldTask;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-2")
class Exercise2GetOrDefaultTest extends ExerciseTest {

    private static final String RETURNS_THE_FALLBACK = """
            Expected getOrDefault to return (the fallback), not to throw.
            getOrDefault는 예외를 던지지 말고 (대체값을) 돌려줘야 합니다.""";

    @Test
    @DisplayName("returns the result that is there or comes in time, and cancels nothing · 이미 있거나 제때 온 결과를 돌려주고, 아무것도 취소하지 않는다")
    void resultInTime() {
        assertThat(getOrDefault(CompletableFuture.completedFuture("result"), SHORT, "fallback"))
                .as("the result of a future that is done · 끝난 퓨처의 결과").isEqualTo("result");

        CompletableFuture<String> soon = pending();
        var call = Call.start("getOrDefault", () -> getOrDefault(soon, WAIT, "fallback")).awaitBlocked();
        soon.complete("soon");
        assertThat(call.assertReturnsWithin(WAIT, """
                Expected getOrDefault to return a result that arrives while it waits.
                기다리는 동안 결과가 오면 getOrDefault는 그 결과를 돌려줘야 합니다.""")).as("the result · 결과")
                .isEqualTo("soon");
        assertThat(soon.isCancelled()).as("""
                Expected a future that completed in time not to be cancelled.
                제때 끝난 퓨처는 취소하면 안 됩니다.""").isFalse();
    }

    @Test
    @DisplayName("returns the fallback once the timeout has passed, never before, and a null fallback is allowed · 타임아웃이 지나야 대체값을 돌려주며, null 대체값도 받는다")
    void fallbackAfterTheTimeout() {
        CompletableFuture<String> never = pending();
        var call = Call.start("getOrDefault", () -> getOrDefault(never, SHORT, "fallback"));

        assertThat(call.assertReturnsWithin(SHORT.plus(MARGIN), RETURNS_THE_FALLBACK)).as("""
                No result within the timeout: expected the fallback.
                타임아웃 안에 결과가 없으니 대체값이어야 합니다.""").isEqualTo("fallback");
        assertEndedWithin(call.elapsed(), SHORT, "getOrDefault");

        var nullFallback = Call.start("getOrDefault", () -> getOrDefault(new CompletableFuture<String>(), SHORT, null));
        assertThat(nullFallback.assertReturnsWithin(SHORT.plus(MARGIN), RETURNS_THE_FALLBACK))
                .as("a null fallback is allowed · null 대체값도 돌려줄 수 있어야 합니다").isNull();
    }

    @Test
    @DisplayName("a timed-out task is cancelled with cancel(true), so that it stops · 타임아웃된 작업은 cancel(true) 호출로 취소해서 멈춘다")
    void timedOutTaskIsStopped() throws InterruptedException {
        var task = HeldTask.returning("too late");
        try (var executor = pool(1)) {
            Future<String> future = executor.submit(task);
            task.awaitStarted();
            var result = Call.start("getOrDefault", () -> getOrDefault(future, SHORT, "fallback"))
                    .assertReturnsWithin(SHORT.plus(MARGIN), RETURNS_THE_FALLBACK);
            assertThat(result).as("the fallback · 대체값").isEqualTo("fallback");

            assertThat(future.isCancelled()).as("the future is cancelled · 퓨처는 취소되어야 합니다").isTrue();
            assertThat(task.stopsByInterrupt()).as("""
                    Nobody will read the late result: expected the task to be stopped with cancel(true), not left running.
                    늦은 결과는 아무도 읽지 않으니 작업을 돌게 두지 말고 cancel(true) 호출로 멈춰야 합니다.""").isTrue();
        }
    }

    @Test
    @DisplayName("an interrupt while waiting gives the fallback, with the interrupt status set again and the task cancelled · 기다리다 인터럽트되면 대체값을 돌려주고, 인터럽트 상태를 다시 설정하며, 작업을 취소한다")
    void interruptIsNotSwallowed() {
        CompletableFuture<String> never = pending();
        var interruptedAfter = new AtomicBoolean();
        var call = Call.start("getOrDefault", () -> {
            try {
                return getOrDefault(never, WAIT.multipliedBy(2), "fallback");
            } finally {
                interruptedAfter.set(Thread.currentThread().isInterrupted());
            }
        });
        call.awaitBlocked().interrupt();

        assertThat(call.assertReturnsWithin(WAIT, RETURNS_THE_FALLBACK)).as("""
                Expected an interrupted getOrDefault to return the fallback at once.
                인터럽트된 getOrDefault는 바로 대체값을 돌려줘야 합니다.""").isEqualTo("fallback");
        assertThat(interruptedAfter).as("""
                getOrDefault cannot throw InterruptedException: expected it to set the interrupt status again \
                (Thread.currentThread().interrupt()).
                getOrDefault는 InterruptedException을 던질 수 없으니 인터럽트 상태를 다시 설정해야 \
                합니다(Thread.currentThread().interrupt()).""").isTrue();
        assertThat(never.isCancelled()).as("""
                The caller gave up waiting: expected the task to be cancelled too.
                호출자가 기다림을 포기했으니 작업도 취소해야 합니다.""").isTrue();
    }

    @Test
    @DisplayName("a caller interrupted before the call gets the fallback at once, with the interrupt status still set · 호출 전에 이미 인터럽트된 호출자는 바로 대체값을 받고, 인터럽트 상태도 그대로 남는다")
    void alreadyInterrupted() {
        CompletableFuture<String> never = pending();
        var interruptedAfter = new AtomicBoolean();
        var call = Call.start("getOrDefault", () -> {
            Thread.currentThread().interrupt();
            try {
                return getOrDefault(never, WAIT.multipliedBy(2), "fallback");
            } finally {
                interruptedAfter.set(Thread.currentThread().isInterrupted());
            }
        });

        assertThat(call.assertReturnsWithin(WAIT, RETURNS_THE_FALLBACK)).as("""
                Expected an interrupted caller to get the fallback at once.
                이미 인터럽트된 호출자는 바로 대체값을 받아야 합니다.""").isEqualTo("fallback");
        assertThat(interruptedAfter).as("""
                Expected the interrupt status to be still set after getOrDefault returns.
                getOrDefault가 돌아온 뒤에도 인터럽트 상태가 남아 있어야 합니다.""").isTrue();
    }

    @Test
    @DisplayName("a failed task gives CompletionException with its exception as the cause, not the fallback · 실패한 작업은 대체값이 아니라 그 예외를 원인으로 담은 CompletionException으로 알린다")
    void failedTaskIsNotAFallback() {
        var boom = new IllegalStateException("boom");
        var thrown = assertThrows(CompletionException.class,
                () -> getOrDefault(CompletableFuture.failedFuture(boom), SHORT, "fallback"), """
                A failed task: expected CompletionException (as join() throws), not the fallback.
                실패한 작업은 대체값이 아니라 CompletionException으로 알려야 합니다(join()처럼).""");
        assertThat(thrown.getCause()).as("the cause, the task's own exception · 원인은 작업이 던진 예외 그 자체")
                .isSameAs(boom);
    }

    @Test
    @DisplayName("a cancelled task gives CancellationException as is, neither failed nor late · 취소된 작업은 실패도 지연도 아니라 CancellationException을 그대로 던진다")
    void cancelledTask() {
        CompletableFuture<String> cancelled = pending();
        cancelled.cancel(true);
        var thrown = assertThrows(CancellationException.class, () -> getOrDefault(cancelled, SHORT, "fallback"), """
                A cancelled task: expected CancellationException, not the fallback.
                취소된 작업은 대체값이 아니라 CancellationException으로 알려야 합니다.""");
        assertThat(thrown).as("""
                Expected the CancellationException as is, not wrapped in a CompletionException.
                CancellationException을 CompletionException으로 감싸지 말고 그대로 던져야 합니다.""")
                .isExactlyInstanceOf(CancellationException.class);
    }

    @Test
    @DisplayName("a null future or timeout is rejected with NullPointerException · null 퓨처나 null 타임아웃은 NullPointerException으로 거부한다")
    void nulls() {
        assertThrows(NullPointerException.class, () -> getOrDefault(null, SHORT, "x"),
                "a null future is rejected · null 퓨처는 거부해야 합니다");
        assertThrows(NullPointerException.class, () -> getOrDefault(new CompletableFuture<String>(), null, "x"),
                "a null timeout is rejected · null 타임아웃은 거부해야 합니다");
    }
}
