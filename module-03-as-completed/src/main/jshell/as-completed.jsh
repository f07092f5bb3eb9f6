// Lesson 3 · as_completed() in jshell, one step at a time.
// Run it from the repository root:   ./mvnw -q -pl module-03-as-completed -Pjshell
// (or with any jshell of JDK 21 or newer:   jshell module-03-as-completed/src/main/jshell/as-completed.jsh)
// It leaves you at the jshell> prompt, with everything below defined, to keep exploring.
// 레슨 3 · jshell로 끝나는 순서대로 결과 받기(as_completed)를 한 단계씩 살펴봅니다. 저장소 루트에서 실행: ./mvnw -q -pl module-03-as-completed -Pjshell

import java.util.*
import java.util.concurrent.*

// 1. The original notes' sum_generator, made interruptible: every 65,536 numbers it checks whether cancel(true) interrupted it.
long interruptibleSum(long n) { long sum = 0; for (long i = 1; i <= n; i++) { if ((i & 0xFFFF) == 0 && Thread.currentThread().isInterrupted()) throw new CancellationException("stopped at " + i); sum += i; } return sum; }
List<Long> WORK_LIST = List.of(100L, 10_000L, 1_000_000_000L, 10_000L, 10L)
ExecutorService executor = Executors.newFixedThreadPool(WORK_LIST.size())
long start = System.nanoTime()
String elapsed() { return String.format("%.3fs", (System.nanoTime() - start) / 1e9); }

// 2. Submission order: get() on each future in turn. The 3rd is the big one: the 4th and 5th wait behind it.
//    (Each step is one { block }, so that jshell compiles it before the clock starts.)
List<Future<Long>> futures = new ArrayList<>()
{
    start = System.nanoTime();
    for (long work : WORK_LIST) futures.add(executor.submit(() -> interruptibleSum(work)));
    for (Future<Long> f : futures) {
        long result = f.get(); // first wait, then read the clock
        System.out.println("submission order " + elapsed() + "  " + result);
    }
}

// 3. Completion order, the JDK's way for plain futures: an ExecutorCompletionService hands over whichever is done next.
CompletionService<Long> completions = new ExecutorCompletionService<>(executor)
{
    start = System.nanoTime();
    for (long work : WORK_LIST) completions.submit(() -> interruptibleSum(work));
    for (int i = 0; i < WORK_LIST.size(); i++) {
        long result = completions.take().get(); // take(): the next future to finish, already done
        System.out.println("completion order " + elapsed() + "  " + result);
    }
}

// 4. Completion order with CompletableFuture callbacks: thenAccept runs the moment each future completes.
List<CompletableFuture<Void>> printed = new ArrayList<>()
{
    start = System.nanoTime();
    for (long work : WORK_LIST) {
        CompletableFuture<Long> future = CompletableFuture.supplyAsync(() -> interruptibleSum(work), executor);
        printed.add(future.thenAccept(r -> System.out.println("callback " + elapsed() + "  " + r)));
    }
    CompletableFuture.allOf(printed.toArray(CompletableFuture<?>[]::new)).join();
}

// 5. The original notes' as_completed(timeout=0.1), while the pool still runs: ONE deadline; poll() returns null when it passes.
List<Future<Long>> unfinished = new ArrayList<>()
{
    start = System.nanoTime();
    for (long work : WORK_LIST) unfinished.add(completions.submit(() -> interruptibleSum(work)));
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
    Future<Long> done;
    while ((done = completions.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null) {
        unfinished.remove(done);
        long result = done.get();
        System.out.println("within the deadline " + elapsed() + "  " + result);
    }
    System.out.println(elapsed() + "  timeout: " + unfinished.size() + " (of " + WORK_LIST.size() + ") futures unfinished");
}

// 6. Recover: cancel(true) what is left. The sum checks for interruption, so it really stops, and close() returns at once.
{
    long cancelled = System.nanoTime();
    unfinished.forEach(f -> f.cancel(true));
    executor.close();
    System.out.printf("pool closed %.3fs after the cancel: %s; the big sum: %s%n",
            (System.nanoTime() - cancelled) / 1e9, executor.isTerminated(), unfinished.get(0).state());
}
