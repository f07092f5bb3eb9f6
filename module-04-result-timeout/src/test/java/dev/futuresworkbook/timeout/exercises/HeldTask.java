package dev.futuresworkbook.timeout.exercises;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A task for the tests: once started it waits until the test releases it, and it records whether it was
 * interrupted instead. It stands for a long task that stops when it is cancelled with {@code cancel(true)}.
 *
 * <p>A test that runs it must call {@link #release()} in a {@code finally} block, so that the task ends even when
 * the code under test forgot to cancel it, and the test's executor can shut down.
 */
final class HeldTask<T> implements Callable<T> {

    private final T result;
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch interrupted = new CountDownLatch(1);

    HeldTask(T result) {
        this.result = result;
    }

    @Override
    public T call() throws InterruptedException {
        started.countDown();
        try {
            if (!release.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("the test never released me");
            return result;
        } catch (InterruptedException e) {
            interrupted.countDown();
            throw e;
        }
    }

    /** Lets the task return its result (if it is still waiting). */
    void release() {
        release.countDown();
    }

    /** Waits until the task has started to run on its thread. */
    void awaitStarted() throws InterruptedException {
        if (!started.await(Waits.WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the task did not start within " + Waits.WAIT);
        }
    }

    /** True if the task was interrupted while it waited, within {@link Waits#WAIT} from now. */
    boolean wasInterrupted() throws InterruptedException {
        return interrupted.await(Waits.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
