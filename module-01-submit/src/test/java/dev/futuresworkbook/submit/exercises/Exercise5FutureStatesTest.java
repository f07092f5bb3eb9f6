package dev.futuresworkbook.submit.exercises;

import static dev.futuresworkbook.submit.exercises.FutureStates.describe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.futuresworkbook.support.FailIfBlockedFuture;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-5")
@DisplayName("Exercise 5 · 연습 5 — describe: a future's state, without blocking")
class Exercise5FutureStatesTest {

    @Test
    @DisplayName("a future that is not done is RUNNING, and describe does not wait for it · 기다리지 않는다")
    void runningWithoutBlocking() {
        var pending = new FailIfBlockedFuture<Integer>("the pending future");
        assertThat(describe(pending)).isEqualTo("RUNNING");
        assertThat(describe(new CompletableFuture<>())).isEqualTo("RUNNING");
    }

    @Test
    @DisplayName("a task still in the queue is RUNNING too · 큐에서 기다리는 작업도 RUNNING")
    void queuedTaskIsRunning() {
        assertThat(describe(new FutureTask<>(() -> 42))).isEqualTo("RUNNING");
    }

    @Test
    @DisplayName("a finished future shows its result · 끝난 퓨처는 결과를 보여 준다")
    void success() {
        var done = new FailIfBlockedFuture<Integer>();
        done.complete(42);
        assertThat(describe(done)).isEqualTo("SUCCESS 42");
        assertThat(describe(CompletableFuture.completedFuture("hello"))).isEqualTo("SUCCESS hello");
        assertThat(describe(CompletableFuture.completedFuture(null))).isEqualTo("SUCCESS null");

        var task = new FutureTask<>(() -> 50_000_005_000_000L);
        task.run();
        assertThat(describe(task)).isEqualTo("SUCCESS 50000005000000");
    }

    @Test
    @DisplayName("a failed future shows the task's own exception · 실패한 퓨처는 작업의 예외를 보여 준다")
    void failed() {
        assertThat(describe(CompletableFuture.failedFuture(new IllegalStateException("boom"))))
                .isEqualTo("FAILED java.lang.IllegalStateException: boom");

        var task = new FutureTask<Integer>(() -> {
            throw new ArithmeticException("/ by zero");
        });
        task.run();
        assertThat(describe(task)).isEqualTo("FAILED java.lang.ArithmeticException: / by zero");
    }

    @Test
    @DisplayName("a cancelled future is CANCELLED, not FAILED · 취소는 실패가 아니다")
    void cancelled() {
        var future = new CompletableFuture<Integer>();
        future.cancel(true);
        assertThat(describe(future)).isEqualTo("CANCELLED");

        var task = new FutureTask<>(() -> 1);
        task.cancel(false);
        assertThat(describe(task)).isEqualTo("CANCELLED");
    }

    @Test
    @DisplayName("rejects null · null은 거부한다")
    void nullFuture() {
        assertThatThrownBy(() -> describe(null)).isInstanceOf(NullPointerException.class);
    }
}
