// Lesson 4 · get(timeout) and cancel(true) in jshell, one step at a time.
// Run it from the repository root:   ./mvnw -q -pl module-04-result-timeout -Pjshell
// (or with any jshell of JDK 21 or newer:   jshell module-04-result-timeout/src/main/jshell/result-timeout.jsh)
// It leaves you at the jshell> prompt, with everything below defined, to keep exploring.
// 레슨 4 · jshell로 get(timeout)과 cancel(true)를 한 단계씩 살펴봅니다. 저장소 루트에서 실행: ./mvnw -q -pl module-04-result-timeout -Pjshell

import java.util.*
import java.util.concurrent.*
import java.util.concurrent.atomic.*

// 1. A sum that looks at its thread's interrupt status at every step (interruptible), and one that never does.
long interruptibleSum(long n) throws InterruptedException { long sum = 0; for (long i = 1; i <= n; i++) { if (Thread.currentThread().isInterrupted()) throw new InterruptedException("stopped after " + (i - 1) + " numbers"); sum += i; } return sum; }
long deafSum(long n, AtomicBoolean keepGoing) { long sum = 0; for (long i = 1; i <= n && keepGoing.get(); i++) sum += i; return sum; }

ExecutorService executor = Executors.newFixedThreadPool(2)

// 2. get(timeout) gives up WAITING after 100 ms. The task is not touched: it is still RUNNING.
Future<Long> big = executor.submit(() -> interruptibleSum(4_000_000_000L))
try { big.get(100, TimeUnit.MILLISECONDS); } catch (TimeoutException e) { System.out.println("get(100 ms): TimeoutException, state=" + big.state()); }

// 3. cancel(true) interrupts the task. The future is CANCELLED at once, and this loop stops, because it checks.
System.out.println("cancel(true) -> " + big.cancel(true) + ", state=" + big.state() + ", isDone=" + big.isDone())
try { big.get(); } catch (CancellationException e) { System.out.println("get() on a cancelled future: CancellationException"); }

// 4. The same with a loop that never looks at the interrupt: CANCELLED, yet still running on its thread.
AtomicBoolean keepGoing = new AtomicBoolean(true)
CountDownLatch deafEnded = new CountDownLatch(1)
Future<Long> deaf = executor.submit(() -> { try { return deafSum(4_000_000_000L, keepGoing); } finally { deafEnded.countDown(); } })
System.out.println("cancel(true) -> " + deaf.cancel(true) + ", state=" + deaf.state())
System.out.println("ended within 300 ms after cancel? " + deafEnded.await(300, TimeUnit.MILLISECONDS))
keepGoing.set(false)
System.out.println("ended after our own flag? " + deafEnded.await(5, TimeUnit.SECONDS))

// 5. One deadline for several gets: fix it once, pass what is left to each get.
List<Future<Long>> sums = new ArrayList<>()
for (long n : List.of(1_000L, 1_000_000L, 4_000_000_000L)) sums.add(executor.submit(() -> interruptibleSum(n)));
long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200)
for (Future<Long> f : sums) { try { System.out.println("in time: " + f.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)); } catch (TimeoutException e) { System.out.println("late, cancel(true) -> " + f.cancel(true)); } }

// 6. The original notes' pitfall: a timed call AFTER the try block never times out, because close() already waited.
List<Future<Long>> afterTheBlock = new ArrayList<>()
try (ExecutorService pool = Executors.newFixedThreadPool(5)) { for (long n : List.of(100L, 10_000L, 300_000_000L, 10_000L, 10L)) afterTheBlock.add(pool.submit(() -> interruptibleSum(n))); }
int timeouts = 0
for (Future<Long> f : afterTheBlock) { try { f.get(10, TimeUnit.MILLISECONDS); } catch (TimeoutException e) { timeouts++; } }
System.out.println("after the block: " + afterTheBlock.stream().filter(Future::isDone).count() + " of 5 done, " + timeouts + " timeouts")

// 7. Done: close the pool. Every task above has ended, so close() returns at once.
executor.close()
System.out.println("pool terminated: " + executor.isTerminated())
