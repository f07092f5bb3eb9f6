package dev.futuresworkbook.wait.exercises;

import static dev.futuresworkbook.wait.exercises.WaitThenCancel.waitThenCancel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Call;
import dev.futuresworkbook.testkit.ExerciseTest;
import dev.futuresworkbook.testkit.Timeline.Drawn;
import dev.futuresworkbook.testkit.HeldTask;
import dev.futuresworkbook.wait.DoneAndNotDone;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.FutureTask;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-3")
class Exercise3WaitThenCancelTest extends ExerciseTest {

    @Test
    @DisplayName("a running task that did not finish is cancelled with an interrupt, so it stops · 제때 못 끝낸 작업은 인터럽트와 함께 취소되어 멈춘다")
    @Drawn("at the timeout the call returns and the running task ends with x · 타임아웃에 호출이 돌아오고 돌던 작업은 x로 끝난다")
    void runningTaskIsInterrupted() throws InterruptedException {
        var fast = HeldTask.returning("fast");
        fast.release();
        var spinning = HeldTask.spinning(0L); // a CPU-bound loop that checks for interruption
        try (var executor = pool(2)) {
            Future<String> fastFuture = executor.submit(fast);
            Future<Long> spinningFuture = executor.submit(spinning);
            try {
                assertThat(fastFuture).as("the fast task finishes first · 빠른 작업이 먼저 끝납니다").succeedsWithin(WAIT);
                assertThat(spinning.awaitStarted()).as("the spinning task started · 도는 작업이 시작됨").isTrue();

                var call = Call.start("waitThenCancel",
                        () -> waitThenCancel(List.<Future<?>>of(fastFuture, spinningFuture), SHORT));
                var result = call.assertReturnsWithin(WAIT, """
                        Expected waitThenCancel to return when its timeout has passed.
                        타임아웃이 지나면 waitThenCancel은 돌아와야 합니다.""");
                assertEndedWithin(call.elapsed(), SHORT, "waitThenCancel");
                assertThat(result.done()).as("done · done 집합").containsExactly(fastFuture);
                assertThat(result.notDone()).as("not done · notDone 집합").containsExactly(spinningFuture);
                assertThat(spinningFuture.isCancelled())
                        .as("the future that did not finish is cancelled · 못 끝낸 퓨처는 취소되어야 합니다").isTrue();
                assertThat(spinning.stopsByInterrupt())
                        .as("the running task must be interrupted so that its loop stops: cancel(true), not cancel(false)"
                                + " · 돌고 있는 작업은 인터럽트되어 반복문을 멈춰야 합니다. cancel(false) 호출이 아니라"
                                + " cancel(true) 호출을 쓰세요")
                        .isTrue();
                assertThat(fastFuture.resultNow()).as("the finished task keeps its result · 끝난 작업은 결과를 그대로 가집니다")
                        .isEqualTo("fast");
            } finally {
                spinningFuture.cancel(true); // if the answer under test did not stop it, the test does
            }
        }
    }

