package dev.futuresworkbook.ascompleted;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One run of the work list, as the lesson shows it: it runs the tasks (noting when each started and
 * finished), prints a progress line each time the consumer takes a result, and draws a text timeline.
 *
 * <pre>
 *   0.001s  [##---] 2/5  sum(1..100) = 5050          a progress line, printed as the result is taken
 *   |===========.....*                 |  sum(..)   '=' running, '.' done but not taken yet, '*' taken
 * </pre>
 *
 * Safe to use from many threads: tasks report from pool threads, consumers from theirs.
 */
final class Timeline {

    private static final int WIDTH = 40;
    private static final long NEVER = -1;

    private final List<Long> work;
    private final long start = System.nanoTime();
    private final AtomicLongArray started;
    private final AtomicLongArray finished;
    private final AtomicLongArray taken;
    private final AtomicLongArray cancelled;
    private int takenSoFar; // guarded by this

    Timeline(List<Long> work) {
        this.work = work;
        started = never(work.size());
        finished = never(work.size());
        taken = never(work.size());
        cancelled = never(work.size());
    }

    private static AtomicLongArray never(int size) {
        var times = new AtomicLongArray(size);
        for (int i = 0; i < size; i++) times.set(i, NEVER);
        return times;
    }

    /** Nanoseconds since this run started. */
    long now() {
        return System.nanoTime() - start;
    }

    /** Runs task {@code task}: {@code interruptibleSum(work.get(task))}, noting when it starts and ends. */
    long sum(int task) {
        started.set(task, now());
        try {
            return AsCompletedLesson.interruptibleSum(work.get(task));
        } finally {
            finished.set(task, now());
        }
    }

    /** The consumer has taken the result of {@code task}: prints a progress line. */
    synchronized void taken(int task, long result) {
        taken.set(task, now());
        takenSoFar++;
        System.out.printf("  %.3fs  %s %d/%d  sum(1..%d) = %d%n",
                seconds(taken.get(task)), bar(takenSoFar, work.size()), takenSoFar, work.size(), work.get(task), result);
    }

    /** The consumer gave up on {@code task} and cancelled it. */
    void cancelled(int task) {
        cancelled.set(task, now());
    }

    /** When the last task was cancelled, in nanoseconds since this run started (0 if none was). */
    long lastCancelled() {
        long last = 0;
        for (int i = 0; i < work.size(); i++) last = Math.max(last, cancelled.get(i));
        return last;
    }

    /** {@code [###--]}: how many of how many results were taken. */
    static String bar(int done, int total) {
        return "[" + "#".repeat(done) + "-".repeat(total - done) + "]";
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Seconds until every task whose work is below {@code limit} had its result taken. */
    double allTakenBelow(long limit) {
        long last = 0;
        for (int i = 0; i < work.size(); i++) {
            if (work.get(i) < limit) last = Math.max(last, taken.get(i));
        }
        return seconds(last);
    }

    /** Seconds until the first result was taken. */
    double firstTaken() {
        long first = Long.MAX_VALUE;
        for (int i = 0; i < work.size(); i++) {
            if (taken.get(i) != NEVER) first = Math.min(first, taken.get(i));
        }
        return seconds(first);
    }

    /** Seconds until the last result was taken. */
    double lastTaken() {
        long last = 0;
        for (int i = 0; i < work.size(); i++) last = Math.max(last, taken.get(i));
        return seconds(last);
    }

    /**
     * Prints one row per task: {@code '='} while it ran, {@code '.'} while its result waited to be taken,
     * {@code '*'} when the consumer took it, {@code 'x'} where a cancelled task stopped; {@code '!'} marks
     * the deadline, if there is one.
     */
    void print(String title, Duration deadline) {
        long end = 1;
        for (int i = 0; i < work.size(); i++) end = Math.max(end, Math.max(finished.get(i), taken.get(i)));
        double perColumn = (double) end / (WIDTH - 1);
        System.out.printf("  %s (one column = %.0f ms):%n", title, perColumn / 1e6);
        for (int i = 0; i < work.size(); i++) {
            char[] row = " ".repeat(WIDTH).toCharArray();
            int from = column(started.get(i), perColumn);
            int to = column(finished.get(i), perColumn);
            int seen = column(taken.get(i), perColumn);
            for (int c = from; c <= to && c >= 0; c++) row[c] = '=';
            for (int c = to + 1; c < seen && to >= 0; c++) row[c] = '.';
            if (deadline != null) {
                int d = column(deadline.toNanos(), perColumn);
                if (row[d] == ' ') row[d] = '!';
            }
            if (seen >= 0) row[seen] = '*';
            if (cancelled.get(i) != NEVER && to >= 0) row[to] = 'x';
            System.out.printf("    |%s|  sum(1..%d)%n", new String(row), work.get(i));
        }
    }

    private static int column(long nanos, double perColumn) {
        return nanos == NEVER ? -1 : (int) Math.min(WIDTH - 1, Math.round(nanos / perColumn));
    }
}
