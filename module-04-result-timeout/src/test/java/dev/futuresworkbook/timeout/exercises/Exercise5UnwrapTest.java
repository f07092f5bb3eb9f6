package dev.futuresworkbook.timeout.exercises;

import static dev.futuresworkbook.timeout.exercises.Waits.thrownWhenInterrupted;
import static dev.futuresworkbook.timeout.exercises.Unwrap.getUnwrapped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-5")
@DisplayName("Exercise 5 · 연습 5 — getUnwrapped: the task's own exception")
class Exercise5UnwrapTest {

    /** An Error of the test's own, so that nothing but the task can have thrown it. */
    static final class TaskError extends Error {
        private static final long serialVersionUID = 1L;

        TaskError(String message) {
            super(message);
        }
    }

    @Test
    @DisplayName("returns the result, waiting for it if needed · 결과를 돌려준다")
    void result() throws InterruptedException {
        assertThat(getUnwrapped(CompletableFuture.completedFuture(42))).isEqualTo(42);
        try (var arrivals = new Arrivals()) {
            assertThat(getUnwrapped(arrivals.after(50, "later"))).isEqualTo("later");
        }
        assertThat(getUnwrapped(CompletableFuture.<String>completedFuture(null))).isNull();
    }

    @Test
    @DisplayName("a RuntimeException of the task comes out as itself · 작업의 RuntimeException을 그대로 던진다")
    void runtimeExceptionAsIs() throws InterruptedException {
        try (var executor = Executors.newSingleThreadExecutor()) {
            var boom = new IllegalStateException("boom");
            Future<Integer> future = executor.submit(() -> {
                throw boom;
            });
            assertThatThrownBy(() -> getUnwrapped(future),
                    "the task's own IllegalStateException, not an ExecutionException around it"
                            + " · ExecutionException이 아니라 작업이 던진 예외 그 자체")
                    .isSameAs(boom);

            Future<Integer> division = executor.submit(() -> 100 / zero());
            assertThatThrownBy(() -> getUnwrapped(division)).isExactlyInstanceOf(ArithmeticException.class);
        }
    }

    @Test
    @DisplayName("an Error of the task comes out as itself · 작업의 Error도 그대로 던진다")
    void errorAsIs() {
        var error = new TaskError("out of something");
        var task = new FutureTask<String>(() -> {
            throw error;
        });
        task.run();
        assertThatThrownBy(() -> getUnwrapped(task), "the task's own Error").isSameAs(error);
    }

    @Test
    @DisplayName("a checked exception of the task: CompletionException with it as the cause · 검사 예외는 감싼다")
    void checkedWrapped() {
        var io = new IOException("disk");
        var task = new FutureTask<String>(() -> {
            throw io;
        });
        task.run();
        assertThatThrownBy(() -> getUnwrapped(task),
                "a checked exception cannot be thrown as is: CompletionException, cause = the task's exception")
                .isExactlyInstanceOf(CompletionException.class)
                .cause().isSameAs(io);
    }

    @Test
    @DisplayName("the task's own TimeoutException is not a timeout of the caller · 작업의 TimeoutException은 다르다")
    void tasksOwnTimeout() {
        var tasksTimeout = new TimeoutException("the task's HTTP call timed out");
        assertThatThrownBy(() -> getUnwrapped(CompletableFuture.failedFuture(tasksTimeout)),
                "wrapped in CompletionException, so no caller mistakes it for its own wait timing out")
                .isExactlyInstanceOf(CompletionException.class)
                .cause().isSameAs(tasksTimeout);
    }

    @Test
    @DisplayName("a cancelled task: CancellationException, not a failure · 취소는 실패가 아니다")
    void cancelled() {
        var cancelled = new CompletableFuture<String>();
        cancelled.cancel(true);
        assertThatThrownBy(() -> getUnwrapped(cancelled),
                "a cancelled task is reported as CancellationException, as is")
                .isExactlyInstanceOf(CancellationException.class);

        var task = new FutureTask<>(() -> "never run");
        task.cancel(false);
        assertThatThrownBy(() -> getUnwrapped(task)).isExactlyInstanceOf(CancellationException.class);
    }

    @Test
    @DisplayName("an interrupted caller gets InterruptedException · 인터럽트는 InterruptedException으로")
    void interrupted() throws InterruptedException {
        var never = new CompletableFuture<String>();
        assertThat(thrownWhenInterrupted("get-unwrapped-caller", never, () -> getUnwrapped(never)))
                .as("an interrupted wait ends with InterruptedException · 인터럽트는 InterruptedException으로")
                .isInstanceOf(InterruptedException.class);
    }

    @Test
    @DisplayName("rejects null · null은 거부한다")
    void nullFuture() {
        assertThatThrownBy(() -> getUnwrapped(null)).isInstanceOf(NullPointerException.class);
    }

    private static int zero() {
        return 0;
    }
}
