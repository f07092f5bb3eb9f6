package dev.futuresworkbook.testkit;

import static dev.futuresworkbook.testkit.ExerciseTest.WAIT;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A task for an executor that the test holds: once started it runs until the test calls {@link #release()},
 * and then returns its value or throws its failure. If it is interrupted first ({@code cancel(true)},
 * {@code shutdownNow()}) it records that and stops. It stands for a long task that stops when cancelled.
 *
 * <p>{@link #returning} and {@link #failingWith} wait on a latch; {@link #spinning} keeps a CPU busy and checks
 * {@code Thread.currentThread().isInterrupted()} as it goes, like a long computation. None runs longer than
 * {@link ExerciseTest#WAIT} twice over, so a wrong answer cannot leave it running forever; and there is nothing to
 * release by hand: closing a {@link ExerciseTest#pool(int)} or a {@link CountingExecutor} releases the held tasks
 * first, and every held task is released when the test ends ({@link Cleanup}).
 *
 * @param <T> what the task returns
 */
public final class HeldTask<T> implements Callable<T>, AutoCloseable {

    private final T value;
    private final RuntimeException failure;
    private final boolean spins;
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch interrupted = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    private HeldTask(T value, RuntimeException failure, boolean spins) {
        this.value = value;
        this.failure = failure;
        this.spins = spins;
        Cleanup.register(this);
    }

    /** A task that returns {@code value} once released. */
    public static <T> HeldTask<T> returning(T value) {
        return new HeldTask<>(value, null, false);
    }

    /** A task that throws {@code failure} once released. */
    public static <T> HeldTask<T> failingWith(RuntimeException failure) {
        return new HeldTask<>(null, failure, false);
    }

    /** A CPU-bound task that spins until released (then returns {@code value}) or interrupted. */
    public static <T> HeldTask<T> spinning(T value) {
        return new HeldTask<>(value, null, true);
    }

    /** Lets the task end (if it has not ended yet). */
    public void release() {
        release.countDown();
    }

    /** Releases the task: a held task in a try-with-resources ends when the block does. */
    @Override
    public void close() {
        release();
    }

    /** Whether the task has started to run on a thread. */
    public boolean hasStarted() {
        return started.getCount() == 0;
    }

    /** Returns once the task has started, or after {@link ExerciseTest#WAIT}; returns whether it started. */
    public boolean awaitStarted() throws InterruptedException {
        return started.await(WAIT.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Returns once the task has started, or once {@code call} has ended (a wrong answer may never start it), or
     * after {@link ExerciseTest#WAIT}; returns whether it started.
     */
    public boolean awaitStarted(Call<?> call) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!call.hasEnded() && System.nanoTime() < deadline) {
            if (started.await(10, TimeUnit.MILLISECONDS)) return true;
        }
        return hasStarted();
    }

    /** Whether the task was interrupted while it ran. */
    public boolean wasInterrupted() {
        return interrupted.getCount() == 0;
    }

    /** Whether the task stops because of an interrupt within {@link ExerciseTest#WAIT} from now. */
    public boolean stopsByInterrupt() throws InterruptedException {
        return stopped(interrupted.await(WAIT.toNanos(), TimeUnit.NANOSECONDS));
    }

    /**
     * Whether the task was stopped by its future's {@code cancel(true)}: it was interrupted while it ran (waiting
     * up to {@link ExerciseTest#WAIT} for that), or it never started (a future cancelled before its task ran never
     * runs it). Use it where every task has a thread of its own, so that "not started" cannot mean "queued".
     */
    public boolean stopsByInterruptOrNeverRan() throws InterruptedException {
        return stopped(interrupted.await(WAIT.toNanos(), TimeUnit.NANOSECONDS) || !hasStarted());
    }

    /** {@code stopped}; if false, the test is failing here, so its drawing ends now, before the test stops the task. */
    private static boolean stopped(boolean stopped) {
        if (!stopped) Timeline.freeze();
        return stopped;
    }

    /**
     * Runs this task as {@link #call()} does, for code that takes a {@code Function}: an interrupt becomes an
     * {@link IllegalStateException}, and the interrupt flag is set again.
     */
    public T callUnchecked() {
        try {
            return call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted · 인터럽트되었습니다", e);
        }
    }

    @Override
    public T call() throws InterruptedException {
        String row = "task " + (failure == null ? "\"" + value + "\"" : "failing · 실패");
        Timeline.span(row, '=', System.nanoTime());
        started.countDown();
        try {
            if (spins) {
                spin();
            } else if (!release.await(2 * WAIT.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("the test never released this task · 테스트가 이 작업을 풀어 주지 않았습니다");
            }
        } catch (InterruptedException e) {
            Timeline.span(row, 'x', System.nanoTime());
            interrupted.countDown();
            throw e;
        } catch (RuntimeException e) {
            Timeline.span(row, '!', System.nanoTime());
            throw e;
        }
        Timeline.span(row, failure != null ? '!' : '-', System.nanoTime());
        if (failure != null) throw failure;
        return value;
    }

    private void spin() throws InterruptedException {
        long deadline = System.nanoTime() + 2 * WAIT.toNanos();
        while (release.getCount() > 0) {
            if (Thread.currentThread().isInterrupted()) throw new InterruptedException("stopped by an interrupt");
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("nobody interrupted or released this task · 이 작업을 인터럽트하거나 풀어 준 쪽이 없습니다");
            }
            Thread.onSpinWait();
        }
    }
}
