/**
 * How long lesson 2's large sums run before they outgrow a long (WaitLesson.interruptibleSum, one at a time).
 * See docs/performance.md, "Per lesson". Run with a JDK 21+ java:   java docs/perf/OverflowTiming.java
 */
public class OverflowTiming {
    static long interruptibleSum(long n) throws InterruptedException {
        long sum = 0;
        for (long i = 1; i <= n; i++) {
            if (Thread.interrupted()) throw new InterruptedException("stopped after adding " + (i - 1) + " numbers");
            sum = Math.addExact(sum, i);
        }
        return sum;
    }
    public static void main(String[] a) throws Exception {
        for (long n : new long[] {100_000_000_000L, 1_000_000_000_000L, 100_000_000_000L}) {
            long t = System.nanoTime();
            try { interruptibleSum(n); } catch (ArithmeticException e) {
                System.out.printf("sum(1..%d): %s after %.2f s%n", n, e, (System.nanoTime() - t) / 1e9);
            }
        }
    }
}
