package dev.futuresworkbook.ascompleted.exercises;

import static dev.futuresworkbook.ascompleted.exercises.FirstSuccessful.firstSuccessful;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Call;
import dev.futuresworkbook.testkit.CountingExecutor;
import dev.futuresworkbook.testkit.ExerciseTest;
import dev.futuresworkbook.testkit.HeldTask;
import dev.futuresworkbook.testkit.Korean;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-5")
class Exercise5FirstSuccessfulTest extends ExerciseTest {

    private static final Predicate<String> NOT_EMPTY = Predicate.not(String::isEmpty);

    /** Task 0 runs until cancelled; 1 fails; 2 returns "" (not wanted); 3 returns "task 3". Each once released. */
    private static List<HeldTask<String>> mixed() {
        return List.of(HeldTask.returning("task 0"), HeldTask.failingWith(new IllegalStateException("task 1 failed")),
                HeldTask.returning(""), HeldTask.returning("task 3"));
    }

    private static void assertCancelled(List<HeldTask<String>> tasks, int... indexes) throws InterruptedException {
        for (int i : indexes) {
            assertThat(tasks.get(i).stopsByInterruptOrNeverRan()).as("""
                    Expected task %d, still running when firstSuccessful ended, to be cancelled with cancel(true).
                    firstSuccessful이 끝날 때 아직 돌던 작업 %s cancel(true) 호출로 취소해야 합니다.""", i, Korean.particle(i, "은/는")).isTrue();
        }
    }

    @Test
    @DisplayName("skips failures and unwanted results, and returns the first good one · 실패와 원치 않는 결과는 건너뛰고 첫 좋은 결과를 돌려준다")
    void firstGoodResult() throws InterruptedException {
        var tasks = mixed();
        try (var executor = new CountingExecutor(4)) {
            var call = Call.start("firstSuccessful", () -> firstSuccessful(executor, tasks, NOT_EMPTY));
            tasks.get(1).release(); // fails
            executor.awaitTaskFinished(call);
            tasks.get(2).release(); // "" is not wanted
            executor.awaitTaskFinished(call);
            call.assertStillRunningAfter(SHORT, """
                    Only a failure and an unwanted result so far: expected firstSuccessful to keep waiting.
                    지금까지 실패 하나와 원치 않는 결과 하나뿐이니 firstSuccessful은 계속 기다려야 합니다.""");
            tasks.get(3).release(); // the first good result

            var result = call.assertReturnsWithin(WAIT, """
                    Expected firstSuccessful to return once a task returned a good result.
                    작업 하나가 좋은 결과를 돌려주면 firstSuccessful은 돌아와야 합니다.""");
            assertThat(result).as("""
                    Task 1 failed, task 2 returned "", task 3 returned "task 3": expected "task 3".
                    작업 1은 실패했고, 작업 2는 빈 문자열, 작업 3은 "task 3" 문자열을 돌려줬으니 결과는 "task 3" 값이어야 합니다.""")
                    .contains("task 3");
        }
    }

    @Test
    @DisplayName("returns without waiting for the tasks before it in the list · 목록에서 앞에 있는 작업을 기다리지 않고 돌아온다")
    void doesNotWaitInSubmissionOrder() {
        var tasks = mixed();
        try (var executor = new CountingExecutor(4)) {
            var call = Call.start("firstSuccessful", () -> firstSuccessful(executor, tasks, NOT_EMPTY));
            tasks.get(3).release();

            var result = call.assertReturnsWithin(WAIT, """
                    Task 3 succeeded while task 0, first in the list, still runs: expected firstSuccessful to return. \
                    Take results as they finish, not in the list's order.
                    목록 맨 앞의 작업 0이 아직 돌아도 작업 3이 성공했으니 firstSuccessful은 돌아와야 합니다. \
                    결과는 목록 순서가 아니라 끝나는 순서대로 받으세요.""");
            assertThat(result).as("the result · 결과").contains("task 3");
        }
    }

    @Test
    @DisplayName("cancels every task still running once it has its result · 결과를 얻으면 아직 도는 작업을 모두 취소한다")
    void cancelsTheRest() throws InterruptedException {
        var tasks = mixed();
        try (var executor = new CountingExecutor(4)) {
            var call = Call.start("firstSuccessful", () -> firstSuccessful(executor, tasks, NOT_EMPTY));
            tasks.get(3).release();
            call.assertReturnsWithin(WAIT, """
                    Expected firstSuccessful to return once task 3 succeeded.
                    작업 3이 성공했으니 firstSuccessful은 돌아와야 합니다.""");

            assertCancelled(tasks, 0, 1, 2);
        }
    }

