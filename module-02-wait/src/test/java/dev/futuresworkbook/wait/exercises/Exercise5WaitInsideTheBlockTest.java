package dev.futuresworkbook.wait.exercises;

import static dev.futuresworkbook.wait.exercises.WaitInsideTheBlock.runWithTimeout;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("exercise-5")
@DisplayName("Exercise 5 · 연습 5 — runWithTimeout: wait inside the try block, not after it")
@ExtendWith(VirtualThreadsWarmUp.class)
class Exercise5WaitInsideTheBlockTest {

    /** A thread factory that remembers every thread it made. */
    static final class RecordingThreads implements ThreadFactory {
        final List<Thread> created = new CopyOnWriteArrayList<>();

        @Override
        public Thread newThread(Runnable r) {
            Thread thread = Executors.defaultThreadFactory().newThread(r);
            created.add(thread);
            return thread;
        }

        void assertAllFinished() throws InterruptedException {
            for (Thread thread : created) thread.join(WAIT);
            assertThat(created).as("threads of the pool still alive after runWithTimeout returned:"
                    + " close the pool (try-with-resources) · 풀을 닫으세요").noneMatch(Thread::isAlive);
        }
    }

    @Test
    @DisplayName("returns at the timeout, not when the slow task would end; the slow one is cancelled · 타임아웃에 돌아오고 느린 작업은 취소")
    void returnsAtTheTimeout() throws InterruptedException {
        var fast = HeldTask.returning("fast");
        fast.release();
        var slow = HeldTask.returning("slow"); // ends only when interrupted, or when the test releases it
        var threads = new RecordingThreads();
        try {
            Call<DoneAndNotDone<Future<String>>> call =
                    Call.start("runWithTimeout", () -> runWithTimeout(List.of(fast, slow), 2, threads, SHORT));
            DoneAndNotDone<Future<String>> result = assertThat(call.result)
                    .as("runWithTimeout must return soon after its timeout of %s. Waiting after the try block, or not"
                            + " cancelling the slow task before it ends, makes close() wait for the slow task"
                            + " · try 블록 안에서 기다리고, 블록을 나가기 전에 취소하세요", SHORT)
                    .succeedsWithin(SHORT.plus(MARGIN)).actual();

            assertThat(call.elapsed()).as("a timeout never returns early").isGreaterThanOrEqualTo(SHORT);
            assertThat(result.done()).map(Future::resultNow).containsExactly("fast");
            assertThat(result.notDone()).hasSize(1).allMatch(Future::isCancelled);
            assertThat(slow.stopsByInterrupt()).as("the slow task is cancelled with an interrupt").isTrue();
            threads.assertAllFinished();
        } finally {
            slow.release();
        }
    }

    @Test
    @DisplayName("a CPU-bound task is stopped too, and the pool's threads have ended · CPU 작업도 멈추고 풀 스레드도 끝난다")
    void cpuBoundTaskStops() throws InterruptedException {
        var spinner = new Spinner();
        var threads = new RecordingThreads();
        Call<DoneAndNotDone<Future<Long>>> call =
                Call.start("runWithTimeout", () -> runWithTimeout(List.<Callable<Long>>of(spinner, () -> 42L), 2, threads, SHORT));
        DoneAndNotDone<Future<Long>> result = assertThat(call.result).succeedsWithin(SHORT.plus(MARGIN)).actual();

        assertThat(result.done()).map(Future::resultNow).containsExactly(42L);
        assertThat(result.notDone()).hasSize(1).allMatch(Future::isCancelled);
        assertThat(spinner.stopsByInterrupt()).as("cancel(true) interrupts the loop, which checks for it").isTrue();
        threads.assertAllFinished();
    }

    @Test
    @DisplayName("tasks still queued are cancelled, not left hanging · 큐에 남은 작업도 취소한다")
    void queuedTasksAreCancelled() throws InterruptedException {
        var running = HeldTask.returning(1);
        var queued1 = HeldTask.returning(2);
        var queued2 = HeldTask.returning(3);
        var threads = new RecordingThreads();
        try {
            Call<DoneAndNotDone<Future<Integer>>> call =
                    Call.start("runWithTimeout", () -> runWithTimeout(List.of(running, queued1, queued2), 1, threads, SHORT));
            DoneAndNotDone<Future<Integer>> result = assertThat(call.result).succeedsWithin(SHORT.plus(MARGIN)).actual();

            assertThat(result.done()).isEmpty();
            assertThat(result.notDone()).hasSize(3)
                    .as("every future not done is cancelled; shutdownNow() would leave the queued ones never completing")
                    .allMatch(Future::isCancelled);
            assertThat(queued1.hasStarted() || queued2.hasStarted()).as("a cancelled queued task never starts").isFalse();
            threads.assertAllFinished();
        } finally {
            List.of(running, queued1, queued2).forEach(HeldTask::release);
        }
    }

