package dev.futuresworkbook.wait.exercises;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * What the exercise tests of lesson 2 share: a call made in a thread of its own and timed, futures that count
 * how they are used, and tasks that the test holds and releases.
 */
final class WaitTesting {

    /** Long enough for anything that should happen "now", even on a loaded machine. */
    static final Duration WAIT = Duration.ofSeconds(5);
    /** The timeouts under test: short, so that the tests are quick. */
    static final Duration SHORT = Duration.ofMillis(200);
    /** How late a timed wait may return on a loaded machine without being wrong. */
    static final Duration MARGIN = Duration.ofSeconds(2);

    private WaitTesting() {}

    /** A call running in a platform thread of its own, timed from just before it starts to just after it ends. */
    static final class Call<R> {
        final CompletableFuture<R> result = new CompletableFuture<>();
        final Thread thread;
        private volatile long elapsedNanos = -1;

        private Call(String name, Callable<R> action) {
            thread = Thread.ofPlatform().name(name).unstarted(() -> {
                long start = System.nanoTime();
                try {
                    R value = action.call();
                    elapsedNanos = System.nanoTime() - start;
                    result.complete(value);
                } catch (InterruptedException e) {
                    elapsedNanos = System.nanoTime() - start;
                    result.completeExceptionally(e);
                    Thread.currentThread().interrupt();
                } catch (Throwable t) {
                    elapsedNanos = System.nanoTime() - start;
                    result.completeExceptionally(t);
                }
            });
        }

        static <R> Call<R> start(String name, Callable<R> action) {
            Call<R> call = new Call<>(name, action);
            call.thread.start();
            return call;
        }

        /** How long the call took; only meaningful once {@link #result} is done. */
        Duration elapsed() {
            return Duration.ofNanos(elapsedNanos);
        }

        /**
         * Returns once the calling thread is blocked (waiting, with or without a timeout), or after {@link #WAIT}.
         * Used to complete a future only when the method under test is already waiting: a method that looks only
         * once, when called, then cannot see it. A correct method passes either way.
         */
        void awaitBlocked() {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline && !result.isDone()) {
                Thread.State state = thread.getState();
                if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) return;
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
        }
    }

    /**
     * A future the test completes by hand, which counts every call that looks at it or waits for it
     * ({@code isDone}, {@code isCancelled}, {@code get}; {@code state()} and friends go through them).
     * It is not a {@link CompletableFuture}: code under test must treat it as any {@link Future}.
     */
    static final class CountingFuture<T> implements Future<T> {
        private final CompletableFuture<T> delegate = new CompletableFuture<>();
        private final String name;
        final AtomicInteger calls = new AtomicInteger();
        /** How many threads are blocked in this future's {@code get()} right now. */
        final AtomicInteger inGet = new AtomicInteger();
        private final CountDownLatch getCalled = new CountDownLatch(1);

        CountingFuture(String name) {
            this.name = name;
        }

        boolean complete(T value) {
            return delegate.complete(value);
        }

        boolean completeExceptionally(Throwable failure) {
            return delegate.completeExceptionally(failure);
        }

        /**
         * Returns once someone waits for this future with {@code get()}, or once {@code call} has ended (a wrong
         * answer may never call {@code get()}), or after {@link #WAIT}.
         */
        void awaitGetCalled(Call<?> call) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!call.result.isDone() && System.nanoTime() < deadline) {
                if (getCalled.await(10, TimeUnit.MILLISECONDS)) return;
            }
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return delegate.cancel(mayInterruptIfRunning);
        }

        @Override
        public boolean isCancelled() {
            calls.incrementAndGet();
            return delegate.isCancelled();
        }

        @Override
        public boolean isDone() {
            calls.incrementAndGet();
            return delegate.isDone();
        }

        /** Whether, within {@link #WAIT}, no thread is blocked in this future's {@code get()} any more. */
        boolean nobodyWaitsWithin() {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (inGet.get() > 0 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
            return inGet.get() == 0;
        }

        @Override
        public T get() throws InterruptedException, ExecutionException {
            calls.incrementAndGet();
            inGet.incrementAndGet();
            getCalled.countDown();
            try {
                return delegate.get();
            } finally {
                inGet.decrementAndGet();
            }
        }

        @Override
        public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            calls.incrementAndGet();
            inGet.incrementAndGet();
            getCalled.countDown();
            try {
                return delegate.get(timeout, unit);
            } finally {
                inGet.decrementAndGet();
            }
        }

        @Override
        public String toString() {
            return name + "[" + (delegate.isDone() ? "done" : "not done") + "]";
        }
    }

    /**
     * A task for an executor that the test holds: it returns its value (or throws its failure) once the test
     * calls {@link #release()}. If it is interrupted first — {@code cancel(true)} — it records that and stops.
     * It never runs longer than {@link #WAIT} twice over, so a wrong answer cannot leave it running forever.
     */
    static final class HeldTask<T> implements Callable<T> {
        private final T value;
        private final RuntimeException failure;
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch interrupted = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);

        private HeldTask(T value, RuntimeException failure) {
            this.value = value;
            this.failure = failure;
        }

        static <T> HeldTask<T> returning(T value) {
            return new HeldTask<>(value, null);
        }

        static <T> HeldTask<T> failingWith(RuntimeException failure) {
            return new HeldTask<>(null, failure);
        }

        void release() {
            release.countDown();
        }

        boolean wasInterrupted() {
            return interrupted.getCount() == 0;
        }

        /** Whether it stops because of an interrupt within {@link #WAIT}. */
        boolean stopsByInterrupt() throws InterruptedException {
            return interrupted.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Returns once this task has started, or once {@code call} has ended, or after {@link #WAIT}. */
        void awaitStarted(Call<?> call) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!call.result.isDone() && System.nanoTime() < deadline) {
                if (started.await(10, TimeUnit.MILLISECONDS)) return;
            }
        }

        boolean hasStarted() {
            return started.getCount() == 0;
        }

        @Override
        public T call() throws InterruptedException {
            started.countDown();
            try {
                if (!release.await(2 * WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("the test never released this task");
                }
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            if (failure != null) throw failure;
            return value;
        }
    }

    /**
     * A CPU-bound task that runs until it is interrupted, checking {@code Thread.currentThread().isInterrupted()}
     * as it goes — the kind of task that {@code cancel(true)} can stop. It gives up by itself after
     * {@link #WAIT} twice over, so a wrong answer cannot leave it running forever.
     */
    static final class Spinner implements Callable<Long> {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch stoppedByInterrupt = new CountDownLatch(1);

        @Override
        public Long call() throws InterruptedException {
            started.countDown();
            long deadline = System.nanoTime() + 2 * WAIT.toNanos();
            long spins = 0;
            while (System.nanoTime() < deadline) {
                if (Thread.currentThread().isInterrupted()) {
                    stoppedByInterrupt.countDown();
                    throw new InterruptedException("stopped after " + spins + " spins");
                }
                spins++;
            }
            throw new IllegalStateException("nobody interrupted this task");
        }

        /** Whether it stops because of an interrupt within {@link #WAIT}. */
        boolean stopsByInterrupt() throws InterruptedException {
            return stoppedByInterrupt.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
