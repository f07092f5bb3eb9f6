package dev.futuresworkbook.ascompleted.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Tasks for the tests, each held at its own gate until the test opens it, and each recording whether it
 * started and whether it was interrupted (cancelled with {@code cancel(true)}) while it waited.
 * {@link #close()} opens every gate, so that even a wrong answer that never cancels anything leaves no
 * thread behind.
 */
final class GatedTasks implements AutoCloseable {

    private final List<CountDownLatch> gates = new ArrayList<>();
    private final List<CountDownLatch> started = new ArrayList<>();
    private final List<CountDownLatch> interrupted = new ArrayList<>();
    private final List<Callable<String>> tasks = new ArrayList<>();

    /** {@code count} tasks; task {@code i}, once let go, runs {@code outcome.apply(i)}. */
    GatedTasks(int count, IntFunction<Callable<String>> outcome) {
        for (int i = 0; i < count; i++) {
            var gate = new CountDownLatch(1);
            var hasStarted = new CountDownLatch(1);
            var wasInterrupted = new CountDownLatch(1);
            Callable<String> then = outcome.apply(i);
            gates.add(gate);
            started.add(hasStarted);
            interrupted.add(wasInterrupted);
            tasks.add(() -> {
                hasStarted.countDown();
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    wasInterrupted.countDown();
                    throw e;
                }
                return then.call();
            });
        }
    }

    /** {@code count} tasks; task {@code i} returns {@code "task i"}. */
    static GatedTasks returningNames(int count) {
        return new GatedTasks(count, i -> () -> "task " + i);
    }

    List<Callable<String>> tasks() {
        return tasks;
    }

    void open(int task) {
        gates.get(task).countDown();
    }

    /**
     * Waits until task {@code task} has started; fails the test if it does not within {@code limit}, or at
     * once if {@code call} — the code under test, on another thread — has already ended.
     */
    void awaitStarted(int task, Duration limit, Future<?> call) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!started.get(task).await(10, TimeUnit.MILLISECONDS)) {
            CallUnderTest.failIfEnded(call, "before task " + task + " had started");
            assertThat(System.nanoTime() - deadline)
                    .as("task %d was started on the executor · 작업 %d이(가) 실행기에서 시작되어야 합니다", task, task)
                    .isNegative();
        }
    }

    /**
     * Asserts that task {@code task} was cancelled: interrupted while it waited at its gate (within
     * {@code limit}), or never started at all (a future cancelled before its task ran never runs it).
     */
    void assertCancelled(int task, Duration limit) throws InterruptedException {
        if (interrupted.get(task).await(limit.toNanos(), TimeUnit.NANOSECONDS)) return;
        assertThat(started.get(task).getCount())
                .as("task %d, still running when the answer was known, was cancelled with cancel(true): it was"
                        + " neither interrupted nor stopped before it started · 아직 실행 중이던 작업 %d은(는)"
                        + " cancel(true)로 취소되어야 합니다", task, task)
                .isEqualTo(1);
    }

    /** Opens every gate: every task that is still waiting finishes. */
    void openAll() {
        gates.forEach(CountDownLatch::countDown);
    }

    @Override
    public void close() {
        openAll();
    }
}
