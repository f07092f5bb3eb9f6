package dev.futuresworkbook.timeout.exercises;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Futures that the test completes after given delays, from a scheduler thread of its own: stand-ins for tasks
 * that take that long. {@link #close()} stops the scheduler, so a test leaves no thread behind.
 *
 * <pre>{@code
 * try (var arrivals = new Arrivals()) {
 *     CompletableFuture<String> slow = arrivals.after(500, "slow");   // completes 500 ms from now
 * }
 * }</pre>
 */
final class Arrivals implements AutoCloseable {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    /** A future completed with {@code value} {@code millis} ms from now (never earlier). */
    <V> CompletableFuture<V> after(long millis, V value) {
        var future = new CompletableFuture<V>();
        var unused = scheduler.schedule(() -> future.complete(value), millis, TimeUnit.MILLISECONDS);
        return future;
    }

    /** Drops the arrivals still to come and waits until the scheduler's thread has finished. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(Waits.WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the scheduler did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
