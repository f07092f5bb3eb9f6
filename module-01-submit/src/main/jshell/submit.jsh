// Lesson 1 · submit() in jshell, one step at a time.
// Run it from the repository root:   ./mvnw -q -pl module-01-submit -Pjshell
// (or with any jshell of JDK 21 or newer:   jshell module-01-submit/src/main/jshell/submit.jsh)
// It leaves you at the jshell> prompt, with everything below defined, to keep exploring.
// 레슨 1 · jshell로 submit()을 한 단계씩 살펴봅니다. JDK 21 이상의 jshell로 실행하세요.

import java.util.concurrent.*

// 1. The original notes' sum_generator: adds 1..n one number at a time (real CPU work).
long sumGenerator(long n) { long sum = 0; for (long i = 1; i <= n; i++) sum += i; return sum; }

// 2. A pool, and a task handed to it. submit() returns a Future at once.
ExecutorService executor = Executors.newFixedThreadPool(2)
CountDownLatch gate = new CountDownLatch(1)
Future<Long> future = executor.submit(() -> { gate.await(); return sumGenerator(10_000_000); })

// 3. The task is held at the gate: the future is not done, its state is RUNNING.
System.out.println("before the gate opens: isDone=" + future.isDone() + ", state=" + future.state())

// 4. Let it go, and wait for its result with get(): get() blocks until the task is done.
gate.countDown()
long result = future.get()
System.out.println("after get(): state=" + future.state() + ", result=" + result + ", resultNow=" + future.resultNow())

// 5. A task that throws: the exception waits inside the future until you ask for the result.
Future<Integer> failing = executor.submit(() -> 100 / 0)
try { failing.get(); } catch (ExecutionException e) { System.out.println("get() threw ExecutionException, cause: " + e.getCause()); }
System.out.println("state=" + failing.state() + ", exceptionNow=" + failing.exceptionNow())

// 6. Done with the pool: close() = shutdown() and wait for running tasks. Always close what you create.
executor.close()
System.out.println("pool terminated: " + executor.isTerminated())
