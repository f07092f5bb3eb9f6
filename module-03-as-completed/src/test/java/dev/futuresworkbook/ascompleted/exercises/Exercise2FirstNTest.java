package dev.futuresworkbook.ascompleted.exercises;

import static dev.futuresworkbook.ascompleted.exercises.FirstN.firstN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Call;
import dev.futuresworkbook.testkit.CountingExecutor;
import dev.futuresworkbook.testkit.ExerciseTest;
import dev.futuresworkbook.testkit.Timeline.Drawn;
import dev.futuresworkbook.testkit.HeldTask;
import dev.futuresworkbook.testkit.Korean;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-2")
class Exercise2FirstNTest extends ExerciseTest {

    /** A deadline that a test about something else never reaches. */
    
    /** {@code count} held tasks; task {@code i} returns {@code "task i"} once released. */
    private static List<HeldTask<String>> tasks(int count) {
        return IntStream.range(0, count).mapToObj(i -> HeldTask.returning("task " + i)).toList();
    }

    private static void assertCancelled(List<HeldTask<String>> tasks, int... indexes) throws InterruptedException {
        for (int i : indexes) {
            assertThat(tasks.get(i).stopsByInterruptOrNeverRan()).as("""
                    Expected task %d, still running when firstN ended, to be cancelled with cancel(true).
                    firstN이 끝날 때 아직 돌던 작업 %s cancel(true) 호출로 취소해야 합니다.""", i, Korean.particle(i, "은/는")).isTrue();
        }
    }

    @Test
    @DisplayName("returns the first n results in the order they finished · 먼저 끝난 n개의 결과를 끝난 순서대로 돌려준다")
    void firstTwoInCompletionOrder() throws InterruptedException {
        var tasks = tasks(4);
        try (var executor = new CountingExecutor(4)) {
            var call = Call.start("firstN", () -> firstN(executor, tasks, 2, LONG));
            tasks.get(3).release();
            executor.awaitTaskFinished(call); // task 3 is done and queued before task 1 may finish
            tasks.get(1).release();

            var results = call.assertReturnsWithin(WAIT, """
                    Expected firstN(2) to return once two tasks have finished.
                    firstN(2) 호출은 작업 두 개가 끝나면 돌아와야 합니다.""");
            assertThat(results).as("""
                    Task 3 finished, then task 1: expected [task 3, task 1], the order they finished in.
                    작업 3, 작업 1 순서로 끝났으니 결과는 끝난 순서대로 [task 3, task 1] 순서여야 합니다.""")
                    .containsExactly("task 3", "task 1");
            assertThat(executor.executed()).as("""
                    Expected every task to run on the executor that firstN was given.
                    모든 작업은 firstN이 받은 실행기에서 돌아야 합니다.""").isEqualTo(4);
        }
    }

    @Test
    @DisplayName("cancels the tasks still running, without waiting for them · 아직 도는 작업은 기다리지 않고 취소한다")
    @Drawn("the call returns after task 2 ends; every other task ends with x · 작업 2가 끝나면 호출이 돌아오고 나머지 작업은 모두 x로 끝난다")
    void cancelsTheRest() throws InterruptedException {
        var tasks = tasks(4);
        try (var executor = new CountingExecutor(4)) {
            var call = Call.start("firstN", () -> firstN(executor, tasks, 1, LONG));
            for (var task : tasks) task.awaitStarted(call); // all running: "cancelled" then means "interrupted"
            tasks.get(2).release();

            var results = call.assertReturnsWithin(WAIT, """
                    Expected firstN(1) to return once one task has finished, while 3 still run.
                    firstN(1) 호출은 작업 하나가 끝나면, 나머지 3개가 아직 돌더라도 돌아와야 합니다.""");
            assertThat(results).as("the first result · 첫 결과").containsExactly("task 2");
            assertCancelled(tasks, 0, 1, 3);
        }
    }

    @Test
    @DisplayName("one deadline for all n results, not a new timeout for each · 결과마다 새 타임아웃이 아니라 결과 n개 전체에 마감 시각 하나를 둔다")
    void oneOverallDeadline() {
        // The tasks finish SHORT apart: never 2.5 SHORT between two results, but the 3rd is due after 3 SHORT.
        // One overall deadline of 2.5 SHORT therefore passes; a new 2.5 SHORT timeout per poll() never does.
        Duration timeout = SHORT.multipliedBy(5).dividedBy(2);
        List<Callable<Integer>> tasks = List.of(after(1, 1), after(2, 2), after(3, 3), after(4, 4));
        try (var executor = pool(4)) {
            var call = Call.start("firstN", () -> firstN(executor, tasks, 4, timeout));

            call.assertThrowsWithin(WAIT, TimeoutException.class, """
                    Results come %d ms apart and the 4th after %d ms: expected the one deadline of %d ms to pass \
                    first, with TimeoutException. A new %d ms timeout for each poll() never runs out.
                    결과가 %d밀리초 간격으로 오고 4번째는 %d밀리초 뒤에 오므로, 마감 시각 %d밀리초가 먼저 지나 \
                    TimeoutException이 나야 합니다. poll()마다 %d밀리초를 새로 주면 타임아웃이 나지 않습니다.""".formatted(
                    SHORT.toMillis(), 4 * SHORT.toMillis(), timeout.toMillis(), timeout.toMillis(),
                    SHORT.toMillis(), 4 * SHORT.toMillis(), timeout.toMillis(), timeout.toMillis()));
            assertEndedWithin(call.elapsed(), timeout, "firstN");
        }
    }

