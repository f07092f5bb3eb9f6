/**
 * How long a one-by-one loop to 2^32 - 1 takes: why lesson 1's exercise 1 asks for ten calls within one second
 * (see docs/performance.md, "Per lesson"). Run with a JDK 21+ java:   java docs/perf/LoopTiming.java
 */
public class LoopTiming {
    static long plain(long n) { long sum = 0; for (long i = 1; i <= n; i++) sum += i; return sum; }
    static long exact(long n) { long sum = 0; for (long i = 1; i <= n; i++) sum = Math.addExact(sum, i); return sum; }

    public static void main(String[] args) {
        long n = (1L << 32) - 1;
        for (int run = 1; run <= 3; run++) {
            long t = System.nanoTime();
            long a = plain(n);
            double plainSeconds = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            long b = exact(n);
            double exactSeconds = (System.nanoTime() - t) / 1e9;
            System.out.printf("run %d: loop to 2^32-1 %.2f s, with Math.addExact %.2f s (sums equal: %b)%n",
                    run, plainSeconds, exactSeconds, a == b);
        }
    }
}
