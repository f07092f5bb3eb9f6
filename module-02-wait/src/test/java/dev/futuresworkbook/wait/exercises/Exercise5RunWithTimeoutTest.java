package dev.futuresworkbook.wait.exercises;

import static dev.futuresworkbook.wait.exercises.RunWithTimeout.runWithTimeout;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Call;
import dev.futuresworkbook.testkit.ExerciseTest;
import dev.futuresworkbook.testkit.Timeline.Drawn;
import dev.futuresworkbook.testkit.HeldTask;
import dev.futuresworkbook.testkit.RecordingThreads;
import dev.futuresworkbook.wait.DoneAndNotDone;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-5")
class Exercise5RunWithTimeoutTest extends ExerciseTest {

    private static final String RETURNS_AT_THE_TIMEOUT = """
            Expected runWithTimeout to return soon after its timeout. Waiting after the try block, or not cancelling \
            the slow task before the block ends, makes close() wait for the slow task.
            runWithTimeout은 타임아웃 직후에 돌아와야 합니다. try 블록 뒤에서 기다리거나, 블록이 끝나기 전에 \
            느린 작업을 취소하지 않으면 close() 호출이 느린 작업을 기다립니다.""";

    @Test
    @DisplayName("returns at the timeout, not when the slow task would end, and the slow task is cancelled · 느린 작업이 끝날 때가 아니라 타임아웃에 돌아오고, 느린 작업은 취소한다")
    @Drawn("the call returns at the timeout, long before the tasks would end · 작업이 끝나기 훨씬 전, 타임아웃에 호출이 돌아온다")
    void returnsAtTheTimeout() throws InterruptedException {
        var fast = HeldTask.returning("fast");
        fast.release();
        var slow = HeldTask.returning("slow"); // ends only when interrupted, or when the test releases it
        var threads = new RecordingThreads();
        var call = Call.start("runWithTimeout", () -> runWithTimeout(List.of(fast, slow), 2, threads, SHORT));

        var result = call.assertReturnsWithin(SHORT.plus(MARGIN), RETURNS_AT_THE_TIMEOUT);
        assertEndedWithin(call.elapsed(), SHORT, "runWithTimeout");
        assertThat(result.done()).map(Future::resultNow).as("done · done 집합").containsExactly("fast");
        assertThat(result.notDone())
                .as("the slow task's future, cancelled · 느린 작업의 퓨처는 취소되어 notDone 집합에 있어야 합니다")
                .hasSize(1).allMatch(Future::isCancelled);
        assertThat(slow.stopsByInterrupt())
                .as("the slow task is cancelled with an interrupt · 느린 작업은 인터럽트와 함께 취소되어야 합니다").isTrue();
        threads.assertAllFinished("runWithTimeout");
    }

    @Test
    @DisplayName("a CPU-bound task is stopped too, and the pool's threads have ended · CPU 시간을 쓰는 작업도 멈추고, 풀의 스레드도 모두 끝난다")
    void cpuBoundTaskStops() throws InterruptedException {
        var spinning = HeldTask.spinning(0L); // a loop that checks for interruption
        var threads = new RecordingThreads();
        var call = Call.start("runWithTimeout",
                () -> runWithTimeout(List.<Callable<Long>>of(spinning, () -> 42L), 2, threads, SHORT));

        var result = call.assertReturnsWithin(SHORT.plus(MARGIN), RETURNS_AT_THE_TIMEOUT);
        assertThat(result.done()).map(Future::resultNow).as("done · done 집합").containsExactly(42L);
        assertThat(result.notDone()).as("the spinning task's future, cancelled · 도는 작업의 퓨처는 취소되어야 합니다")
                .hasSize(1).allMatch(Future::isCancelled);
        assertThat(spinning.stopsByInterrupt())
                .as("cancel(true) interrupts the loop, which checks for it · cancel(true) 호출이 반복문을 인터럽트해서 멈춰야 합니다")
                .isTrue();
        threads.assertAllFinished("runWithTimeout");
    }

    @Test
    @DisplayName("tasks still queued are cancelled, not left hanging · 큐에 남은 작업도 매달아 두지 않고 취소한다")
    void queuedTasksAreCancelled() throws InterruptedException {
        List<HeldTask<Integer>> tasks = List.of(HeldTask.returning(1), HeldTask.returning(2), HeldTask.returning(3));
        var threads = new RecordingThreads();
        var call = Call.start("runWithTimeout", () -> runWithTimeout(tasks, 1, threads, SHORT));

        var result = call.assertReturnsWithin(SHORT.plus(MARGIN), RETURNS_AT_THE_TIMEOUT);
        assertThat(result.done()).as("done · done 집합").isEmpty();
        assertThat(result.notDone())
                .as("every future not done is cancelled; shutdownNow() would leave the queued ones never completing"
                        + " · 끝나지 않은 퓨처는 모두 취소되어야 합니다. shutdownNow() 호출만으로는 큐에 있던 퓨처가"
                        + " 영영 끝나지 않습니다")
                .hasSize(3).allMatch(Future::isCancelled);
        // Not "a queued task never starts": cancelling in order frees the thread, which may take the next
        // queued task before its own cancel (it then runs interrupted and ends). What holds: nothing runs on.
        threads.assertAllFinished("runWithTimeout");
    }

