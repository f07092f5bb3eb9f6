package dev.futuresworkbook.ascompleted.bench;

import dev.futuresworkbook.ascompleted.exercises.AsCompleted;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput: 10,000 tiny tasks on a pool of 2 threads, every result taken in completion order — with the
 * lesson's {@code asCompleted} (over {@code CompletableFuture}s) and with an {@code ExecutorCompletionService}
 * (over the pool's own futures). Submission order ({@code get()} on each future in turn) is the baseline:
 * with tasks this small, the order costs nothing, so any difference is the bookkeeping of each mechanism.
 * One operation is one future: the score is futures per second, submitting included.
 *
 * <p>Needs the reference solution of exercises 3 and 4: run with {@code -Psolutions,bench} (see the notes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ThroughputBenchmark {

    static final int FUTURES = 10_000;

    private ExecutorService pool;

    @Setup(Level.Trial)
    public void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @TearDown(Level.Trial)
    public void closePool() {
        pool.close();
    }

    @Benchmark
    @OperationsPerInvocation(FUTURES)
    public long asCompleted() {
        List<CompletableFuture<Long>> futures = new ArrayList<>(FUTURES);
        for (int i = 0; i < FUTURES; i++) {
            long value = i;
            futures.add(CompletableFuture.supplyAsync(() -> value, pool));
        }
        long sum = 0;
        for (Iterator<CompletableFuture<Long>> it = AsCompleted.asCompleted(futures); it.hasNext(); ) {
            sum += it.next().resultNow();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(FUTURES)
    public long completionService() throws InterruptedException {
        CompletionService<Long> completions = new ExecutorCompletionService<>(pool);
        for (int i = 0; i < FUTURES; i++) {
            long value = i;
            completions.submit(() -> value);
        }
        long sum = 0;
        for (int i = 0; i < FUTURES; i++) {
            sum += completions.take().resultNow();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(FUTURES)
    public long submissionOrder() throws InterruptedException, ExecutionException {
        List<Future<Long>> futures = new ArrayList<>(FUTURES);
        for (int i = 0; i < FUTURES; i++) {
            long value = i;
            futures.add(pool.submit(() -> value));
        }
        long sum = 0;
        for (Future<Long> future : futures) {
            sum += future.get();
        }
        return sum;
    }
}
