package dev.futuresworkbook.wait.bench;

import dev.futuresworkbook.wait.DoneAndNotDone;
import dev.futuresworkbook.wait.ReturnWhen;
import dev.futuresworkbook.wait.exercises.WaitFor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How quickly does {@code WaitFor.waitFor} notice? For 1,000 futures that complete at random moments within
 * 200 ms, it measures the time from the completion that should end the wait — the last one for
 * {@code ALL_COMPLETED}, the first one for {@code FIRST_COMPLETED} — to the moment {@code waitFor} returns,
 * over many runs, and prints the median, the 90th percentile and the worst.
 *
 * <p>Two kinds of futures: {@code CompletableFuture}s completed by hand, and the futures of tasks scheduled on a
 * {@code ScheduledExecutorService} (plain executor futures, with no callback to hook into). One scheduler thread
 * completes them all; it takes {@code System.nanoTime()} just before each completion.
 *
 * <p>Not a test (no {@code @Test}, and the name does not end in "Test"): run it by hand, against the reference
 * solution, from the repository root:
 * <pre>{@code
 * ./mvnw -q -pl module-02-wait -Psolutions,bench test-compile exec:exec@bench \
 *     -Dbench.main=dev.futuresworkbook.wait.bench.WaitLatencyHarness
 * }</pre>
 * (or against your own {@code waitFor}: the same without {@code -Psolutions}). Optional arguments: runs, futures.
 */
public final class WaitLatencyHarness {

    private static final int WARM_UP_RUNS = 10;
    private static final long SPREAD_MILLIS = 200;
    /** Completions start this late, so that the wait has begun: the first one must not beat the call. */
    private static final long FIRST_DELAY_MILLIS = 50;

    private WaitLatencyHarness() {}

    /** Completed futures and the moments the completing thread took just before completing them. */
    private record Batch(List<Future<Integer>> futures, AtomicLong first, AtomicLong last) {}

    private interface Kind {
        Batch start(ScheduledExecutorService scheduler, int count);
    }

    public static void main(String[] args) throws InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        System.out.printf("waitFor latency: %d futures completing at random moments within %d ms; %d runs after %d"
                + " warm-up runs; %d processors, Java %s%n", count, SPREAD_MILLIS, runs, WARM_UP_RUNS,
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.println("from the completion that ends the wait to waitFor's return, in microseconds:");
        System.out.printf("  %-20s %-16s %10s %10s %10s%n", "futures", "returnWhen", "median", "p90", "worst");
        try (ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor()) {
            for (ReturnWhen returnWhen : List.of(ReturnWhen.ALL_COMPLETED, ReturnWhen.FIRST_COMPLETED)) {
                measure("CompletableFuture", WaitLatencyHarness::completableFutures, returnWhen, scheduler, runs, count);
                measure("executor futures", WaitLatencyHarness::scheduledTasks, returnWhen, scheduler, runs, count);
            }
        } catch (UnsupportedOperationException notSolved) {
            System.out.println("waitFor is not solved yet: solve exercise 1, or run with -Psolutions for the reference.");
        }
    }

    private static void measure(String name, Kind kind, ReturnWhen returnWhen, ScheduledExecutorService scheduler,
            int runs, int count) throws InterruptedException {
        long[] micros = new long[runs];
        for (int run = -WARM_UP_RUNS; run < runs; run++) {
            Batch batch = kind.start(scheduler, count);
            DoneAndNotDone<Future<Integer>> result = WaitFor.waitFor(batch.futures(), null, returnWhen);
            long returned = System.nanoTime();
            long endingCompletion = returnWhen == ReturnWhen.ALL_COMPLETED ? batch.last().get() : batch.first().get();
            check(result, returnWhen, count);
            if (run >= 0) micros[run] = TimeUnit.NANOSECONDS.toMicros(returned - endingCompletion);
            WaitFor.waitFor(batch.futures(), null, ReturnWhen.ALL_COMPLETED); // let the run finish before the next
        }
        Arrays.sort(micros);
        System.out.printf("  %-20s %-16s %10d %10d %10d%n", name, returnWhen, micros[runs / 2],
                micros[(int) Math.ceil(runs * 0.9) - 1], micros[runs - 1]);
    }

    private static void check(DoneAndNotDone<Future<Integer>> result, ReturnWhen returnWhen, int count) {
        boolean ok = returnWhen == ReturnWhen.ALL_COMPLETED ? result.done().size() == count : !result.done().isEmpty();
        if (!ok) throw new IllegalStateException("waitFor returned too early: " + result.done().size() + " done");
    }

    private static Batch completableFutures(ScheduledExecutorService scheduler, int count) {
        var batch = new Batch(new ArrayList<>(count), new AtomicLong(Long.MAX_VALUE), new AtomicLong(Long.MIN_VALUE));
        for (int i = 0; i < count; i++) {
            var future = new CompletableFuture<Integer>();
            int value = i;
            batch.futures().add(future);
            Future<?> completion = scheduler.schedule(() -> {
                stamp(batch);
                future.complete(value);
            }, randomDelayMicros(), TimeUnit.MICROSECONDS);
            if (completion.isCancelled()) throw new IllegalStateException("the scheduler refused a completion");
        }
        return batch;
    }

    private static Batch scheduledTasks(ScheduledExecutorService scheduler, int count) {
        var batch = new Batch(new ArrayList<>(count), new AtomicLong(Long.MAX_VALUE), new AtomicLong(Long.MIN_VALUE));
        for (int i = 0; i < count; i++) {
            int value = i;
            batch.futures().add(scheduler.schedule(() -> {
                stamp(batch);
                return value; // the task's future completes right after this returns
            }, randomDelayMicros(), TimeUnit.MICROSECONDS));
        }
        return batch;
    }

    private static void stamp(Batch batch) {
        long now = System.nanoTime();
        batch.first().accumulateAndGet(now, Math::min);
        batch.last().accumulateAndGet(now, Math::max);
    }

    private static long randomDelayMicros() {
        return TimeUnit.MILLISECONDS.toMicros(FIRST_DELAY_MILLIS)
                + ThreadLocalRandom.current().nextLong(TimeUnit.MILLISECONDS.toMicros(SPREAD_MILLIS));
    }
}
