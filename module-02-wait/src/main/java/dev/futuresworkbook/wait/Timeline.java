package dev.futuresworkbook.wait;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Records when tasks start and end, and draws them as a line of text each, against a timeout:
 * <pre>
 *                         0 s                 1 s
 *                         +-------------------|---------
 *   sum(1..1000000)       =                               finished at 0.02 s
 *   sum(1..100000000000)  =====================x          stopped at 1.01 s
 * </pre>
 */
final class Timeline {

    private static final long COLUMN_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final int COLUMNS = 30; // 1.5 s

    private final long origin = System.nanoTime();
    private final List<Span> spans = new CopyOnWriteArrayList<>();

    /** One task: when it started and ended (nanoseconds since the timeline began, -1 if not yet) and how. */
    private static final class Span {
        final String label;
        volatile long start = -1;
        volatile long end = -1;
        volatile String outcome = "never started";

        Span(String label) {
            this.label = label;
        }
    }

    /** Wraps {@code task} so that its start and end are recorded under {@code label}, in the order of the calls. */
    <T> Callable<T> track(String label, Callable<T> task) {
        var span = new Span(label);
        spans.add(span);
        return () -> {
            span.start = System.nanoTime() - origin;
            span.outcome = "running";
            try {
                T result = task.call();
                span.outcome = "finished";
                return result;
            } catch (InterruptedException e) {
                span.outcome = "stopped";
                throw e;
            } catch (Exception e) {
                span.outcome = "failed";
                throw e;
            } finally {
                span.end = System.nanoTime() - origin;
            }
        };
    }

    /** How many tracked tasks have started and not ended. */
    long running() {
        return spans.stream().filter(span -> span.start >= 0 && span.end < 0).count();
    }

    /** Prints one line per task, with a ruler that marks {@code timeout}. Call it once the tasks have ended. */
    void print(PrintStream out, Duration timeout) {
        int width = spans.stream().mapToInt(span -> span.label.length()).max().orElse(0) + 2;
        int timeoutColumn = (int) (timeout.toNanos() / COLUMN_NANOS);
        out.printf("Timeline: one character = %d ms, '|' = the timeout, '=' = running, 'x' = stopped by cancel(true)%n",
                TimeUnit.NANOSECONDS.toMillis(COLUMN_NANOS));
        out.printf("  %-" + width + "s%-" + timeoutColumn + "s%s%n", "", "0 s", seconds(timeout.toNanos()) + " s");
        out.printf("  %-" + width + "s+%s|%s%n", "", "-".repeat(timeoutColumn - 1), "-".repeat(COLUMNS - timeoutColumn - 1));
        for (Span span : spans) {
            var bar = new StringBuilder(" ".repeat(COLUMNS));
            if (span.start >= 0 && span.end >= 0) {
                int first = (int) Math.min(span.start / COLUMN_NANOS, COLUMNS - 1);
                int last = (int) Math.min(span.end / COLUMN_NANOS, COLUMNS - 1);
                for (int c = first; c <= last; c++) bar.setCharAt(c, '=');
                if (span.outcome.equals("stopped")) bar.setCharAt(last, 'x');
                if (span.end / COLUMN_NANOS >= COLUMNS) bar.setCharAt(COLUMNS - 1, '>');
            }
            String when = span.end >= 0 ? " at " + seconds(span.end) + " s" : "";
            out.printf("  %-" + width + "s%s  %s%s%n", span.label, bar, span.outcome, when);
        }
    }

    private static String seconds(long nanos) {
        return String.format("%.2f", nanos / 1e9);
    }
}
