package dev.futuresworkbook.testkit;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Releases, when a test ends, everything the test made through the kit, whether it passed, failed or forgot:
 * held tasks ({@link HeldTask}) are released, futures the test holds ({@link ExerciseTest#pending()},
 * {@link WatchedFuture}) are cancelled, calls under test ({@link Call}) still running are given {@link
 * ExerciseTest#MARGIN} to end and then interrupted, and pools ({@link ExerciseTest#pool(int)},
 * {@link CountingExecutor}) are shut down. In the spirit of the jsr166 TCK's {@code PoolCleaner}, but nothing to
 * write: no {@code finally} in a test.
 *
 * <p>Registered by {@link ExerciseTest}, so it runs before {@link ThreadLeakGuard} (registered for the whole run),
 * which then fails a test only for a thread that outlives all this: a wrong answer's own pool or thread.
 * Tests of a module run one at a time, so one list serves the test that is running.
 */
public final class Cleanup implements BeforeEachCallback, AfterEachCallback {

    private static final Deque<Object> MADE = new ConcurrentLinkedDeque<>();

    /** Remembers {@code thing} (a held task, a future, a call, a pool) to release when the test ends. */
    static <T> T register(T thing) {
        MADE.push(thing);
        return thing;
    }

    /**
     * Releases every held task and cancels every held future the test made so far: what a pool's
     * {@code close()} does first, so that it need not wait for tasks the test still holds.
     */
    static void releaseHeld() {
        for (Object thing : MADE) {
            if (thing instanceof HeldTask<?> task) task.release();
            else if (thing instanceof CompletableFuture<?> future) future.cancel(false);
            else if (thing instanceof RecordingThreads threads) threads.open();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Timeline.reset();
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        List<Object> made = new ArrayList<>(MADE);
        MADE.clear();
        for (Object thing : made) {
            if (thing instanceof HeldTask<?> task) task.release();
            else if (thing instanceof CompletableFuture<?> future) future.cancel(false);
            else if (thing instanceof RecordingThreads threads) threads.open();
        }
        for (Object thing : made) {
            if (thing instanceof Call<?> call && !call.awaitEnded(ExerciseTest.MARGIN)) {
                call.interrupt();
                call.awaitEnded(ExerciseTest.MARGIN);
            }
        }
        for (Object thing : made) {
            if (thing instanceof ExecutorService pool && !pool.isTerminated()) {
                pool.shutdownNow();
                pool.awaitTermination(ExerciseTest.MARGIN.toNanos(), TimeUnit.NANOSECONDS);
            }
        }
    }
}
