package dev.futuresworkbook.testkit;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A fixed thread pool for a test ({@link ExerciseTest#pool(int)}): its {@code close()} first releases every task
 * the test still holds, so that closing it at the end of a try-with-resources block never waits for them, and
 * {@link Cleanup} shuts it down if the test forgot to. {@link CountingExecutor} is one that also counts.
 */
class TestPool extends AbstractExecutorService {

    private final ExecutorService pool;

    TestPool(int threads) {
        pool = Executors.newFixedThreadPool(threads);
        Cleanup.register(this);
    }

    @Override
    public void close() {
        Cleanup.releaseHeld();
        pool.close();
    }

    @Override
    public void execute(Runnable command) {
        pool.execute(command);
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