    @Test
    @DisplayName("with no success it returns an empty Optional once every task has finished · 성공한 작업이 없으면 모든 작업이 끝난 뒤 빈 Optional 값을 돌려준다")
    void noSuccess() throws InterruptedException {
        List<HeldTask<String>> tasks = List.of(HeldTask.returning(""),
                HeldTask.failingWith(new IllegalStateException("task 1 failed")),
                HeldTask.failingWith(new IllegalStateException("task 2 failed")));
        try (var executor = new CountingExecutor(3)) {
            var call = Call.start("firstSuccessful", () -> firstSuccessful(executor, tasks, NOT_EMPTY));
            tasks.get(0).release();
            tasks.get(2).release();
            executor.awaitTaskFinished(call);
            executor.awaitTaskFinished(call);
            call.assertStillRunningAfter(SHORT, """
                    Task 1 still runs and might succeed: expected firstSuccessful to keep waiting.
                    작업 1이 아직 돌고 성공할 수도 있으니 firstSuccessful은 계속 기다려야 합니다.""");
            tasks.get(1).release();

            var result = call.assertReturnsWithin(WAIT, """
                    Expected firstSuccessful to return once every task has finished.
                    모든 작업이 끝나면 firstSuccessful은 돌아와야 합니다.""");
            assertThat(result).as("""
                    No task succeeded: expected an empty Optional.
                    성공한 작업이 없으니 빈 Optional 값이어야 합니다.""").isEmpty();
        }
    }

    @Test
    @DisplayName("a null result is never a success · null 결과는 성공으로 치지 않는다")
    void nullIsNotASuccess() {
        List<Callable<String>> tasks = List.of(() -> null, () -> null);
        try (var executor = pool(2)) {
            var result = assertReturns(() -> firstSuccessful(executor, tasks, s -> true),
                    "firstSuccessful returns · firstSuccessful은 돌아와야 합니다");
            assertThat(result).as("""
                    Both tasks returned null, which is never a success, even for a predicate that accepts all: expected \
                    an empty Optional.
                    두 작업 모두 null 값을 돌려줬고, 모두 받아들이는 조건이라도 null 값은 성공이 아니니 빈 Optional 값이어야 합니다.""")
                    .isEmpty();
        }
    }

    @Test
    @DisplayName("no tasks give an empty Optional at once · 작업이 없으면 바로 빈 Optional 값을 돌려준다")
    void noTasks() {
        try (var executor = pool(1)) {
            var result = Call.start("firstSuccessful",
                    () -> firstSuccessful(executor, List.<Callable<String>>of(), NOT_EMPTY)).assertReturnsWithin(WAIT, """
                    Expected firstSuccessful with no tasks to return at once.
                    작업이 없으면 firstSuccessful은 바로 돌아와야 합니다.""");
            assertThat(result).as("no tasks: an empty Optional · 작업이 없으면 빈 Optional").isEmpty();
        }
    }

    @Test
    @DisplayName("an interrupt while waiting throws InterruptedException and cancels every task · 기다리다 인터럽트되면 InterruptedException을 던지고 모든 작업을 취소한다")
    void interrupt() throws InterruptedException {
        List<HeldTask<String>> tasks = List.of(HeldTask.returning("task 0"), HeldTask.returning("task 1"));
        try (var executor = new CountingExecutor(2)) {
            var call = Call.start("firstSuccessful", () -> firstSuccessful(executor, tasks, NOT_EMPTY));
            tasks.get(0).awaitStarted(call); // both tasks run, and the caller waits for them
            tasks.get(1).awaitStarted(call);
            call.awaitBlocked().interrupt();

            call.assertThrowsWithin(WAIT, InterruptedException.class, """
                    Expected an interrupt while firstSuccessful waits to come out as InterruptedException, not swallowed.
                    firstSuccessful이 기다리다 인터럽트되면 삼키지 말고 InterruptedException을 던져야 합니다.""");
            assertCancelled(tasks, 0, 1);
        }
    }

    @Test
    @DisplayName("a null executor, task list, predicate or task is rejected with NullPointerException · null 실행기, 작업 목록, 조건, 작업은 NullPointerException으로 거부한다")
    void nulls() {
        try (var executor = pool(1)) {
            List<Callable<String>> tasks = List.of(() -> "a");
            assertThrows(NullPointerException.class, () -> firstSuccessful(null, tasks, NOT_EMPTY),
                    "a null executor is rejected · null 실행기는 거부해야 합니다");
            assertThrows(NullPointerException.class, () -> firstSuccessful(executor, null, NOT_EMPTY),
                    "a null task list is rejected · null 작업 목록은 거부해야 합니다");
            assertThrows(NullPointerException.class, () -> firstSuccessful(executor, tasks, null),
                    "a null predicate is rejected · null 조건은 거부해야 합니다");
            assertThrows(NullPointerException.class,
                    () -> firstSuccessful(executor, Arrays.asList(tasks.get(0), null), NOT_EMPTY),
                    "a null task is rejected · null 작업은 거부해야 합니다");
        }
    }
}
