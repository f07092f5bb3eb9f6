package dev.futuresworkbook.wait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Lesson 2: wait for many futures with one timeout, then look at which are done and which are not.
 *
 * <p>The {@code wait} program of the original notes (the Korean study notes this workbook ports), in Java and
 * fixed. It submits {@link #WORK_LIST} to a pool, waits at most {@link #TIMEOUT} for all the sums <em>inside</em>
 * the pool's try block, prints the done and the not-done futures and the time it took, draws a timeline, and
 * cancels what did not finish, so that the try block ends at the timeout instead of waiting for the long sums
 * (each would add numbers for seconds and then overflow). Then it shows the notes' pitfall (waiting after the try
 * block, whose {@code close()} has already waited for everything) and its fix, and what the JDK itself offers:
 * {@code invokeAll} with a timeout, {@code CompletableFuture.allOf} with a timed {@code get}, and
 * {@code awaitTermination}.
 * Run it with
 * <pre>{@code ./mvnw -q -pl module-02-wait compile exec:exec}</pre>
 */
public final class WaitLesson {

    /**
     * The second work list of the original notes, sized for Java: the two small sums are ten times smaller, and the
     * two 10^9 sums a hundred times larger. This loop adds a number in about 0.9 ns, CPython's {@code sum} over a
     * generator in about 27 ns, so with the notes' numbers whether 10^9 beats a 1 s timeout would depend on the
     * machine.
     * Here the small sums take milliseconds and the large ones far longer than the timeout, on any machine: added
     * one by one, they outgrow a {@code long} after about 4.3 × 10^9 additions (3–5 s) and then fail with
     * {@link ArithmeticException}.
     */
    public static final List<Long> WORK_LIST = List.of(1_000_000L, 100_000L, 100_000_000_000L, 1_000_000_000_000L,
            100_000_000_000L);

    /** The notes' {@code wait(timeout=1.0)}. */
    public static final Duration TIMEOUT = Duration.ofSeconds(1);

    /** For the pitfall: three sums that all finish, the last one in about a second, far beyond a 0.3 s timeout. */
    static final List<Long> SMALL_WORK_LIST = List.of(100_000L, 1_000_000L, 2_000_000_000L);
    static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

    private WaitLesson() {}

    public static void main(String[] args) throws InterruptedException {
        long lessonStart = System.nanoTime();
        System.out.println("=== Lesson 2 · wait(): wait for many futures, with one timeout ===");
        originalProgram();
        pitfall();
        fix();
        jdkTools();
        System.out.printf("%nEvery pool is closed and every sum has stopped; the lesson took %.2f s.%n",
                secondsSince(lessonStart));
    }

    /** Part 1: the notes' wait program, with the wait inside the try block and the late tasks cancelled. */
    private static void originalProgram() throws InterruptedException {
        int workers = Math.min(10, WORK_LIST.size());
        System.out.printf("%n1. The original notes' wait program: %d sums on a pool of %d threads, then wait at most %.1f s.%n",
                WORK_LIST.size(), workers, TIMEOUT.toMillis() / 1000.0);
        var timeline = new Timeline();
        Map<Future<Long>, Long> workOf = new LinkedHashMap<>();
        long start = System.nanoTime();
        // region:originalProgram
        try (ExecutorService executor = Executors.newFixedThreadPool(workers)) {
            for (long work : WORK_LIST) {
                Future<Long> future = executor.submit(timeline.track("sum(1.." + work + ")", () -> interruptibleSum(work)));
                workOf.put(future, work);
            }
            // Inside the block: close() has not waited for anything yet, so the timeout can do its job.
            DoneAndNotDone<Future<Long>> result = waitAll(List.copyOf(workOf.keySet()), TIMEOUT);
            System.out.printf("waitAll(futures, %.1f s) returned after %.2f s: %d done, %d not done;"
                    + " it threw nothing and cancelled nothing.%n",
                    TIMEOUT.toMillis() / 1000.0, secondsSince(start), result.done().size(), result.notDone().size());
            System.out.println("Completed Tasks :");
            result.done().forEach(future -> System.out.printf("  sum(1..%d) = %d (%s)%n",
                    workOf.get(future), future.resultNow(), future.state()));
            System.out.println("Pending Tasks :");
            result.notDone().forEach(future -> System.out.printf("  sum(1..%d) (%s)%n", workOf.get(future), future.state()));

            // What is not done would run on for seconds (then overflow), and close() would wait for it: cancel it.
            // cancel(true) interrupts the thread; interruptibleSum checks for that and stops.
            for (Future<Long> future : result.notDone()) future.cancel(true);
            System.out.printf("Cancelled the %d pending tasks with cancel(true): %s%n", result.notDone().size(),
                    result.notDone().stream().map(future -> future.state().toString()).collect(Collectors.joining(", ")));
        } // close(): shutdown(), then wait for the tasks, which have all finished or stopped by now
        // endregion:originalProgram
        System.out.printf(" Result -> the pool is closed, %d sums still running. Time : %.2fs%n",
                timeline.running(), secondsSince(start));
        timeline.print(System.out, TIMEOUT);
    }

