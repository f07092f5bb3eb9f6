package dev.futuresworkbook.timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lesson 4: {@code get(timeout)} stops the <em>waiting</em>, {@code cancel(true)} asks the <em>work</em> to
 * stop, and the work stops only if it checks for interruption.
 *
 * <p>The original notes (the Korean study notes on Python this workbook started from) end with "⚠️ why does the
 * timeout not work?". Their timed calls came after the {@code with} block, whose exit had already waited for
 * every task. This lesson shows the same mistake in Java ({@link ExecutorService#close()} at the end of a
 * try-with-resources block waits too), the remedies the notes suggested and what each one really changes, and
 * the fix. Run it with
 * <pre>{@code ./mvnw -q -pl module-04-result-timeout compile exec:exec}</pre>
 */
public final class ResultTimeoutLesson {

    /** The work list of the original notes' third program (the {@code as_completed} one): one big sum, four tiny ones. */
    public static final List<Long> WORK_LIST = List.of(100L, 10_000L, 1_000_000_000L, 10_000L, 10L);

    /** A sum that takes seconds: the long-running task of parts 2 and 3 (its result still fits a long). */
    static final long SECONDS_OF_WORK = 4_000_000_000L;

    private ResultTimeoutLesson() {}

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        System.out.println("=== Lesson 4 · get(timeout): stop waiting, and stop the work ===");
        try (ExecutorService executor = Executors.newFixedThreadPool(4)) {
            timedGetLeavesTheTaskRunning(executor);
            cancelStopsAnInterruptibleSum(executor);
            cancelCannotStopALoopThatIgnoresInterrupts(executor);
            completableFutureTimeouts(executor);
        }
        oneDeadlineForSeveralGets();
        timeoutsAfterTheBlock();
    }

    // ---------------------------------------------------------------------------------------------------------
    // 1. get(timeout) gives up waiting. The task goes on.

    private static void timedGetLeavesTheTaskRunning(ExecutorService executor)
            throws InterruptedException, ExecutionException {
        System.out.println();
        System.out.println("1. get(timeout) stops the waiting, not the task");
        // region:timedGet
        var gate = new CountDownLatch(1);
        Future<Long> future = executor.submit(() -> {
            gate.await();                          // held here until the gate opens
            return sumGenerator(10_000_000);
        });
        long start = System.nanoTime();
        try {
            future.get(100, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.printf("get(100 ms) threw TimeoutException after %d ms; the task is still %s%n",
                    millisSince(start), future.state());
        } finally {
            gate.countDown();
        }
        System.out.printf("Nothing stopped it: once the gate opened, get() returned %d%n", future.get());
        // endregion:timedGet
    }

    // ---------------------------------------------------------------------------------------------------------
    // 2. A timed-out get versus a cancelled task; cancel(true) interrupts, and an interruptible loop stops.

    private static void cancelStopsAnInterruptibleSum(ExecutorService executor) throws InterruptedException {
        System.out.println();
        System.out.println("2. A timed-out get is not a cancelled task: cancel(true) interrupts the task");
        var stopped = new CountDownLatch(1);
        var howItEnded = new AtomicReference<String>("it was never interrupted");
        // region:cancelCooperative
        Future<Long> longSum = executor.submit(() -> {
            try {
                return interruptibleSum(SECONDS_OF_WORK);  // checks for interruption as it goes
            } catch (InterruptedException e) {
                howItEnded.set(e.getMessage());
                throw e;
            } finally {
                stopped.countDown();
            }
        });
        try {
            longSum.get(100, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            System.out.printf("get(100 ms) threw %s; state=%s: the sum is still running%n",
                    e.getClass().getSimpleName(), longSum.state());
        }
        boolean cancelled = longSum.cancel(true);        // we no longer want it: interrupt it
        long cancelledAt = System.nanoTime();
        System.out.printf("cancel(true) returned %b: state=%s, isDone=%b, isCancelled=%b%n",
                cancelled, longSum.state(), longSum.isDone(), longSum.isCancelled());
        try {
            longSum.get();
        } catch (CancellationException | ExecutionException e) {
            System.out.printf("get() now throws %s at once%n", e.getClass().getSimpleName());
        }
        if (stopped.await(10, TimeUnit.SECONDS)) {
            System.out.printf("The task saw the interrupt and stopped %d ms after cancel(true): %s%n",
                    millisSince(cancelledAt), howItEnded.get());
        }
        // endregion:cancelCooperative
    }

    // ---------------------------------------------------------------------------------------------------------
    // 3. cancel(true) only interrupts: a loop that never looks at the interrupt keeps burning CPU.

    private static void cancelCannotStopALoopThatIgnoresInterrupts(ExecutorService executor)
            throws InterruptedException {
        System.out.println();
        System.out.println("3. cancel(true) cannot stop a loop that ignores interrupts");
        var started = new CountDownLatch(1);
        var finished = new CountDownLatch(1);
        var worker = new AtomicReference<Thread>();
        var keepGoing = new AtomicBoolean(true);
        // region:cancelIgnored
        Future<Long> stubborn = executor.submit(() -> {
            worker.set(Thread.currentThread());
            started.countDown();
            try {
                return sumIgnoringInterrupts(SECONDS_OF_WORK, keepGoing);
            } finally {
                finished.countDown();
            }
        });
        try {
            started.await();
            System.out.printf("cancel(true) returned %b; state=%s%n", stubborn.cancel(true), stubborn.state());
            boolean stoppedByCancel = finished.await(300, TimeUnit.MILLISECONDS);
            System.out.printf("300 ms later: stopped=%b, its thread is %s: it is still adding numbers%n",
                    stoppedByCancel, worker.get().getState());
        } finally {
            keepGoing.set(false);                        // the only thing this loop listens to
        }
        long askedAt = System.nanoTime();
        finished.await();
        System.out.printf("Our own flag stopped it %d ms later. Left alone, it would have kept this pool thread%n"
                + "busy for seconds, and the executor's close() would have waited for it.%n", millisSince(askedAt));
        // endregion:cancelIgnored
    }

    // ---------------------------------------------------------------------------------------------------------
    // 4. CompletableFuture: orTimeout and completeOnTimeout end the future, not the work.

    private static void completableFutureTimeouts(ExecutorService executor) throws InterruptedException {
        System.out.println();
        System.out.println("4. CompletableFuture: orTimeout and completeOnTimeout end the future, not the work");
        var gate = new CountDownLatch(1);
        var ranToTheEnd = new CountDownLatch(3);
        // region:orTimeout
        CompletableFuture<Long> failing = CompletableFuture
                .supplyAsync(() -> heldSum(gate, ranToTheEnd), executor)
                .orTimeout(100, TimeUnit.MILLISECONDS);          // on time-out: fails with TimeoutException
        CompletableFuture<Long> defaulted = CompletableFuture
                .supplyAsync(() -> heldSum(gate, ranToTheEnd), executor)
                .completeOnTimeout(-1L, 100, TimeUnit.MILLISECONDS); // on time-out: completes with -1
        CompletableFuture<Long> cancelled = CompletableFuture
                .supplyAsync(() -> heldSum(gate, ranToTheEnd), executor);
        // endregion:orTimeout
        try {
            failing.join();
        } catch (CompletionException e) {
            System.out.printf("orTimeout: join() threw CompletionException caused by %s; state=%s%n",
                    e.getCause().getClass().getSimpleName(), failing.state());
        }
        System.out.printf("completeOnTimeout: join() returned %d, the default; state=%s%n",
                defaulted.join(), defaulted.state());
        System.out.printf("cancel(true) on a CompletableFuture returned %b; state=%s (it never interrupts)%n",
                cancelled.cancel(true), cancelled.state());
        gate.countDown();
        ranToTheEnd.await();
        System.out.println("All three tasks still ran to the end afterwards; their results went nowhere.");
    }

    private static long heldSum(CountDownLatch gate, CountDownLatch ranToTheEnd) {
        try {
            gate.await();
            return sumGenerator(1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        } finally {
            ranToTheEnd.countDown();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // 5. Several gets, one budget: a deadline computed once, the time left passed to each get.

    private static void oneDeadlineForSeveralGets() throws InterruptedException {
        System.out.println();
        System.out.println("5. Several results within one time budget of 750 ms (results arrive at 250, 500, 1000 ms)");
        List<String> perCall = new ArrayList<>();
        long start = System.nanoTime();
        List<CompletableFuture<String>> futures = arrivingAt(250, 500, 1000);
        // region:perCallTimeout
        for (Future<String> future : futures) {           // WRONG for a budget: each get gets 750 ms anew
            try {
                perCall.add(future.get(750, TimeUnit.MILLISECONDS));
            } catch (TimeoutException | ExecutionException e) {
                perCall.add("late");
            }
        }
        // endregion:perCallTimeout
        System.out.printf("get(750 ms) per call : %s after %d ms, over the budget%n", perCall, millisSince(start));

        List<String> withDeadline = new ArrayList<>();
        start = System.nanoTime();
        futures = arrivingAt(250, 500, 1000);
        // region:oneDeadline
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(750);  // computed once
        for (Future<String> future : futures) {
            long left = deadline - System.nanoTime();                // what is left of the budget
            try {
                withDeadline.add(future.get(left, TimeUnit.NANOSECONDS));
            } catch (TimeoutException | ExecutionException e) {
                future.cancel(true);                                 // too late: we will not use it
                withDeadline.add("late");
            }
        }
        // endregion:oneDeadline
        System.out.printf("one deadline (750 ms): %s after %d ms%n", withDeadline, millisSince(start));
    }

    /** Futures completed by the JDK's delay scheduler after the given delays: stand-ins for slow tasks. */
    private static List<CompletableFuture<String>> arrivingAt(long... delaysMillis) {
        List<CompletableFuture<String>> futures = new ArrayList<>();
        for (long delay : delaysMillis) {
            futures.add(new CompletableFuture<String>()
                    .completeOnTimeout("at " + delay + " ms", delay, TimeUnit.MILLISECONDS));
        }
        return futures;
    }

    // ---------------------------------------------------------------------------------------------------------
    // 6. ⚠️ The original notes' timeouts never fired: the timed calls came after the block that had waited for everything.

    private static void timeoutsAfterTheBlock() throws InterruptedException, ExecutionException {
        System.out.println();
        System.out.println("6. Why the original notes' timeouts \"did not work\" (the work list of their program 3: " + WORK_LIST + ")");
        System.out.println("Their shape: submit inside the try block, the timed calls after it.");
        List<Future<Long>> futures = new ArrayList<>();
        ExecutorCompletionService<Long> completion;
        long start = System.nanoTime();
        // region:pitfall
        try (ExecutorService executor = Executors.newFixedThreadPool(WORK_LIST.size())) {
            completion = new ExecutorCompletionService<>(executor);
            for (long work : WORK_LIST) {
                futures.add(completion.submit(() -> interruptibleSum(work)));
            }
        } // close(): shutdown(), then wait for every task, the 10^9 sum included
        // endregion:pitfall
        System.out.printf("  close() at the end of the try block took %d ms: it waited for every task%n",
                millisSince(start));
        // Python's wait(fs, timeout=1.0): wait at most 1 s for all of them
        long waitStart = System.nanoTime();
        long done = waitAtMost(futures, 1000, TimeUnit.MILLISECONDS);
        System.out.printf("  like wait(timeout=1.0): %d done, %d not done, after %d ms%n",
                done, futures.size() - done, millisSince(waitStart));
        // Python's as_completed(fs, timeout=0.1): the next finished task, or a timeout
        int timeouts = 0;
        for (int i = 0; i < futures.size(); i++) {
            if (completion.poll(100, TimeUnit.MILLISECONDS) == null) timeouts++;
        }
        System.out.printf("  like as_completed(timeout=0.1): poll(100 ms) x %d -> %d timeouts%n",
                futures.size(), timeouts);

        System.out.println("Remedy 1, a timeout on each future (result(timeout=...)), still after the block:");
        System.out.printf("  get(100 ms) on each future -> %d TimeoutExceptions%n", timeoutsOfGets(futures, 100));

        System.out.println("Remedy 2, other threads (here: virtual threads), still after the block:");
        // region:otherThreads
        futures.clear();
        start = System.nanoTime();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long work : WORK_LIST) {
                futures.add(executor.submit(() -> interruptibleSum(work)));
            }
        } // this executor's close() waits for its tasks too
        System.out.printf("  close() took %d ms: it waited for every task%n", millisSince(start));
        System.out.printf("  get(100 ms) on each future -> %d TimeoutExceptions%n", timeoutsOfGets(futures, 100));
        // endregion:otherThreads

        System.out.println("The fix: the timed call inside the try block, then cancel what is late.");
        // region:fix
        futures.clear();
        long closing;
        try (ExecutorService executor = Executors.newFixedThreadPool(WORK_LIST.size())) {
            for (long work : WORK_LIST) {
                futures.add(executor.submit(() -> interruptibleSum(work)));
            }
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
            List<String> late = new ArrayList<>();
            int inTime = 0;
            for (int i = 0; i < futures.size(); i++) {
                try {
                    futures.get(i).get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                    inTime++;
                } catch (TimeoutException | ExecutionException e) {
                    late.add("sum(1.." + WORK_LIST.get(i) + ") cancel(true) -> " + futures.get(i).cancel(true));
                }
            }
            System.out.printf("  one deadline of 100 ms: %d results in time, late: %s%n", inTime, late);
            closing = System.nanoTime();
        } // close() has nothing left to wait for: the cancelled sum checked for interruption and stopped
        System.out.printf("  close() returned %d ms after the cancel%n", millisSince(closing));
        // endregion:fix
    }

    /**
     * Like Python's {@code wait(fs, timeout)}: waits until every future is done or the time is up, and says how
     * many are done. (The sums here never fail; if one did, its exception would end the lesson.)
     */
    private static long waitAtMost(List<? extends Future<?>> futures, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (Future<?> future : futures) {
            try {
                future.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                break;                               // time is up: the rest are counted as they are
            }
        }
        return futures.stream().filter(Future::isDone).count();
    }

    /** Calls {@code get(timeoutMillis)} on each future and counts the {@link TimeoutException}s. */
    private static int timeoutsOfGets(List<? extends Future<?>> futures, long timeoutMillis)
            throws InterruptedException, ExecutionException {
        int timeouts = 0;
        for (Future<?> future : futures) {
            try {
                future.get(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                timeouts++;
            }
        }
        return timeouts;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The sums.

    /**
     * The original notes' {@code sum_generator}: adds 1 + 2 + ... + n one number at a time, on purpose, so that
     * the task does real CPU work. It never looks at interrupts.
     */
    static long sumGenerator(long n) {
        long sum = 0;
        for (long i = 1; i <= n; i++) {
            sum += i;
        }
        return sum;
    }

    /**
     * The same sum, interruptible: it checks for interruption before each step, so {@code cancel(true)}, which
     * interrupts the thread that runs the task, stops it within one step.
     *
     * @throws InterruptedException if the thread is interrupted before the sum is complete
     */
    // region:interruptibleSum
    static long interruptibleSum(long n) throws InterruptedException {
        long sum = 0;
        for (long i = 1; i <= n; i++) {
            if (Thread.currentThread().isInterrupted()) {    // someone asked us to stop
                throw new InterruptedException("stopped after adding " + (i - 1) + " of " + n + " numbers");
            }
            sum += i;
        }
        return sum;
    }
    // endregion:interruptibleSum

    /**
     * The same sum, deaf to interrupts: only {@code keepGoing}, a flag this program owns, can stop it early.
     */
    // region:sumIgnoringInterrupts
    static long sumIgnoringInterrupts(long n, AtomicBoolean keepGoing) {
        long sum = 0;
        for (long i = 1; i <= n && keepGoing.get(); i++) {  // never looks at the interrupt status
            sum += i;
        }
        return sum;
    }
    // endregion:sumIgnoringInterrupts

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