    @Test
    @DisplayName("a timeout throws TimeoutException and cancels the tasks still running · 타임아웃이 나면 TimeoutException을 던지고 아직 도는 작업을 취소한다")
    @Drawn("at the timeout the call throws (!) and the held task ends with x · 타임아웃에 호출이 예외(!)로 끝나고 붙잡힌 작업은 x로 끝난다")
    void timeoutCancels() throws InterruptedException {
        Duration timeout = SHORT;
        var tasks = tasks(2);
        tasks.get(0).release();
        try (var executor = new CountingExecutor(2)) {
            var call = Call.start("firstN", () -> firstN(executor, tasks, 2, timeout));

            call.assertThrowsWithin(WAIT, TimeoutException.class, """
                    Only 1 of the 2 results wanted can arrive: expected TimeoutException (poll() returned null).
                    원하는 결과 2개 중 1개만 올 수 있으니 TimeoutException을 던져야 합니다(poll()이 null을 돌려줌).""");
            assertEndedWithin(call.elapsed(), timeout, "firstN");
            assertCancelled(tasks, 1);
        }
    }

    @Test
    @DisplayName("a failed task fails the call with ExecutionException, its exception as the cause, and the rest are cancelled · 실패한 작업이 있으면 그 예외를 원인으로 담은 ExecutionException을 던지고 나머지를 취소한다")
    void failure() throws InterruptedException {
        var boom = new IllegalStateException("boom");
        List<HeldTask<String>> tasks = List.of(
                HeldTask.returning("task 0"), HeldTask.failingWith(boom), HeldTask.returning("task 2"));
        try (var executor = new CountingExecutor(3)) {
            var call = Call.start("firstN", () -> firstN(executor, tasks, 2, LONG));
            for (var task : tasks) task.awaitStarted(call); // all running: "cancelled" then means "interrupted"
            tasks.get(1).release();

            var thrown = call.assertThrowsWithin(WAIT, ExecutionException.class, """
                    Task 1 failed: expected ExecutionException.
                    작업 1이 실패했으니 ExecutionException을 던져야 합니다.""");
            assertThat(thrown.getCause()).as("the cause, the task's own exception · 원인은 작업이 던진 예외 그 자체")
                    .isSameAs(boom);
            assertCancelled(tasks, 0, 2);
        }
    }

    @Test
    @DisplayName("an interrupt while waiting throws InterruptedException and cancels the tasks · 기다리다 인터럽트되면 InterruptedException을 던지고 작업을 취소한다")
    void interrupted() throws InterruptedException {
        var tasks = tasks(2);
        try (var executor = new CountingExecutor(2)) {
            var call = Call.start("firstN", () -> firstN(executor, tasks, 1, LONG));
            tasks.get(0).awaitStarted(call);
            tasks.get(1).awaitStarted(call);
            call.awaitBlocked().interrupt();

            call.assertThrowsWithin(WAIT, InterruptedException.class, """
                    Expected an interrupt while firstN waits to come out as InterruptedException.
                    firstN이 기다리다 인터럽트되면 InterruptedException을 던져야 합니다.""");
            assertCancelled(tasks, 0, 1);
        }
    }

    @Test
    @DisplayName("n = 0 runs nothing and returns an empty list; bad arguments are rejected · n 값이 0이면 아무것도 실행하지 않고 빈 목록을 돌려주며, 잘못된 인자는 거부한다")
    void arguments() {
        var tasks = tasks(2);
        try (var executor = new CountingExecutor(1)) {
            assertThat(assertReturns(() -> firstN(executor, tasks, 0, LONG), "firstN(0) returns · firstN(0) 호출은 돌아와야 합니다"))
                    .as("firstN(0) gives an empty list · firstN(0) 호출은 빈 목록을 돌려줘야 합니다").isEmpty();
            assertThat(executor.executed())
                    .as("firstN(0) runs no task · firstN(0) 호출은 작업을 하나도 실행하지 않아야 합니다").isZero();

            assertThrows(IllegalArgumentException.class, () -> firstN(executor, tasks, -1, LONG),
                    "a negative n is rejected · 음수인 n 값은 거부해야 합니다");
            assertThrows(IllegalArgumentException.class, () -> firstN(executor, tasks, 3, LONG),
                    "n larger than the number of tasks is rejected · 작업 수보다 큰 n 값은 거부해야 합니다");
            assertThrows(IllegalArgumentException.class, () -> firstN(executor, tasks, 1, NEGATIVE),
                    "a negative timeout is rejected · 음수 타임아웃은 거부해야 합니다");
            assertThrows(NullPointerException.class, () -> firstN(null, tasks, 1, LONG),
                    "a null executor is rejected · null 실행기는 거부해야 합니다");
            assertThrows(NullPointerException.class, () -> firstN(executor, null, 1, LONG),
                    "a null task list is rejected · null 작업 목록은 거부해야 합니다");
            assertThrows(NullPointerException.class, () -> firstN(executor, Arrays.asList(tasks.get(0), null), 1, LONG),
                    "a null task is rejected · null 작업은 거부해야 합니다");
            assertThrows(NullPointerException.class, () -> firstN(executor, tasks, 1, null),
                    "a null timeout is rejected · null 타임아웃은 거부해야 합니다");
        }
    }

    /** A task that finishes {@code shorts} times {@link #SHORT} after it starts, unless cancelled (time is what this test is about). */
    private static Callable<Integer> after(int shorts, int value) {
        return () -> {
            letTimePass(SHORT.multipliedBy(shorts));
            return value;
        };
    }
}
