package dev.futuresworkbook.testkit;

import static dev.futuresworkbook.testkit.ExerciseTest.WAIT;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A test double: a {@link CompletableFuture} (so also a {@link java.util.concurrent.Future}) that the test
 * completes by hand, and that watches how the code under test uses it.
 * <ul>
 *   <li>{@link #failIfBlockedOn(String)}: {@code get()} or {@code join()} before it is done fails the test,
 *       because that call would block. It catches "took the results in submission order" and "waited on a
 *       future just to look at it".</li>
 *   <li>{@link #named(String)}: blocking on it is allowed (a waiter thread may block in {@code get()}), and
 *       the test can see who waits.</li>
 * </ul>
 * Both count every look at its state ({@link #looks()}: {@code isDone}, {@code isCancelled}, {@code state},
 * {@code getNow}, {@code isCompletedExceptionally}, a timed {@code get}), so that a test can tell a wait that
 * blocks from one that polls, and record the shortest timeout a timed {@code get} asked for.
 *
 * <pre>{@code
 * var slow = WatchedFuture.<String>failIfBlockedOn("the slow future");
 * var fast = WatchedFuture.<String>failIfBlockedOn("the fast future");
 * fast.complete("fast");
 * // code under test that calls slow.get() now fails with an AssertionError naming the mistake
 * }</pre>
 *
 * @param <T> the result type
 */
public final class WatchedFuture<T> extends CompletableFuture<T> {

    private final String name;
    private final boolean failIfBlocked;
    private final AtomicInteger looks = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private final CountDownLatch waitedOn = new CountDownLatch(1);
    private final AtomicLong shortestTimedGetNanos = new AtomicLong(Long.MAX_VALUE);
    private volatile Duration firstLookDelay = Duration.ZERO;
    private final AtomicBoolean firstLookDone = new AtomicBoolean();

    private WatchedFuture(String name, boolean failIfBlocked) {
        this.name = name;
        this.failIfBlocked = failIfBlocked;
        Cleanup.register(this);
    }

    /** A future whose blocking {@code get()} or {@code join()} before it is done fails the test. */
    public static <T> WatchedFuture<T> failIfBlockedOn(String name) {
        return new WatchedFuture<>(name, true);
    }

    /** A future that may be blocked on, and that counts who looks at it and who waits for it. */
    public static <T> WatchedFuture<T> named(String name) {
        return new WatchedFuture<>(name, false);
    }

    /**
     * Makes the first look at this future's state ({@code isDone()} and friends) take {@code delay}: it stands
     * for a slow setup, and exposes a timeout that is counted from after the setup instead of from the call.
     */
    public WatchedFuture<T> withSlowFirstLook(Duration delay) {
        firstLookDelay = delay;
        return this;
    }

    /** How many times its state was looked at. */
    public int looks() {
        return looks.get();
    }

    /** How many times the state of these futures was looked at, all together. */
    public static int looks(Collection<? extends WatchedFuture<?>> futures) {
        return futures.stream().mapToInt(WatchedFuture::looks).sum();
    }

    /** How many threads are blocked in this future's {@code get()} or {@code join()} right now. */
    public int waiting() {
        return waiting.get();
    }

    /** The shortest timeout a timed {@code get} on this future asked for; {@code null} if none was called. */
    public Duration shortestTimedGet() {
        long nanos = shortestTimedGetNanos.get();
        return nanos == Long.MAX_VALUE ? null : Duration.ofNanos(nanos);
    }

    /**
     * Returns once someone has called {@code get} on this future (timed or not), or once {@code call} has
     * ended (a wrong answer may never call it), or after {@link ExerciseTest#WAIT}. A call that ended as an
     * untouched stub does is rethrown at once, so that the test does not go on to wait for nothing.
     */
    public void awaitWaiter(Call<?> call) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!call.hasEnded() && System.nanoTime() < deadline) {
            if (waitedOn.await(10, TimeUnit.MILLISECONDS)) return;
        }
        call.rethrowIfNotSolved();
    }

    /** Whether, within {@link ExerciseTest#WAIT}, no thread is blocked in this future's {@code get()} any more. */
    public boolean nobodyWaitsWithin() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (waiting.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        return waiting.get() == 0;
    }

    private void look() {
        looks.incrementAndGet();
        if (!firstLookDone.getAndSet(true) && !firstLookDelay.isZero()) {
            long end = System.nanoTime() + firstLookDelay.toNanos(); // parkNanos may return early: park again
            for (long left = end - System.nanoTime(); left > 0; left = end - System.nanoTime()) {
                LockSupport.parkNanos(left);
            }
        }
    }

    private void failIfNotDone(String call) {
        if (failIfBlocked && !super.isDone()) {
            throw new AssertionError("""
                    %s was called on %s, which is not done yet: that call blocks. Only wait on a future that is \
                    done (isDone(), state()), or wait for the first one to finish.
                    아직 끝나지 않은 퓨처에 블로킹 호출을 했습니다(호출 %s, 퓨처 %s). 끝난 퓨처만 기다리거나, \
                    먼저 끝나는 퓨처를 기다리세요.""".formatted(call, name, call, name));
        }
    }

    @Override
    public boolean isDone() {
        look();
        return super.isDone();
    }

    @Override
    public boolean isCancelled() {
        look();
        return super.isCancelled();
    }

    @Override
    public boolean isCompletedExceptionally() {
        look();
        return super.isCompletedExceptionally();
    }

    @Override
    public State state() {
        look();
        return super.state();
    }

    @Override
    public T getNow(T valueIfAbsent) {
        look();
        return super.getNow(valueIfAbsent);
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        failIfNotDone("get()");
        waitedOn.countDown();
        waiting.incrementAndGet();
        try {
            return super.get();
        } finally {
            waiting.decrementAndGet();
        }
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        look(); // a timed get() in a loop is polling too
        failIfNotDone("get(timeout)");
        shortestTimedGetNanos.accumulateAndGet(unit.toNanos(timeout), Math::min);
        waitedOn.countDown();
        waiting.incrementAndGet();
        try {
            return super.get(timeout, unit);
        } finally {
            waiting.decrementAndGet();
        }
    }

    @Override
    public T join() {
        failIfNotDone("join()");
        waiting.incrementAndGet();
        try {
            return super.join();
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Completes it, and marks the moment on the test's timeline. */
    @Override
    public boolean complete(T value) {
        boolean completed = super.complete(value);
        if (completed) Timeline.mark("future " + name, '*');
        return completed;
    }

    /** Fails it, and marks the moment on the test's timeline. */
    @Override
    public boolean completeExceptionally(Throwable failure) {
        boolean completed = super.completeExceptionally(failure);
        if (completed) Timeline.mark("future " + name, '!');
        return completed;
    }

    /** Cancels it, and marks the moment on the test's timeline. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) Timeline.mark("future " + name, 'x');
        return cancelled;
    }

    @Override
    public String toString() {
        return name;
    }
}