    @Test
    @DisplayName("when every task is quick it returns at once, with the results · 모두 빠르면 바로 결과와 함께 돌아온다")
    void quickTasksReturnAtOnce() throws InterruptedException {
        var threads = new RecordingThreads();
        List<Callable<Integer>> tasks = List.of(() -> 1, () -> 2, () -> 3, () -> 4);
        Call<DoneAndNotDone<Future<Integer>>> call =
                Call.start("runWithTimeout", () -> runWithTimeout(tasks, 2, threads, Duration.ofSeconds(30)));
        DoneAndNotDone<Future<Integer>> result = assertThat(call.result)
                .as("every task is quick: runWithTimeout must not wait for its 30 s timeout").succeedsWithin(WAIT).actual();
        assertThat(result.done()).map(Future::resultNow).containsExactly(1, 2, 3, 4);
        assertThat(result.notDone()).isEmpty();
        threads.assertAllFinished();
    }

    @Test
    @DisplayName("the tasks run at the same time, on the given number of threads · 주어진 스레드 수만큼 동시에 돈다")
    void tasksRunAtOnce() throws InterruptedException {
        int n = 3;
        var allStarted = new CyclicBarrier(n);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = "task " + i;
            tasks.add(() -> {
                try {
                    allStarted.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the tasks were not all running at once", e);
                }
                return name;
            });
        }
        var threads = new RecordingThreads();
        DoneAndNotDone<Future<String>> result = runWithTimeout(tasks, n, threads, WAIT.plus(WAIT));
        assertThat(result.done()).as("all %d tasks met at a barrier: they ran at the same time", n)
                .map(Future::state).containsOnly(Future.State.SUCCESS);
        assertThat(result.done()).map(Future::resultNow).containsExactly("task 0", "task 1", "task 2");
        assertThat(threads.created).as("threads made by the factory").hasSize(n);
        threads.assertAllFinished();
    }

    @Test
    @DisplayName("an interrupt while waiting cancels the tasks too, and comes out as InterruptedException · 인터럽트되어도 작업을 취소한다")
    void interruptCancelsToo() throws InterruptedException {
        var slow = HeldTask.returning("slow");
        var threads = new RecordingThreads();
        try {
            Call<DoneAndNotDone<Future<String>>> call =
                    Call.start("runWithTimeout", () -> runWithTimeout(List.of(slow), 1, threads, Duration.ofSeconds(30)));
            slow.awaitStarted(call);
            call.awaitBlocked();
            call.thread.interrupt();

            assertThat(call.result)
                    .as("interrupted: runWithTimeout must cancel what is running, so that close() does not wait for it,"
                            + " and throw InterruptedException · finally에서 취소하세요")
                    .failsWithin(WAIT).withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(InterruptedException.class);
            assertThat(slow.stopsByInterrupt()).isTrue();
            threads.assertAllFinished();
        } finally {
            slow.release();
        }
    }

    @Test
    @DisplayName("bad input is rejected before any task runs · 잘못된 입력은 작업을 돌리기 전에 거부한다")
    void badInput() {
        Callable<Integer> task = () -> 1;
        var threads = new RecordingThreads();
        assertThatThrownBy(() -> runWithTimeout(List.of(task), 0, threads, SHORT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> runWithTimeout(List.of(task), 1, threads, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> runWithTimeout(null, 1, threads, SHORT)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> runWithTimeout(Arrays.asList(task, null), 1, threads, SHORT))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> runWithTimeout(List.of(task), 1, null, SHORT)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> runWithTimeout(List.of(task), 1, threads, null)).isInstanceOf(NullPointerException.class);
        assertThat(threads.created)
                .as("bad input must be rejected before the pool runs anything: check every task for null before you"
                        + " submit the first · 첫 작업을 제출하기 전에 검사하세요")
                .isEmpty();
    }
}
