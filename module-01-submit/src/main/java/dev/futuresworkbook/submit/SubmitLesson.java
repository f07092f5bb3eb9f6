package dev.futuresworkbook.submit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Lesson 1: {@code submit} hands a task to a thread pool and returns a {@link Future} at once.
 *
 * <p>The first program of the original notes (the Korean study notes this workbook ports), in Java and
 * finished: it submits {@link #WORK_LIST} to a pool of {@code min(10, tasks)} threads, prints one
 * {@code Scheduled for <n> : <future>} line per task, and then, unlike the notes, prints the results and the time
 * it really took. Run it with
 * <pre>{@code ./mvnw -q -pl module-01-submit compile exec:exec}</pre>
 */
public final class SubmitLesson {

    /** The notes' work list: one sum of 1..10,000,000 and four of 1..1,000,000. */
    public static final List<Long> WORK_LIST = List.of(10_000_000L, 1_000_000L, 1_000_000L, 1_000_000L, 1_000_000L);

    private SubmitLesson() {}

    public static void main(String[] args) throws InterruptedException {
        System.out.println("=== Lesson 1 · submit(): hand work to a pool, get a Future back ===");
        int workers = Math.min(10, WORK_LIST.size());
        System.out.printf("A pool of %d threads for %d tasks.%n", workers, WORK_LIST.size());

        // The tasks wait at this gate until all are scheduled, so every "Scheduled" line shows a future
        // that is not done yet. Without it, a small task could finish before its line is printed.
        var startGate = new CountDownLatch(1);
        List<Future<Long>> futures = new ArrayList<>();

        long start = System.nanoTime();
        // region:submit
        try (ExecutorService executor = Executors.newFixedThreadPool(workers)) {
            try {
                for (long work : WORK_LIST) {
                    Future<Long> future = executor.submit(() -> {
                        startGate.await();
                        return sumGenerator(work);
                    });
                    futures.add(future);
                    System.out.printf("Scheduled for %d : state=%s%n", work, future.state());
                }
                System.out.printf("submit() returned %d futures at once; done so far: %d.%n",
                        futures.size(), futures.stream().filter(Future::isDone).count());
            } finally {
                startGate.countDown(); // open the gate even if submitting failed, or close() would wait forever
            }
        } // close(): shutdown(), then wait until every task has finished
        // endregion:submit
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.println();
        System.out.println("The try block has ended: ExecutorService.close() waited for every task.");
        // region:results
        List<Long> results = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            Future<Long> future = futures.get(i);
            System.out.printf("  sum(1..%d) : state=%s, resultNow()=%d%n",
                    WORK_LIST.get(i), future.state(), future.resultNow());
            results.add(future.resultNow());
        }
        System.out.printf("%n Result -> %s Time : %.2fs%n", results, seconds);
        // endregion:results

        System.out.println();
        System.out.println("Why a thread pool? The original notes used Python's ProcessPoolExecutor because the GIL lets");
        System.out.println("only one Python thread run bytecode at a time. Java threads run truly in parallel, one per core,");
        System.out.printf("so a fixed thread pool is the right tool for CPU-bound sums (this machine has %d cores).%n",
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * The notes' {@code sum_generator}: adds 1 + 2 + ... + n one number at a time, on purpose, so that each
     * task does real CPU work. (The closed form n(n+1)/2 is exercise 1.)
     */
    // region:sumGenerator
    static long sumGenerator(long n) {
        long sum = 0;
        for (long i = 1; i <= n; i++) {
            sum += i;
        }
        return sum;
    }
    // endregion:sumGenerator
}