    /** Part 2: the notes' mistake in Java. The wait comes after the try block, too late to matter. */
    private static void pitfall() throws InterruptedException {
        System.out.printf("%n2. The original notes' pitfall: wait AFTER the try block. Sums of %s, timeout %.1f s.%n",
                SMALL_WORK_LIST, SHORT_TIMEOUT.toMillis() / 1000.0);
        long start = System.nanoTime();
        // region:pitfall
        List<Future<Long>> futures = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(SMALL_WORK_LIST.size())) {
            for (long work : SMALL_WORK_LIST) futures.add(executor.submit(() -> interruptibleSum(work)));
        } // close() waits here for every task, the slowest one included
        double blockSeconds = secondsSince(start);
        long waitStart = System.nanoTime();
        DoneAndNotDone<Future<Long>> result = waitAll(futures, SHORT_TIMEOUT); // too late: all done already
        // endregion:pitfall
        System.out.printf("The try block took %.2f s: its close() waited for every sum before wait was even called.%n",
                blockSeconds);
        System.out.printf("waitAll then returned after %.2f s: %d done, %d not done. Its %.1f s timeout never mattered.%n",
                secondsSince(waitStart), result.done().size(), result.notDone().size(), SHORT_TIMEOUT.toMillis() / 1000.0);
    }

    /** Part 3: the fix. Wait inside the try block, and cancel what is not done before leaving it. */
    private static void fix() throws InterruptedException {
        System.out.printf("%n3. The fix: wait INSIDE the try block, and cancel what is not done before leaving it.%n");
        long start = System.nanoTime();
        DoneAndNotDone<Future<Long>> result;
        // region:fix
        try (ExecutorService executor = Executors.newFixedThreadPool(SMALL_WORK_LIST.size())) {
            List<Future<Long>> futures = new ArrayList<>();
            for (long work : SMALL_WORK_LIST) futures.add(executor.submit(() -> interruptibleSum(work)));
            result = waitAll(futures, SHORT_TIMEOUT);                   // close() has not waited yet
            result.notDone().forEach(future -> future.cancel(true));    // and now it will not have to
        }
        // endregion:fix
        System.out.printf("waitAll returned %d done, %d not done; the not-done one was cancelled: %s.%n",
                result.done().size(), result.notDone().size(),
                result.notDone().stream().map(future -> future.state().toString()).collect(Collectors.joining(", ")));
        System.out.printf("The whole try block took %.2f s: the timeout did its job.%n", secondsSince(start));
    }

    /** Part 4: what the JDK offers for "wait with a timeout", and how each differs from Python's wait. */
    private static void jdkTools() throws InterruptedException {
        System.out.printf("%n4. What the JDK offers, with the same sums and the same %.1f s timeout:%n",
                SHORT_TIMEOUT.toMillis() / 1000.0);
        List<Callable<Long>> tasks = SMALL_WORK_LIST.stream().<Callable<Long>>map(work -> () -> interruptibleSum(work)).toList();

        long start = System.nanoTime();
        // region:invokeAll
        try (ExecutorService executor = Executors.newFixedThreadPool(tasks.size())) {
            List<Future<Long>> futures = executor.invokeAll(tasks, SHORT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            // invokeAll returns when all are done or time is up, and CANCELS what is not done: every future is done.
            System.out.printf("invokeAll(tasks, %.1f s) returned after %.2f s with every future done: %s%n",
                    SHORT_TIMEOUT.toMillis() / 1000.0, secondsSince(start), states(futures));
        }
        // endregion:invokeAll

        var timeline = new Timeline();
        start = System.nanoTime();
        // region:allOf
        try (ExecutorService executor = Executors.newFixedThreadPool(tasks.size())) {
            List<CompletableFuture<Long>> futures = new ArrayList<>();
            for (long work : SMALL_WORK_LIST) {
                Callable<Long> sum = timeline.track("sum(1.." + work + ")", () -> interruptibleSum(work));
                futures.add(CompletableFuture.supplyAsync(() -> callUnchecked(sum), executor));
            }
            try {
                CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                        .get(SHORT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                System.out.printf("allOf(...).get(%.1f s) threw TimeoutException after %.2f s and cancelled nothing: %s%n",
                        SHORT_TIMEOUT.toMillis() / 1000.0, secondsSince(start), states(futures));
            } catch (ExecutionException e) {
                System.out.println("a sum failed: " + e.getCause());
            }
            futures.forEach(future -> future.cancel(true)); // CANCELLED, but CompletableFuture never interrupts
            System.out.printf("  after cancel(true): %s, yet %d sum still running: the thread was not interrupted%n",
                    states(futures), timeline.running());
            executor.shutdownNow(); // interrupts the pool's threads: this is what stops the loop
        }
        // endregion:allOf
        System.out.printf("  after shutdownNow() and close(): %d sums running%n", timeline.running());

        start = System.nanoTime();
        List<Future<Long>> submitted = new ArrayList<>();
        // region:awaitTermination
        try (ExecutorService executor = Executors.newFixedThreadPool(tasks.size())) {
            for (Callable<Long> task : tasks) submitted.add(executor.submit(task));
            executor.shutdown(); // no new tasks; those submitted go on
            boolean terminated = executor.awaitTermination(SHORT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            System.out.printf("shutdown() + awaitTermination(%.1f s) returned %b after %.2f s: it says \"not all\","
                    + " not which%n", SHORT_TIMEOUT.toMillis() / 1000.0, terminated, secondsSince(start));
            executor.shutdownNow(); // interrupts the running tasks (and returns the queued ones: none here)
        }
        // endregion:awaitTermination
        System.out.printf("  after shutdownNow() and close(): %s: the late one was interrupted, its future FAILED,"
                + " not CANCELLED%n", states(submitted));
    }

    /**
     * Waits until every future is done or {@code timeout} has passed, counted from this call, and returns which are
     * done: Python's {@code wait(fs, timeout)} with {@code ALL_COMPLETED}. Like it, this throws nothing when time is up
     * and cancels nothing. One deadline for all, and {@code get} with the time left on each future in turn: enough
     * when you wait for all of them. Returning at the first completion or failure needs more (exercise 1).
     */
    // region:waitAll
    static <T> DoneAndNotDone<Future<T>> waitAll(List<Future<T>> futures, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long timeoutNanos = timeout.toNanos();
        for (Future<T> future : futures) {
            long left = timeoutNanos - (System.nanoTime() - start); // one deadline for all the futures
            if (left <= 0) break;
            try {
                future.get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                break; // time is up: not an error, the partition below says what is not done
            } catch (ExecutionException | CancellationException e) {
                // failed or cancelled: done all the same
            }
        }
        Set<Future<T>> done = new LinkedHashSet<>();
        Set<Future<T>> notDone = new LinkedHashSet<>();
        for (Future<T> future : futures) (future.isDone() ? done : notDone).add(future); // cancelled counts as done
        return new DoneAndNotDone<>(done, notDone);
    }
    // endregion:waitAll

    /**
     * The notes' {@code sum_generator}, written so that cancelling it stops it: it adds 1 + 2 + ... + n one number at
     * a time, and checks for an interrupt (what {@code cancel(true)} sends) before each addition.
     *
     * @throws InterruptedException if the thread is interrupted before the sum is complete
     * @throws ArithmeticException if the sum outgrows a {@code long} (n > 2^32 - 1; lesson 1's exercise 1)
     */
    // region:interruptibleSum
    static long interruptibleSum(long n) throws InterruptedException {
        long sum = 0;
        for (long i = 1; i <= n; i++) {
            if (Thread.interrupted()) { // cancel(true) interrupts this thread: stop, and say so
                throw new InterruptedException("stopped after adding " + (i - 1) + " numbers");
            }
            sum = Math.addExact(sum, i); // throws on overflow instead of silently wrapping around
        }
        return sum;
    }
    // endregion:interruptibleSum

    private static <T> T callUnchecked(Callable<T> task) {
        try {
            return task.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String states(List<? extends Future<?>> futures) {
        return futures.stream().map(future -> future.state().toString()).collect(Collectors.joining(", "));
    }

    private static double secondsSince(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
