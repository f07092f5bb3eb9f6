package dev.futuresworkbook.wait.exercises;

import static dev.futuresworkbook.wait.exercises.CancelUnfinished.waitThenCancel;
import static dev.futuresworkbook.wait.exercises.WaitTesting.MARGIN;
import static dev.futuresworkbook.wait.exercises.WaitTesting.SHORT;
import static dev.futuresworkbook.wait.exercises.WaitTesting.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.futuresworkbook.wait.DoneAndNotDone;
import dev.futuresworkbook.wait.exercises.WaitTesting.Call;
import dev.futuresworkbook.wait.exercises.WaitTesting.HeldTask;
import dev.futuresworkbook.wait.exercises.WaitTesting.Spinner;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("exercise-3")
@DisplayName("Exercise 3 · 연습 3 — waitThenCancel: stop waiting, stop the work")
@ExtendWith(VirtualThreadsWarmUp.class)
class Exercise3CancelUnfinishedTest {

    @Test
    @DisplayName("a running task that did not finish is cancelled and interrupted, so it stops · 못 끝낸 작업은 인터럽트로 멈춘다")
    void runningTaskIsInterrupted() throws InterruptedException {
        var fast = HeldTask.returning("fast");
        fast.release();
        var spinner = new Spinner();
        try (var executor = Executors.newFixedThreadPool(2)) {
            Future<String> fastFuture = executor.submit(fast);
            Future<Long> spinning = executor.submit(spinner);
            try {
                assertThat(fastFuture).succeedsWithin(WAIT);
                assertThat(spinner.started.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

                Call<DoneAndNotDone<Future<?>>> call = Call.start("waitThenCancel",
                        () -> waitThenCancel(List.<Future<?>>of(fastFuture, spinning), SHORT));
                DoneAndNotDone<Future<?>> result =
                        assertThat(call.result).succeedsWithin(SHORT.plus(MARGIN).plus(WAIT)).actual();

                assertThat(call.elapsed()).as("a timeout never returns early").isGreaterThanOrEqualTo(SHORT);
                assertThat(result.done()).containsExactly(fastFuture);
                assertThat(result.notDone()).containsExactly(spinning);
                assertThat(spinning.isCancelled()).as("the future that did not finish is cancelled").isTrue();
                assertThat(spinner.stopsByInterrupt())
                        .as("the running task must be interrupted, so that its loop stops: cancel(true), not cancel(false)")
                        .isTrue();
                assertThat(fastFuture.resultNow()).isEqualTo("fast");
            } finally {
                spinning.cancel(true); // if the answer under test did not stop it, the test does
            }
        }
    }

    @Test
    @DisplayName("a task still in the queue is cancelled and never starts · 큐에 있던 작업은 취소되어 시작하지 않는다")
    void queuedTaskNeverStarts() throws InterruptedException {
        var running = HeldTask.returning(1);
        var queued = HeldTask.returning(2);
        try (var executor = Executors.newSingleThreadExecutor()) {
            Future<Integer> runningFuture = executor.submit(running);
            Future<Integer> queuedFuture = executor.submit(queued);
            try {
                DoneAndNotDone<Future<Integer>> result = waitThenCancel(List.of(runningFuture, queuedFuture), SHORT);
                assertThat(result.done()).isEmpty();
                assertThat(result.notDone()).containsExactly(runningFuture, queuedFuture);
                assertThat(runningFuture.isCancelled()).isTrue();
                assertThat(queuedFuture.isCancelled()).as("the queued task's future is cancelled too").isTrue();
                assertThat(running.stopsByInterrupt()).as("the running task is interrupted").isTrue();
            } finally {
                running.release();
                queued.release();
            }
        }
        assertThat(queued.hasStarted()).as("a cancelled task that was still queued must never start").isFalse();
    }

    @Test
    @DisplayName("futures done in time are left as they are, and it returns at once · 제때 끝난 퓨처는 그대로 두고 바로 돌아온다")
    void finishedFuturesUntouched() {
        var finished = CompletableFuture.completedFuture("ok");
        CompletableFuture<String> failed = CompletableFuture.failedFuture(new IllegalStateException("boom"));
        var ran = new FutureTask<>(() -> "ran");
        ran.run();

        Call<DoneAndNotDone<Future<String>>> call = Call.start("waitThenCancel",
                () -> waitThenCancel(List.<Future<String>>of(finished, failed, ran), Duration.ofSeconds(30)));
        DoneAndNotDone<Future<String>> result = assertThat(call.result)
                .as("everything is done: waitThenCancel must return at once, not wait for its timeout")
                .succeedsWithin(WAIT).actual();

        assertThat(result.done()).containsExactly(finished, failed, ran);
        assertThat(result.notDone()).isEmpty();
        assertThat(finished.state()).isEqualTo(Future.State.SUCCESS);
        assertThat(failed.state()).as("a failed future stays failed, not cancelled").isEqualTo(Future.State.FAILED);
        assertThat(ran.state()).isEqualTo(Future.State.SUCCESS);
    }

    @Test
    @DisplayName("one timeout for all, then every unfinished future is cancelled · 타임아웃은 한 번, 못 끝낸 것은 모두 취소")
    void oneTimeoutThenCancelAll() {
        List<CompletableFuture<Integer>> never = IntStream.range(0, 30).mapToObj(i -> new CompletableFuture<Integer>()).toList();
        var done = CompletableFuture.completedFuture(0);
        List<CompletableFuture<Integer>> all = new java.util.ArrayList<>(never);
        all.add(done);

        Call<DoneAndNotDone<CompletableFuture<Integer>>> call = Call.start("waitThenCancel", () -> waitThenCancel(all, SHORT));
        DoneAndNotDone<CompletableFuture<Integer>> result =
                assertThat(call.result).succeedsWithin(SHORT.multipliedBy(30).plus(WAIT)).actual();

        assertThat(call.elapsed()).as("a timeout never returns early").isGreaterThanOrEqualTo(SHORT);
        assertThat(call.elapsed()).as("30 futures, one timeout of %s for all of them", SHORT).isLessThan(SHORT.plus(MARGIN));
        assertThat(result.done()).containsExactly(done);
        assertThat(result.notDone()).containsExactlyElementsOf(never);
        assertThat(never).as("every future not done at the timeout is cancelled").allMatch(Future::isCancelled);
        assertThat(done.isCancelled()).isFalse();
    }

    @Test
    @DisplayName("bad input: NullPointerException, IllegalArgumentException · 잘못된 입력은 예외")
    void badInput() {
        var future = new CompletableFuture<Integer>();
        try {
            assertThatThrownBy(() -> waitThenCancel(null, SHORT)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> waitThenCancel(List.of(future), null))
                    .as("waitThenCancel needs a timeout").isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> waitThenCancel(List.of(future), Duration.ofMillis(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(future.isCancelled()).as("bad input cancels nothing").isFalse();
        } finally {
            future.complete(0);
        }
    }
}
