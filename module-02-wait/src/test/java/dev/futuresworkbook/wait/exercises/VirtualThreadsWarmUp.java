package dev.futuresworkbook.wait.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the JDK's virtual-thread machinery before the thread-leak guard takes its snapshot.
 *
 * <p>A virtual thread runs on a carrier thread of a JDK-wide scheduler ({@code ForkJoinPool-N-worker-M}),
 * helped by a timer thread ({@code VirtualThread-unparker}) and, on newer JDKs, {@code VirtualThread-unblocker}.
 * Like the common pool's workers, these are shared platform threads that outlive the virtual threads. The
 * guard does not know them yet, so without this warm-up the first test whose code uses a virtual thread (the
 * reference {@code waitFor} does, and so may yours) would be blamed for them.
 *
 * <p>It starts as many carriers as the scheduler may use (one per processor), by keeping that many virtual
 * threads busy at once, and makes one timed park so that the timer thread exists too.
 */
final class VirtualThreadsWarmUp implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
        int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism",
                Runtime.getRuntime().availableProcessors());
        var allRunning = new CountDownLatch(carriers);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < carriers; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                allRunning.countDown();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                while (allRunning.getCount() > 0 && System.nanoTime() < deadline) {
                    Thread.onSpinWait(); // hold this carrier, so that the scheduler starts another one
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1)); // a timed park starts the timer thread
            }));
        }
        for (Thread thread : threads) thread.join();
    }
}
