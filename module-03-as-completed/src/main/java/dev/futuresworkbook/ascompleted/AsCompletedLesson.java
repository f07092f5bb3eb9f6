package dev.futuresworkbook.ascompleted;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Lesson 3: take results in the order they finish, Python's {@code as_completed}, in Java.
 *
 * <p>The third program of the original notes (the Korean study notes on Python this workbook started from),
 * ported and fixed. It runs {@link #WORK_LIST} four times on a pool of one
 * thread per task:
 * <ol>
 *   <li>taking the results in submission order ({@code get()} on each future in turn);</li>
 *   <li>taking them in completion order with {@link CompletableFuture} callbacks;</li>
 *   <li>as the original notes did: with a 0.1 s deadline, but only after the {@code try (var executor = ...)} block,
 *       whose {@code close()} has already waited for every task, so the deadline cannot fire;</li>
 *   <li>fixed: with an {@link ExecutorCompletionService} and one 0.1 s deadline inside the block, where it
 *       fires; then it recovers by cancelling the unfinished task, which stops because it checks for
 *       interruption.</li>
 * </ol>
 * Run it with
 * <pre>{@code ./mvnw -q -pl module-03-as-completed compile exec:exec}</pre>
 */
public final class AsCompletedLesson {

    /** The original notes' work list for {@code as_completed}: one big sum among four tiny ones. */
    public static final List<Long> WORK_LIST = List.of(100L, 10_000L, 1_000_000_000L, 10_000L, 10L);

    /** The timeout of the original notes' {@code as_completed(futures_list, timeout=0.1)}. */
    static final Duration TIMEOUT = Duration.ofMillis(100);

    /** Work below this is one of the "small sums". */
    private static final long SMALL = 1_000_000;

    private AsCompletedLesson() {}

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        System.out.println("=== Lesson 3 · as_completed(): take results in the order they finish ===");
        System.out.printf("Work list %s, one thread per task.%n", WORK_LIST);

        System.out.println();
        System.out.println("--- 1. Submission order: get() on each future in turn ---");
        Timeline inSubmissionOrder = submissionOrder();
        summary(inSubmissionOrder);

        System.out.println();
        System.out.println("--- 2. Completion order: CompletableFuture callbacks ---");
        Timeline inCompletionOrder = completionOrder();
        summary(inCompletionOrder);

        System.out.println();
        System.out.println("Timelines ('=' running, '.' done but not taken yet, '*' taken by the consumer):");
        inSubmissionOrder.print("1. submission order", null);
        inCompletionOrder.print("2. completion order", null);

        System.out.println();
        System.out.printf("--- 3. The original notes' as_completed(timeout=%.1f), after the with block ---%n", seconds(TIMEOUT));
        afterTheBlock();

        System.out.println();
        System.out.printf("--- 4. Fixed: one %.1fs deadline, inside the try block ---%n", seconds(TIMEOUT));
        fixed();

        System.out.println();
        System.out.println("Every pool is closed and no task is left running: the program ends by itself.");
    }

    private static Timeline submissionOrder() throws InterruptedException, ExecutionException {
        var run = new Timeline(WORK_LIST);
        // region:submissionOrder
        try (ExecutorService executor = Executors.newFixedThreadPool(WORK_LIST.size())) {
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < WORK_LIST.size(); i++) {
                int task = i;
                futures.add(executor.submit(() -> run.sum(task)));
            }
            for (int i = 0; i < futures.size(); i++) {
                run.taken(i, futures.get(i).get()); // waits for THIS future, however long it takes
            }
        }
        // endregion:submissionOrder
        return run;
    }

    private static Timeline completionOrder() {
        var run = new Timeline(WORK_LIST);
        // region:callbacks
        try (ExecutorService executor = Executors.newFixedThreadPool(WORK_LIST.size())) {
            List<CompletableFuture<Void>> taken = new ArrayList<>();
            for (int i = 0; i < WORK_LIST.size(); i++) {
                int task = i;
                CompletableFuture<Long> future = CompletableFuture.supplyAsync(() -> run.sum(task), executor);
                taken.add(future.thenAccept(result -> run.taken(task, result))); // runs the moment it completes
            }
            CompletableFuture.allOf(taken.toArray(CompletableFuture<?>[]::new)).join(); // every callback has run
        }
        // endregion:callbacks
        return run;
    }

    private static void summary(Timeline run) {
        System.out.printf("  First result taken after %.3fs; the 4 small sums all taken after %.3fs; all 5 after %.3fs.%n",
                run.firstTaken(), run.allTakenBelow(SMALL), run.lastTaken());
    }

    private static void afterTheBlock() throws InterruptedException {
        long start = System.nanoTime();
        // region:pitfall
        List<Future<Long>> futures = new ArrayList<>();
        CompletionService<Long> completions;
        try (ExecutorService executor = Executors.newFixedThreadPool(WORK_LIST.size())) {
            completions = new ExecutorCompletionService<>(executor);
            for (long work : WORK_LIST) futures.add(completions.submit(() -> interruptibleSum(work)));
        } // close() waits here for every task, as Python's `with` block does when it ends
        long closed = System.nanoTime();
        long done = futures.stream().filter(Future::isDone).count();

        // as_completed(futures_list, timeout=0.1) after the block: one deadline for taking all five
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        int taken = 0;
        while (taken < futures.size() && completions.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS) != null) {
            taken++;
        }
        // endregion:pitfall
        System.out.printf("  close() returned after %.3fs, and by then %d of %d futures were done.%n",
                seconds(closed - start), done, futures.size());
        System.out.printf("  The %.1fs deadline then took %d of %d results at once: no timeout.%n",
                seconds(TIMEOUT), taken, futures.size());
        System.out.println("  The timeout could not fire: close(), like the end of Python's with block, had already");
        System.out.println("  waited for every task. Nothing was left to wait for.");
    }

    @SuppressWarnings("CollectionUndefinedEquality") // a future equals only itself: identity is what the map needs
    private static void fixed() throws InterruptedException, ExecutionException {
        var run = new Timeline(WORK_LIST);
        // region:fixed
        Map<Future<Long>, Integer> unfinished = new LinkedHashMap<>(); // future -> its task
        try (ExecutorService executor = Executors.newFixedThreadPool(WORK_LIST.size())) {
            CompletionService<Long> completions = new ExecutorCompletionService<>(executor);
            for (int i = 0; i < WORK_LIST.size(); i++) {
                int task = i;
                unfinished.put(completions.submit(() -> run.sum(task)), task);
            }
            long deadline = System.nanoTime() + TIMEOUT.toNanos(); // ONE deadline for the whole loop
            try {
                while (!unfinished.isEmpty()) {
                    Future<Long> done = completions.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                    if (done == null) { // poll() returns null when the time is up: Python's TimeoutError
                        throw new TimeoutException("%d (of %d) futures unfinished"
                                .formatted(unfinished.size(), WORK_LIST.size()));
                    }
                    run.taken(unfinished.remove(done), done.get()); // done: get() does not block
                }
            } catch (TimeoutException e) {
                System.out.printf("  %.3fs  %s%n", Timeline.seconds(run.now()), e);
                unfinished.forEach((future, task) -> {
                    future.cancel(true); // interrupts the task; its loop checks, and stops
                    run.cancelled(task);
                });
            }
        } // close() waits for the running tasks: only as long as the cancelled one takes to stop
        // endregion:fixed
        long closed = run.now();
        System.out.printf("  Recover: cancel(true) the %d unfinished future(s).%n", unfinished.size());
        unfinished.forEach((future, task) -> System.out.printf("  sum(1..%d): %s%n", WORK_LIST.get(task), future.state()));
        System.out.printf("  close() returned %.3fs after the cancel: the cancelled sum checks for interruption, so it stopped.%n",
                Timeline.seconds(closed - run.lastCancelled()));
        System.out.println();
        System.out.println("Timeline ('!' the deadline, 'x' where the cancelled task stopped):");
        run.print("4. one deadline, then cancel", TIMEOUT);
    }

    /**
     * The original notes' {@code sum_generator}, made interruptible: adds 1 + 2 + ... + n one number at a time,
     * so that each task does real CPU work, and every 65,536 numbers checks whether its thread was interrupted
     * ({@code cancel(true)} interrupts); if so it stops with a {@link CancellationException} (unchecked, so
     * that it can run as a {@code Supplier} too).
     */
    // region:interruptibleSum
    static long interruptibleSum(long n) {
        long sum = 0;
        for (long i = 1; i <= n; i++) {
            if ((i & 0xFFFF) == 0 && Thread.currentThread().isInterrupted()) {
                throw new CancellationException("sum(1.." + n + ") interrupted at " + i);
            }
            sum += i;
        }
        return sum;
    }
    // endregion:interruptibleSum

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double seconds(Duration duration) {
        return seconds(duration.toNanos());
    }
}
