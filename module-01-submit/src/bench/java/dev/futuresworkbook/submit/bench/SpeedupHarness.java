package dev.futuresworkbook.submit.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures the parallel speedup of the original notes' CPU-bound sum on this machine: 1 + 2 + ... + n added one by
 * one, split into contiguous ranges over a fixed pool of 1, 2, 4 and 8 threads.
 *
 * <p>Not a test and not a JMH benchmark: a documented harness for docs/performance.md. Each configuration is
 * warmed up, then timed {@value #RUNS} times; the median and the fastest run are printed, with the speedup of
 * the median against one thread. Run it from the repository root with
 * <pre>{@code
 * ./mvnw -q -pl module-01-submit -Psolutions,bench test-compile exec:exec@bench \
 *     -Dbench.main=dev.futuresworkbook.submit.bench.SpeedupHarness
 * }</pre>
 */
public final class SpeedupHarness {

    private static final long N = 2_000_000_000L;
    private static final int RUNS = 7;
    private static final int WARMUP = 3;

    private SpeedupHarness() {}

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        System.out.printf("sum(1..%,d) by a loop, %d cores, %s %s%n", N, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        double single = 0;
        for (int threads : new int[] {1, 2, 4, 8}) {
            for (int i = 0; i < WARMUP; i++) timedSum(threads);
            double[] seconds = new double[RUNS];
            for (int i = 0; i < RUNS; i++) seconds[i] = timedSum(threads);
            Arrays.sort(seconds);
            double median = seconds[RUNS / 2];
            if (threads == 1) single = median;
            System.out.printf("%d thread(s): median %.3f s, fastest %.3f s, speedup %.2fx%n",
                    threads, median, seconds[0], single / median);
        }
    }

    private static double timedSum(int threads) throws InterruptedException, ExecutionException {
        long start = System.nanoTime();
        long sum = parallelSum(N, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sum != N / 2 * (N + 1)) throw new AssertionError("wrong sum " + sum);
        return seconds;
    }

    private static long parallelSum(long n, int threads) throws InterruptedException, ExecutionException {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Long>> parts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                long from = n * i / threads + 1;
                long to = n * (i + 1) / threads;
                parts.add(pool.submit(() -> {
                    long sum = 0;
                    for (long k = from; k <= to; k++) sum += k;
                    return sum;
                }));
            }
            long total = 0;
            for (Future<Long> part : parts) total += part.get();
            return total;
        }
    }
}
