package dev.futuresworkbook.submit.exercises;

import static dev.futuresworkbook.submit.exercises.Describe.describe;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.ExerciseTest;
import dev.futuresworkbook.testkit.WatchedFuture;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-5")
class Exercise5DescribeTest extends ExerciseTest {

    @Test
    @DisplayName("a future that is not done is RUNNING, and describe does not wait for it · 끝나지 않은 퓨처는 기다리지 않고 RUNNING 상태로 보여 준다")
    void runningWithoutBlocking() {
        var pending = WatchedFuture.<Integer>failIfBlockedOn("the pending future");
        assertThat(describe(pending)).as("a future that is not done · 끝나지 않은 퓨처").isEqualTo("RUNNING");
        assertThat(describe(new CompletableFuture<>())).as("a future that is not done · 끝나지 않은 퓨처")
                .isEqualTo("RUNNING");
    }

    @Test
    @DisplayName("a task still in the queue is RUNNING too · 큐에서 기다리는 작업도 RUNNING 상태로 보여 준다")
    void queuedTaskIsRunning() {
        assertThat(describe(new FutureTask<>(() -> 42))).as("a task that has not run yet · 아직 돌지 않은 작업")
                .isEqualTo("RUNNING");
    }

    @Test
    @DisplayName("a finished future shows SUCCESS and its result · 끝난 퓨처는 SUCCESS 상태와 결과를 보여 준다")
    void success() {
        var done = WatchedFuture.<Integer>failIfBlockedOn("the finished future");
        done.complete(42);
        assertThat(describe(done)).as("finished with 42 · 42로 끝남").isEqualTo("SUCCESS 42");
        assertThat(describe(CompletableFuture.completedFuture("hello"))).as("finished with \"hello\" · 결과 \"hello\" 값으로 끝남")
                .isEqualTo("SUCCESS hello");
        assertThat(describe(CompletableFuture.completedFuture(null))).as("finished with null · null 결과로 끝남")
                .isEqualTo("SUCCESS null");

        var task = new FutureTask<>(() -> 50_000_005_000_000L);
        task.run();
        assertThat(describe(task)).as("a task that ran · 다 돈 작업").isEqualTo("SUCCESS 50000005000000");
    }

    @Test
    @DisplayName("a failed future shows FAILED and the task's own exception · 실패한 퓨처는 FAILED 상태와 작업이 던진 예외를 보여 준다")
    void failed() {
        assertThat(describe(CompletableFuture.failedFuture(new IllegalStateException("boom"))))
                .as("failed with IllegalStateException(\"boom\") · IllegalStateException으로 실패함")
                .isEqualTo("FAILED java.lang.IllegalStateException: boom");

        var task = new FutureTask<Integer>(() -> {
            throw new ArithmeticException("/ by zero");
        });
        task.run();
        assertThat(describe(task)).as("a task that threw ArithmeticException · ArithmeticException을 던진 작업")
                .isEqualTo("FAILED java.lang.ArithmeticException: / by zero");
    }

    @Test
    @DisplayName("a cancelled future is CANCELLED, not FAILED · 취소된 퓨처는 FAILED 상태가 아니라 CANCELLED 상태로 보여 준다")
    void cancelled() {
        CompletableFuture<Integer> future = pending();
        future.cancel(true);
        assertThat(describe(future)).as("a cancelled CompletableFuture · 취소된 CompletableFuture 퓨처").isEqualTo("CANCELLED");

        var task = new FutureTask<>(() -> 1);
        task.cancel(false);
        assertThat(describe(task)).as("a cancelled FutureTask · 취소된 FutureTask 작업").isEqualTo("CANCELLED");
    }

    @Test
    @DisplayName("rejects null with NullPointerException · null 인자는 NullPointerException으로 거부한다")
    void nullFuture() {
        assertThrows(NullPointerException.class, () -> describe(null),
                "describe(null): expected NullPointerException · null 인자는 NullPointerException으로 거부해야 합니다");
    }
}
