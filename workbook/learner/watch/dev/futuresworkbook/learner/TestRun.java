package dev.futuresworkbook.learner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of a lesson's exercise tests for {@link Watch}, in a JVM of their own (the test kit's
 * {@code ExerciseRunner --next}, started before the save, told the tests' folder when the run starts). The tests' output goes to the learner, except the failure reports, which this class
 * reads for a test that outlived its limit. The JVM is ended, with everything it started, when a test outlives
 * the per-test limit, when the whole run outlives {@link #limit}, or when a newer save cancels the run.
 * {@code onEnd} hears how the run ended: {@code "summary"}, {@code "stopped"} or {@code "cancelled"}.
 */
final class TestRun {

    private static final Pattern FAILED = Pattern.compile("✘ FAILED · 실패: (\\S+)(.*)");
    private static final Pattern TIMED_OUT = Pattern.compile("\\s+java\\.util\\.concurrent\\.TimeoutException: .*timed out.*");
    /** The last line of a progress summary. */
    static final Pattern SUMMARY_END = Pattern.compile("  (Only this one · |All solved|Every exercise that ran).*");

    private final Process child;
    private final long deadline;
    private final Duration perTest;
    private final String tag;
    private final PrintStream out;
    private final Consumer<String> onEnd;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean cancelled;
    private volatile String stopped;

    /** Starts the run in {@code child}, a JVM that waits for its tests' folder on standard input. */
    TestRun(Process child, String tests, Duration perTest, String tag, PrintStream out, Consumer<String> onEnd) throws IOException {
        child.getOutputStream().write((tests + (tag.isEmpty() ? "" : "\t" + tag) + "\n").getBytes(StandardCharsets.UTF_8));
        child.getOutputStream().flush();
        this.child = child;
        this.deadline = System.nanoTime() + limit(perTest).toNanos();
        this.perTest = perTest;
        this.tag = tag;
        this.out = out;
        this.onEnd = onEnd;
        Thread pump = new Thread(this::pump, "watch-run");
        pump.setDaemon(true);
        pump.start();
    }

    /** A run outliving this was not stopped by a test's own limit: twice that limit, plus time for a slow start. */
    static Duration limit(Duration perTest) {
        return perTest.multipliedBy(2).plusSeconds(10);
    }

    boolean done() {
        return finished.getCount() == 0;
    }

    boolean cancelled() {
        return cancelled;
    }

    void stopIfOverdue() {
        if (!done() && System.nanoTime() - deadline >= 0) stop(limit(perTest), null);
    }

    /** Ends the run for a newer save, and waits briefly for its last lines, so they come before the next header. */
    void cancel() {
        cancelled = true;
        destroy();
        try {
            finished.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pump() {
        boolean summary = false, report = false, frames = false;
        String failing = null;
        try (var in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                Matcher failed = FAILED.matcher(line);
                if (failed.matches()) { // a failure report: header, exception (any lines), stack frames
                    failing = failed.group(1) + failed.group(2);
                    report = true;
                    frames = false;
                    continue;
                }
                if (report && line.startsWith("      at ")) {
                    frames = true;
                    continue;
                }
                if (report && !frames && !line.startsWith("─── Progress")) {
                    if (TIMED_OUT.matcher(line).matches()) stop(perTest, failing);
                    continue;
                }
                report = false;
                if (!cancelled && stopped == null) out.println(line);
                summary |= SUMMARY_END.matcher(line).matches();
            }
        } catch (IOException closed) {
            // the tests' JVM was ended while its output was read: the output is over
        }
        try {
            int status = child.waitFor();
            if (!cancelled && stopped != null) {
                out.println(stopped);
            } else if (!cancelled && !summary) {
                out.printf("✘ The tests ended without a summary (exit status %d): System.exit or a crash? · "
                        + "요약 없이 테스트가 끝났습니다(종료 상태 %d). System.exit나 비정상 종료인가요?%n", status, status);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            out.flush();
            finished.countDown();
            onEnd.accept(cancelled ? "cancelled" : stopped != null ? "stopped" : "summary");
        }
    }

    /** Ends the tests' JVM: a test outlived its limit (named by the report), or the whole run did. */
    private synchronized void stop(Duration limit, String test) {
        if (stopped != null || cancelled) return;
        Matcher number = Pattern.compile("Exercise(\\d+)").matcher(test == null ? tag : test);
        String which = number.find() ? number.group(1) : tag.matches("exercise-\\d+") ? tag.replace("exercise-", "") : "";
        String en = which.isEmpty() ? "the exercise tests" : "exercise " + which;
        String ko = which.isEmpty() ? "연습 테스트가" : "연습 " + which + "이이가이가가이이이가".charAt(which.charAt(which.length() - 1) - '0');
        stopped = String.format("✘ %s did not finish within %d s · %s %d초 안에 끝나지 않았습니다%s%n"
                + "  An endless loop, or a wait that nothing ends? The run was stopped; save to run again.%n"
                + "  끝나지 않는 반복문이나, 아무것도 끝내 주지 않는 대기가 있나요? 실행을 멈췄습니다. 저장하면 다시 실행합니다.",
                en, limit.toSeconds(), ko, limit.toSeconds(), test == null ? "" : "\n  " + test);
        destroy();
    }

    private void destroy() {
        child.descendants().forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly();
    }
}
