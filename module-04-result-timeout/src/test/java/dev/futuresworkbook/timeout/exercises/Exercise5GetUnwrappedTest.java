package dev.futuresworkbook.timeout.exercises;

import static dev.futuresworkbook.timeout.exercises.GetUnwrapped.getUnwrapped;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Call;
import dev.futuresworkbook.testkit.ExerciseTest;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-5")
class Exercise5GetUnwrappedTest extends ExerciseTest {

    /** An Error of the test's own, so that nothing but the task can have thrown it. */
    static final class TaskError extends Error {
        private static final long serialVersionUID = 1L;

        TaskError(String message) {
            super(message);
        }
    }

    /** A future that has already failed with {@code failure}, as a task on an executor fails. */
    private static FutureTask<String> failedWith(Throwable failure) {
        var task = new FutureTask<String>(() -> {
            if (failure instanceof Exception e) throw e;
            throw (Error) failure;
        });
        task.run();
        return task;
    }

    @Test
    @DisplayName("returns the result, null included, waiting for it if needed · 결과를 돌려주고(null 값도), 필요하면 결과를 기다린다")
    void result() throws InterruptedException {
        assertThat(getUnwrapped(CompletableFuture.completedFuture(42))).as("the result of a done future · 끝난 퓨처의 결과")
                .isEqualTo(42);
        assertThat(getUnwrapped(CompletableFuture.<String>completedFuture(null)))
                .as("a null result · null 결과").isNull();

        CompletableFuture<String> later = pending();
        var call = Call.start("getUnwrapped", () -> getUnwrapped(later)).awaitBlocked();
        later.complete("later");
        assertThat(call.assertReturnsWithin(WAIT, """
                Expected getUnwrapped to wait for a result that is not there yet, and return it.
                아직 없는 결과는 getUnwrapped가 기다렸다가 돌려줘야 합니다.""")).as("the result · 결과")
                .isEqualTo("later");
    }

    @Test
    @DisplayName("a RuntimeException of the task comes out as itself, not in an ExecutionException · 작업이 던진 RuntimeException은 ExecutionException으로 감싸지 않고 그대로 던진다")
    void runtimeExceptionAsIs() {
        try (var executor = pool(1)) {
            var boom = new IllegalStateException("boom");
            Future<Integer> future = executor.submit(() -> {
                throw boom;
            });
            var thrown = assertThrows(IllegalStateException.class, () -> getUnwrapped(future), """
                    Expected the task's own IllegalStateException, not an ExecutionException around it.
                    ExecutionException이 아니라 작업이 던진 IllegalStateException을 던져야 합니다.""");
            assertThat(thrown).as("the very exception the task threw · 작업이 던진 바로 그 예외").isSameAs(boom);

            Future<Integer> division = executor.submit(() -> 100 / zero());
            var arithmetic = assertThrows(ArithmeticException.class, () -> getUnwrapped(division), """
                    Expected the task's own ArithmeticException (100 / 0).
                    작업이 던진 ArithmeticException을 그대로 던져야 합니다(100 / 0).""");
            assertThat(arithmetic).as("exactly an ArithmeticException · 정확히 ArithmeticException")
                    .isExactlyInstanceOf(ArithmeticException.class);
        }
    }

    @Test
    @DisplayName("an Error of the task comes out as itself · 작업이 던진 Error 객체도 그대로 던진다")
    void errorAsIs() {
        var error = new TaskError("out of something");
        var thrown = assertThrows(TaskError.class, () -> getUnwrapped(failedWith(error)), """
                Expected the task's own Error, not an ExecutionException around it.
                ExecutionException이 아니라 작업이 던진 Error를 그대로 던져야 합니다.""");
        assertThat(thrown).as("the very Error the task threw · 작업이 던진 바로 그 Error 객체").isSameAs(error);
    }

    @Test
    @DisplayName("a checked exception of the task comes out in a CompletionException, as its cause · 작업이 던진 검사 예외는 CompletionException의 원인으로 담아 던진다")
    void checkedWrapped() {
        var io = new IOException("disk");
        var thrown = assertThrows(CompletionException.class, () -> getUnwrapped(failedWith(io)), """
                A checked exception cannot be thrown as it is: expected a CompletionException with it as the cause.
                검사 예외는 그대로 던질 수 없으니 그 예외를 원인으로 담은 CompletionException을 던져야 합니다.""");
        assertThat(thrown).as("exactly a CompletionException · 정확히 CompletionException")
                .isExactlyInstanceOf(CompletionException.class);
        assertThat(thrown.getCause()).as("the cause, the task's own exception · 원인은 작업이 던진 예외 그 자체")
                .isSameAs(io);
    }

    @Test
    @DisplayName("the task's own TimeoutException comes out in a CompletionException, not as a timeout of the caller · 작업 자신의 TimeoutException은 호출자의 타임아웃으로 보이지 않게 CompletionException으로 감싼다")
    void tasksOwnTimeout() {
        var tasksTimeout = new TimeoutException("the task's HTTP call timed out");
        var thrown = assertThrows(CompletionException.class,
                () -> getUnwrapped(CompletableFuture.failedFuture(tasksTimeout)), """
                Expected the task's TimeoutException in a CompletionException, so that no caller takes it for its own \
                wait timing out.
                작업의 TimeoutException은 CompletionException으로 감싸서, 호출자가 자기 기다림의 타임아웃으로 \
                착각하지 않게 해야 합니다.""");
        assertThat(thrown).as("exactly a CompletionException · 정확히 CompletionException")
                .isExactlyInstanceOf(CompletionException.class);
        assertThat(thrown.getCause()).as("the cause, the task's own exception · 원인은 작업이 던진 예외 그 자체")
                .isSameAs(tasksTimeout);
    }

    @Test
    @DisplayName("a cancelled task gives CancellationException as is, not a failure · 취소된 작업은 실패가 아니라 CancellationException을 그대로 던진다")
    void cancelled() {
        CompletableFuture<String> cancelled = pending();
        cancelled.cancel(true);
        var task = new FutureTask<>(() -> "never run");
        task.cancel(false);
        for (Future<?> future : new Future<?>[] {cancelled, task}) {
            var thrown = assertThrows(CancellationException.class, () -> getUnwrapped(future), """
                    A cancelled task: expected CancellationException.
                    취소된 작업은 CancellationException으로 알려야 합니다.""");
            assertThat(thrown).as("""
                    Expected the CancellationException as is, not wrapped.
                    CancellationException을 감싸지 말고 그대로 던져야 합니다.""")
                    .isExactlyInstanceOf(CancellationException.class);
        }
    }

    @Test
    @DisplayName("an interrupted caller gets InterruptedException · 기다리다 인터럽트되면 InterruptedException을 던진다")
    void interrupted() {
        CompletableFuture<String> never = pending();
        var call = Call.start("getUnwrapped", () -> getUnwrapped(never));
        call.awaitBlocked().interrupt();
        call.assertThrowsWithin(WAIT, InterruptedException.class, """
                Expected an interrupt while getUnwrapped waits to come out as InterruptedException.
                getUnwrapped가 기다리다 인터럽트되면 InterruptedException을 던져야 합니다.""");
    }

    @Test
    @DisplayName("a null future is rejected with NullPointerException · null 퓨처는 NullPointerException으로 거부한다")
    void nullFuture() {
        assertThrows(NullPointerException.class, () -> getUnwrapped(null),
                "a null future is rejected · null 퓨처는 거부해야 합니다");
    }

    private static int zero() {
        return 0;
    }
}
