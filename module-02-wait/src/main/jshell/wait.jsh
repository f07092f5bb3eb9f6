// Lesson 2 · wait for many futures with one timeout, in jshell, one step at a time.
// Run it from the repository root:   ./mvnw -q -pl module-02-wait -Pjshell
// (or with any jshell of JDK 21 or newer:   jshell module-02-wait/src/main/jshell/wait.jsh)
// It leaves you at the jshell> prompt, with everything below defined, to keep exploring.
// 레슨 2 · 퓨처 여러 개를 타임아웃 하나로 기다리기. JDK 21 이상의 jshell로 한 단계씩 살펴봅니다.

import java.time.Duration
import java.util.*
import java.util.concurrent.*
import java.util.stream.Collectors

// 1. The original notes' sum_generator, written so that cancel(true) can stop it: it checks for an interrupt before each addition.
long interruptibleSum(long n) throws InterruptedException {
    long sum = 0;
    for (long i = 1; i <= n; i++) {
        if (Thread.interrupted()) throw new InterruptedException("stopped after " + (i - 1) + " numbers");
        sum = Math.addExact(sum, i);
    }
    return sum;
}

// 2. Three sums on a pool: two that take milliseconds, one that would run for seconds (then overflow a long).
ExecutorService executor = Executors.newFixedThreadPool(3)
List<Future<Long>> futures = List.of(executor.submit(() -> interruptibleSum(100_000)), executor.submit(() -> interruptibleSum(1_000_000)), executor.submit(() -> interruptibleSum(1_000_000_000_000L)))

// 3. Wait at most `timeout` for all of them: one deadline, and get() with the time left on each in turn.
//    Python's wait(fs, timeout) returns (done, not_done): here, split by isDone(). A cancelled or failed future is done.
Map<Boolean, List<Future<Long>>> waitAll(List<Future<Long>> futures, Duration timeout) throws InterruptedException {
    long start = System.nanoTime();
    for (Future<Long> f : futures) {
        long left = timeout.toNanos() - (System.nanoTime() - start);
        if (left <= 0) break;
        try { f.get(left, TimeUnit.NANOSECONDS); } catch (TimeoutException e) { break; } catch (ExecutionException | CancellationException e) { /* done all the same */ }
    }
    System.out.printf("waitAll returned after %.2f s%n", (System.nanoTime() - start) / 1e9);
    return futures.stream().collect(Collectors.partitioningBy(Future::isDone));
}

// 4. Wait at most 0.5 s, while the pool is still open.
Map<Boolean, List<Future<Long>>> byDone = waitAll(futures, Duration.ofMillis(500))
System.out.println("done: " + byDone.get(true).size() + ", not done: " + byDone.get(false).size())
futures.forEach(f -> System.out.println("  " + f.state()))

// 5. The timeout threw nothing and cancelled nothing: the long sum is still running. Cancel it, or close() waits for it.
byDone.get(false).forEach(f -> f.cancel(true))
futures.forEach(f -> System.out.println("  after cancel(true): " + f.state()))

// 6. invokeAll with a timeout does steps 3 to 5 for you: every future it returns is done, the late ones cancelled.
List<Callable<Long>> tasks = List.of(() -> interruptibleSum(100_000), () -> interruptibleSum(1_000_000_000_000L))
List<Future<Long>> invoked = executor.invokeAll(tasks, 500, TimeUnit.MILLISECONDS)
invoked.forEach(f -> System.out.println("invokeAll: " + f.state()))

// 7. Done with the pool. close() = shutdown() + wait for every task: that is why a wait AFTER
//    try (var pool = ...) { ... } never times out (the original notes' pitfall). Everything has stopped here, so it returns at once.
executor.close()
System.out.println("pool terminated: " + executor.isTerminated())
