package dev.futuresworkbook.testkit;

import static dev.futuresworkbook.testkit.ExerciseTest.WAIT;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A thread factory for the code under test that remembers every thread it made, and can hold each new thread
 * at its start until the test opens a gate: then the pool's tasks cannot run, and the test decides when they do.
 *
 * <pre>{@code
 * var threads = new RecordingThreads();
 * parallelSum(1_000_000, 4, threads);
 * threads.assertAllFinished("parallelSum");
 * }</pre>
 */
public final class RecordingThreads implements ThreadFactory {

    private final List<Thread> created = new CopyOnWriteArrayList<>();
    private final CountDownLatch gate;

    /** Threads that start at once. */
    public RecordingThreads() {
        this(new CountDownLatch(0));
    }

    private RecordingThreads(CountDownLatch gate) {
        this.gate = gate;
        Cleanup.register(this);
    }

    /** Threads that each wait, before they run anything, until the test calls {@link #open()}. */
    public static RecordingThreads heldAtStart() {
        return new RecordingThreads(new CountDownLatch(1));
    }

    /** Lets threads held at their start run (and every later thread start at once). */
    public void open() {
        gate.countDown();
    }

    /**
     * Returns once {@code count} threads have been made, or once {@code call} has ended, or after
     * {@link ExerciseTest#WAIT}; returns whether {@code count} threads were made.
     */
    public boolean awaitCreated(int count, Call<?> call) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (created.size() < count && !call.hasEnded() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        return created.size() >= count;
    }

    /** The threads made so far. */
    public List<Thread> created() {
        return List.copyOf(created);
    }

    @Override
    public Thread newThread(Runnable work) {
        Thread thread = Executors.defaultThreadFactory().newThread(() -> {
            awaitGateUninterruptibly();
            work.run();
        });
        created.add(thread);
        return thread;
    }

    /** Holds the thread until the gate opens, even when interrupted (the interrupt is kept for the work). */
    private void awaitGateUninterruptibly() {
        boolean interrupted = false;
        while (true) {
            try {
                gate.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /**
     * Asserts that every thread made so far has ended, giving them together {@link ExerciseTest#WAIT} to do so.
     *
     * @param method the method under test, named in the failure message
     */
    public void assertAllFinished(String method) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (Thread thread : created) {
            long left = deadline - System.nanoTime();
            if (left > 0) thread.join(Duration.ofNanos(left));
        }
        List<String> alive = created.stream().filter(Thread::isAlive).map(Thread::getName).toList();
        if (!alive.isEmpty()) {
            throw new AssertionError("""
                    Expected every thread of the pool to have ended once %s returned, but %d still run: %s.
                    Shut the pool down and wait for it (try-with-resources).
                    %s 호출이 돌아온 뒤에는 풀의 스레드가 모두 끝나 있어야 하는데, %d개가 아직 살아 있습니다: %s.
                    풀을 종료하고 끝날 때까지 기다리세요(try-with-resources)."""
                    .formatted(method, alive.size(), alive, method, alive.size(), alive));
        }
    }
}
