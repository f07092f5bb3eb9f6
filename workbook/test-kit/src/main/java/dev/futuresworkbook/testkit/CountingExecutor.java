package dev.futuresworkbook.testkit;

import static dev.futuresworkbook.testkit.ExerciseTest.WAIT;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An executor for the code under test: a thread pool that counts the tasks handed to it and signals each time one
 * has completely finished, its future completed and, for an {@code ExecutorCompletionService}, queued. A test waits
 * for that signal ({@link #awaitTaskFinished(Call)}) before it lets the next task finish, so that the completion
 * order is the test's, not the scheduler's. Close it (try-with-resources) like any executor.
 *
 * <pre>{@code
 * try (var executor = new CountingExecutor(4)) {
 *     var call = Call.start("firstN", () -> firstN(executor, tasks, 2, WAIT));
 *     tasks.get(3).release();
 *     executor.awaitTaskFinished(call);   // task 3 is done and queued before task 1 may finish
 *     tasks.get(1).release();
 * }
 * }</pre>
 */
public final class CountingExecutor extends TestPool {

    private final AtomicInteger executed = new AtomicInteger();
    private final Semaphore finished = new Semaphore(0);

    /** A pool of {@code threads} threads. */
    public CountingExecutor(int threads) {
        super(threads);
    }

    @Override
    public void execute(Runnable command) {
        executed.incrementAndGet();
        super.execute(() -> {
            try {
                command.run();
            } finally {
                finished.release();
            }
        });
    }

    /** How many tasks were handed to this executor. */
    public int executed() {
        return executed.get();
    }

    /**
     * Returns once one more task has completely finished, or once {@code call} has ended (a wrong answer may never
     * submit it), or after {@link ExerciseTest#WAIT}; returns whether a task finished.
     */
    public boolean awaitTaskFinished(Call<?> call) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!call.hasEnded() && System.nanoTime() < deadline) {
            if (finished.tryAcquire(10, TimeUnit.MILLISECONDS)) return true;
        }
        return finished.tryAcquire();
    }
}