    @Test
    @DisplayName("a task still in the queue is cancelled too, and nothing of the call runs on after it · 큐에서 기다리던 작업도 취소되어, 호출 뒤에 계속 도는 작업이 없다")
    @Drawn("at the timeout the call returns; the queued task never starts · 타임아웃에 호출이 돌아오고 대기열의 작업은 시작하지 않는다")
    void queuedTaskIsCancelledToo() throws InterruptedException {
        var running = HeldTask.returning(1);
        var queued = HeldTask.returning(2);
        try (var executor = pool(1)) {
            Future<Integer> runningFuture = executor.submit(running);
            Future<Integer> queuedFuture = executor.submit(queued);
            DoneAndNotDone<Future<Integer>> result = waitThenCancel(List.of(runningFuture, queuedFuture), SHORT);
            assertThat(result.done()).as("done · done 집합").isEmpty();
            assertThat(result.notDone()).as("not done · notDone 집합").containsExactly(runningFuture, queuedFuture);
            assertThat(runningFuture.isCancelled())
                    .as("the running task's future is cancelled · 돌던 작업의 퓨처는 취소되어야 합니다").isTrue();
            assertThat(queuedFuture.isCancelled())
                    .as("the queued task's future is cancelled too · 큐에 있던 작업의 퓨처도 취소되어야 합니다").isTrue();
            assertThat(running.stopsByInterrupt())
                    .as("the running task is interrupted · 돌던 작업은 인터럽트되어야 합니다").isTrue();
            // Cancelling the running task first frees the thread, which may take the queued task before its
            // own cancel: FutureTask then runs it interrupted, and it ends at once. Either way nothing is left.
            executor.shutdown();
            assertThat(executor.awaitTermination(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                    .as("""
                        no task of the call keeps the pool busy after it: the queued one never runs, or is \
                        interrupted at once · 호출이 끝난 뒤 풀을 붙잡고 있는 작업이 없어야 합니다. 큐에 있던 \
                        작업은 시작하지 않거나 곧바로 인터럽트됩니다""")
                    .isTrue();
        }
    }

    @Test
    @DisplayName("futures done in time are left as they are, and it returns at once · 제때 끝난 퓨처는 그대로 두고 바로 돌아온다")
    void finishedFuturesUntouched() {
        var finished = CompletableFuture.completedFuture("ok");
        CompletableFuture<String> failed = CompletableFuture.failedFuture(new IllegalStateException("boom"));
        var ran = new FutureTask<>(() -> "ran");
        ran.run();

        var call = Call.start("waitThenCancel",
                () -> waitThenCancel(List.<Future<String>>of(finished, failed, ran), LONG));
        var result = call.assertReturnsWithin(WAIT, """
                Everything is done: expected waitThenCancel to return at once, not to wait for its 30 s timeout.
                모두 끝났으니 waitThenCancel은 타임아웃 30초를 기다리지 말고 바로 돌아와야 합니다.""");
        assertThat(result.done()).as("done · done 집합").containsExactly(finished, failed, ran);
        assertThat(result.notDone()).as("not done · notDone 집합").isEmpty();
        assertThat(List.of(finished.state(), failed.state(), ran.state()))
                .as("futures done in time keep their state: a failure stays a failure, not a cancellation"
                        + " · 제때 끝난 퓨처는 상태를 그대로 가져야 합니다. 실패는 취소가 아니라 실패로 남습니다")
                .containsExactly(Future.State.SUCCESS, Future.State.FAILED, Future.State.SUCCESS);
    }

    @Test
    @DisplayName("one timeout for all, then every unfinished future is cancelled · 타임아웃은 모두에 한 번이고, 그때 못 끝낸 퓨처는 모두 취소한다")
    void oneTimeoutThenCancelAll() {
        List<CompletableFuture<Integer>> never = IntStream.range(0, 30).mapToObj(i -> ExerciseTest.<Integer>pending()).toList();
        var done = CompletableFuture.completedFuture(0);
        List<CompletableFuture<Integer>> all = new ArrayList<>(never);
        all.add(done);

        var call = Call.start("waitThenCancel", () -> waitThenCancel(all, SHORT));
        var result = call.assertReturnsWithin(SHORT.multipliedBy(30).plus(WAIT), """
                Expected waitThenCancel to return when its timeout has passed.
                타임아웃이 지나면 waitThenCancel은 돌아와야 합니다.""");
        assertEndedWithin(call.elapsed(), SHORT, """
                30 futures, one timeout for all of them together
                퓨처 30개에 타임아웃은 모두 합쳐 한 번입니다""");
        assertThat(result.done()).as("done · done 집합").containsExactly(done);
        assertThat(result.notDone()).as("not done · notDone 집합").containsExactlyElementsOf(never);
        assertThat(never).as("every future not done at the timeout is cancelled · 타임아웃에 못 끝낸 퓨처는 모두 취소되어야 합니다")
                .allMatch(Future::isCancelled);
        assertThat(done.isCancelled()).as("a future done in time is not cancelled · 제때 끝난 퓨처는 취소하면 안 됩니다")
                .isFalse();
    }

    @Test
    @DisplayName("rejects null futures or a null timeout with NullPointerException, a negative timeout with IllegalArgumentException, and then cancels nothing · null 퓨처 목록이나 null 타임아웃은 NullPointerException으로, 음수 타임아웃은 IllegalArgumentException으로 거부하고, 아무것도 취소하지 않는다")
    void badInput() {
        CompletableFuture<Integer> future = pending();
        assertThrows(NullPointerException.class, () -> waitThenCancel(null, SHORT),
                "null futures: expected NullPointerException · null 퓨처 목록은 NullPointerException으로 거부해야 합니다");
        assertThrows(NullPointerException.class, () -> waitThenCancel(List.of(future), null),
                "waitThenCancel needs a timeout: expected NullPointerException for null"
                        + " · waitThenCancel에는 타임아웃이 있어야 합니다. null 타임아웃은 NullPointerException으로 거부해야 합니다");
        assertThrows(IllegalArgumentException.class, () -> waitThenCancel(List.of(future), NEGATIVE),
                "a negative timeout: expected IllegalArgumentException · 음수 타임아웃은 IllegalArgumentException으로 거부해야 합니다");
        assertThat(future.isCancelled()).as("bad input cancels nothing · 잘못된 입력이면 아무것도 취소하면 안 됩니다").isFalse();
    }
}
