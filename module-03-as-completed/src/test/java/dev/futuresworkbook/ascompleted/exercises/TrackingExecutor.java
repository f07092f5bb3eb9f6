package dev.futuresworkbook.ascompleted.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An executor for the tests: a thread pool that counts the tasks handed to it and signals each time one has
 * completely finished — its future completed and, for an {@code ExecutorCompletionService}, queued. A test
 * waits for that signal before it lets the next task finish, so the completion order is the test's, not
 * the scheduler's. Close it (try-with-resources) like any executor.
 */
final class TrackingExecutor extends AbstractExecutorService {

    private final ExecutorService pool;
    private final AtomicInteger executed = new AtomicInteger();
    private final Semaphore finished = new Semaphore(0);

    TrackingExecutor(int threads) {
        pool = Executors.newFixedThreadPool(threads);
    }

    @Override
    public void execute(Runnable command) {
        executed.incrementAndGet();
        pool.execute(() -> {
            try {
                command.run();
            } finally {
                finished.release();
            }
        });
    }

    /** How many tasks were handed to this executor. */
    int executed() {
        return executed.get();
    }

    /**
     * Waits until one more task has finished; fails the test if none does within {@code limit}, or at once if
     * {@code call} — the code under test, running on another thread — has already ended (with its exception
     * as the cause: an unsolved exercise shows its "not solved yet" message here).
     */
    void awaitOneFinished(Duration limit, Future<?> call) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!finished.tryAcquire(10, TimeUnit.MILLISECONDS)) {
            CallUnderTest.failIfEnded(call, "before the task the test let go had finished");
            assertThat(System.nanoTime() - deadline)
                    .as("a task the test let go finished within %s (did the code under test submit it to the"
                            + " executor it was given?) · 풀어 준 작업이 끝나야 합니다", limit)
                    .isNegative();
        }
    }

    @Override
    public void shutdown() {
        pool.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        return pool.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return pool.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return pool.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return pool.awaitTermination(timeout, unit);
    }
}
