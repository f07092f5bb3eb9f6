package dev.futuresworkbook.ascompleted.bench;

import dev.futuresworkbook.ascompleted.exercises.AsCompleted;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Latency from a future's completion to the consumer seeing it, over 10,000 futures.
 *
 * <p>A consumer thread waits for the next future in completion order — from the lesson's
 * {@code asCompleted} or from an {@code ExecutorCompletionService.take()}. The benchmark thread completes
 * the futures one at a time: it waits until the consumer is parked (blocked in {@code next()} or
 * {@code take()}), notes the time, completes future {@code i}, and spins until the consumer has seen it. So
 * every hand-off includes waking a blocked consumer, the case that matters when results trickle in.
 * The JMH score (µs per future) is that round trip; the consumer also records the one-way latency
 * (completion → {@code next()}/{@code take()} returned), printed as percentiles at the end of each trial.
 *
 * <p>Needs the reference solution of exercises 3 and 4: run with {@code -Psolutions,bench} (see the notes).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HandoffLatencyBenchmark {

    static final int FUTURES = 10_000;

    @Param({"asCompleted", "completionService"})
    public String mechanism;

    private final long[] completedAt = new long[FUTURES];
    private final AtomicInteger seen = new AtomicInteger();
    private final List<long[]> latencies = new ArrayList<>();
    /** Completes future i (runs task i, or completes CompletableFuture i) on the calling thread. */
    private final List<Runnable> completers = new ArrayList<>(FUTURES);
    private Thread consumer;
    private boolean measuring;

    @Setup(Level.Iteration)
    public void iteration(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT; // keep the warm-up out of the percentiles
    }

    @Setup(Level.Invocation)
    public void prepare() {
        seen.set(0);
        completers.clear();
        long[] latency = new long[FUTURES];
        if (measuring) latencies.add(latency);
        Iterator<Integer> inCompletionOrder;
        if (mechanism.equals("asCompleted")) {
            List<CompletableFuture<Integer>> futures = new ArrayList<>(FUTURES);
            for (int i = 0; i < FUTURES; i++) {
                var future = new CompletableFuture<Integer>();
                int value = i;
                futures.add(future);
                completers.add(() -> future.complete(value));
            }
            Iterator<CompletableFuture<Integer>> it = AsCompleted.asCompleted(futures);
            inCompletionOrder = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Integer next() {
                    return it.next().resultNow();
                }
            };
        } else {
            // The executor only queues the tasks; the benchmark thread runs them, one at a time.
            Queue<Runnable> queued = new ArrayDeque<>();
            CompletionService<Integer> completions = new ExecutorCompletionService<>(queued::add);
            for (int i = 0; i < FUTURES; i++) {
                int value = i;
                completions.submit(() -> value);
                completers.add(queued.remove());
            }
            inCompletionOrder = new Iterator<>() {
                private int taken;

                @Override
                public boolean hasNext() {
                    return taken < FUTURES;
                }

                @Override
                public Integer next() {
                    taken++;
                    try {
                        return completions.take().resultNow();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
            };
        }
        consumer = Thread.ofPlatform().name("consumer").start(() -> {
            while (inCompletionOrder.hasNext()) {
                int i = inCompletionOrder.next();
                latency[i] = System.nanoTime() - completedAt[i];
                seen.incrementAndGet();
            }
        });
    }

    @Benchmark
    @OperationsPerInvocation(FUTURES)
    public int handOff() {
        for (int i = 0; i < FUTURES; i++) {
            while (consumer.getState() != Thread.State.WAITING) { // the consumer is parked, waiting for i
                Thread.onSpinWait();
            }
            completedAt[i] = System.nanoTime();
            completers.get(i).run();
            while (seen.get() <= i) {
                Thread.onSpinWait();
            }
        }
        return seen.get();
    }

    @TearDown(Level.Invocation)
    public void joinConsumer() throws InterruptedException {
        consumer.join();
    }

    @TearDown(Level.Trial)
    public void printLatencies() {
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("%n[latency] %s: completion -> consumer sees it, %,d futures measured: p50 %.1f µs,"
                        + " p90 %.1f µs, p99 %.1f µs, max %.1f µs%n", mechanism, all.length,
                percentile(all, 50), percentile(all, 90), percentile(all, 99), all[all.length - 1] / 1e3);
        latencies.clear();
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e3;
    }
}