    @Test
    @DisplayName("when every task is quick it returns at once, with the results · 모든 작업이 빠르면 결과와 함께 바로 돌아온다")
    void quickTasksReturnAtOnce() throws InterruptedException {
        var threads = new RecordingThreads();
        List<Callable<Integer>> tasks = List.of(() -> 1, () -> 2, () -> 3, () -> 4);
        var call = Call.start("runWithTimeout", () -> runWithTimeout(tasks, 2, threads, LONG));

        var result = call.assertReturnsWithin(WAIT, """
                Every task is quick: expected runWithTimeout to return at once, not to wait for its 30 s timeout.
                모든 작업이 빠르니 runWithTimeout은 타임아웃 30초를 기다리지 말고 바로 돌아와야 합니다.""");
        assertThat(result.done()).map(Future::resultNow).as("done, in task order · done 집합, 작업 순서대로")
                .containsExactly(1, 2, 3, 4);
        assertThat(result.notDone()).as("not done · notDone 집합").isEmpty();
        threads.assertAllFinished("runWithTimeout");
    }

    @Test
    @DisplayName("the tasks run at the same time, on the given number of threads · 작업들은 주어진 수의 스레드에서 동시에 돈다")
    @Drawn("both tasks run side by side · 두 작업이 나란히 함께 돈다")
    void tasksRunAtOnce() throws InterruptedException {
        List<HeldTask<String>> tasks = List.of(HeldTask.returning("task 0"), HeldTask.returning("task 1"), HeldTask.returning("task 2"));
        var threads = new RecordingThreads();
        var call = Call.start("runWithTimeout", () -> runWithTimeout(tasks, 3, threads, WAIT.plus(WAIT)));
        boolean allRanAtOnce = true;
        for (HeldTask<String> task : tasks) allRanAtOnce &= task.awaitStarted(call);
        tasks.forEach(HeldTask::release);

        DoneAndNotDone<Future<String>> result = call.assertReturnsWithin(WAIT, """
                Expected runWithTimeout to return once every task is done.
                모든 작업이 끝나면 runWithTimeout은 돌아와야 합니다.""");
        assertThat(allRanAtOnce)
                .as("every task runs while all are held: three tasks on three threads at once"
                        + " · 작업이 모두 붙잡힌 채로, 세 작업이 세 스레드에서 동시에 돌아야 합니다")
                .isTrue();
        assertThat(result.done()).map(Future::resultNow).as("done, in task order · done 집합, 작업 순서대로")
                .containsExactly("task 0", "task 1", "task 2");
        assertThat(threads.created()).as("threads made by the factory · 팩토리가 만든 스레드").hasSize(3);
        threads.assertAllFinished("runWithTimeout");
    }

    @Test
    @DisplayName("an interrupt while waiting cancels the tasks too, and comes out as InterruptedException · 기다리다 인터럽트되어도 작업을 취소하고, InterruptedException을 던진다")
    void interruptCancelsToo() throws InterruptedException {
        var slow = HeldTask.returning("slow");
        var threads = new RecordingThreads();
        var call = Call.start("runWithTimeout", () -> runWithTimeout(List.of(slow), 1, threads, LONG));
        slow.awaitStarted(call);
        call.awaitBlocked().interrupt();

        call.assertThrowsWithin(WAIT, InterruptedException.class, """
                Interrupted: expected runWithTimeout to cancel what is running, so that close() does not wait for it, \
                and to throw InterruptedException. Cancel in a finally block.
                인터럽트되면 runWithTimeout은 돌고 있는 작업을 취소해서 close() 호출이 기다리지 않게 하고, \
                InterruptedException을 던져야 합니다. finally 블록에서 취소하세요.""");
        assertThat(slow.stopsByInterrupt())
                .as("the running task is cancelled with an interrupt · 돌던 작업은 인터럽트와 함께 취소되어야 합니다").isTrue();
        threads.assertAllFinished("runWithTimeout");
    }

    @Test
    @DisplayName("bad input is rejected before any task runs · 잘못된 입력은 작업을 하나도 돌리기 전에 거부한다")
    void badInput() {
        Callable<Integer> task = () -> 1;
        var threads = new RecordingThreads();
        assertThrows(IllegalArgumentException.class, () -> runWithTimeout(List.of(task), 0, threads, SHORT),
                "threads = 0: expected IllegalArgumentException · 스레드 수 0은 IllegalArgumentException으로 거부해야 합니다");
        assertThrows(IllegalArgumentException.class, () -> runWithTimeout(List.of(task), 1, threads, NEGATIVE),
                "a negative timeout: expected IllegalArgumentException · 음수 타임아웃은 IllegalArgumentException으로 거부해야 합니다");
        assertThrows(NullPointerException.class, () -> runWithTimeout(null, 1, threads, SHORT),
                "null tasks: expected NullPointerException · null 작업 목록은 NullPointerException으로 거부해야 합니다");
        assertThrows(NullPointerException.class, () -> runWithTimeout(Arrays.asList(task, null), 1, threads, SHORT),
                "a null task: expected NullPointerException · null 작업은 NullPointerException으로 거부해야 합니다");
        assertThrows(NullPointerException.class, () -> runWithTimeout(List.of(task), 1, null, SHORT),
                "a null thread factory: expected NullPointerException · null 스레드 팩토리는 NullPointerException으로 거부해야 합니다");
        assertThrows(NullPointerException.class, () -> runWithTimeout(List.of(task), 1, threads, null),
                "a null timeout: expected NullPointerException · null 타임아웃은 NullPointerException으로 거부해야 합니다");
        assertThat(threads.created())
                .as("bad input must be rejected before the pool runs anything: check every task for null before you"
                        + " submit the first · 잘못된 입력은 풀이 무엇이든 돌리기 전에 거부해야 합니다. 첫 작업을 제출하기 전에"
                        + " 모든 작업이 null 값이 아닌지 검사하세요")
                .isEmpty();
    }
}
