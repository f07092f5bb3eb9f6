package dev.futuresworkbook.maintainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.support.Watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives watch mode ({@link Watch}) as a learner does: starts it on a copy of this module's stubs, saves the
 * reference solutions over them, breaks a file, and fixes it again, and after each save waits for the new
 * verdict. A maintainer check: it runs in {@code -Psolutions}, never in learner mode.
 *
 * <p>Deterministic: every step waits for the watcher's own report of the run (with a generous deadline),
 * never for a fixed time. Only exercise 1's tests run, to keep it short.
 */
@DisplayName("Watch mode · 감시 모드: a save gives a new verdict")
class WatchTest {

    /** Generous: on a loaded 2-core machine the first in-process compile alone can take several seconds. */
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    private static final String PROGRESS_DIR = "workbook.progress.dir";
    private static final Pattern VERDICT = Pattern.compile("통과 \\d+개, 실패 \\d+개");
    private static final Pattern RUN = Pattern.compile("─── [0-9:]+ · run \\d+");

    /** What the watcher reported after a run, with everything it had printed by then. */
    private record Report(Watch.Outcome outcome, String printed) {}

    @TempDir
    Path temp;

    /**
     * The exercise tests this test runs may start the JDK's virtual-thread scheduler (lesson 2's do), whose
     * carrier and timer threads live as long as the JVM. They are started here, before the thread-leak guard
     * takes its snapshot, so that this test is not blamed for them: as many carriers as the scheduler may use,
     * kept busy at once, and one timed park for the timer threads.
     */
    @BeforeAll
    static void startTheVirtualThreadScheduler() throws InterruptedException {
        int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism",
                Runtime.getRuntime().availableProcessors());
        var allRunning = new CountDownLatch(carriers);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < carriers; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                allRunning.countDown();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                while (allRunning.getCount() > 0 && System.nanoTime() < deadline) {
                    Thread.onSpinWait(); // hold this carrier, so that the scheduler starts another one
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }));
        }
        for (Thread thread : threads) thread.join();
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aSaveRecompilesAndRerunsTheExerciseTests() throws IOException, InterruptedException {
        Path moduleDir = Path.of("").toAbsolutePath();
        Watch.Layout real = Watch.Layout.of(moduleDir, supportDir(moduleDir));
        Path sources = temp.resolve("src").resolve("main").resolve("java");
        copyTree(real.mainSources(), sources);
        Path solutions = moduleDir.resolve("src").resolve("solutions").resolve("java");
        var layout = new Watch.Layout(real.module(), sources, real.testSources(), real.testResources(),
                temp.resolve("target"), temp);

        var printed = new ByteArrayOutputStream();
        var out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        BlockingQueue<Report> reports = new LinkedBlockingQueue<>();
        BlockingQueue<Throwable> failures = new LinkedBlockingQueue<>();
        var watch = new Watch(layout, out, outcome -> reports.add(new Report(outcome, text(printed))), List.of("exercise-1"));
        Thread watching = new Thread(() -> {
            try {
                watch.run();
            } catch (IOException | RuntimeException e) {
                failures.add(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "watch-test");
        // The runs inside this test write their progress record into the temporary folder, not the module's.
        String progressDir = System.getProperty(PROGRESS_DIR);
        System.setProperty(PROGRESS_DIR, temp.resolve("target").toString());
        watching.start();
        try {
            // 1. At start: the untouched stubs compile and exercise 1 is not solved.
            Report start = await(reports, failures, r -> true);
            assertThat(start.printed()).contains("Watch mode · 감시 모드", "Ctrl-C");
            assertThat(start.outcome().compiled()).as(start.printed()).isTrue();
            assertThat(start.outcome().solved()).as(start.printed()).containsEntry(1, false);
            assertSummaryLast(start);

            // 2. Save the reference solutions over the stubs: exercise 1 becomes solved.
            List<Path> solved = copyTree(solutions, sources);
            Report green = await(reports, failures,
                    r -> r.outcome().compiled() && Boolean.TRUE.equals(r.outcome().solved().get(1)));
            assertThat(green.outcome().failed()).as(green.printed()).isZero();
            assertSummaryLast(green);

            // 3. Break one file: the compiler's message names the file and the line; the watcher keeps going.
            Path broken = solved.get(0);
            String good = Files.readString(broken, StandardCharsets.UTF_8);
            String bad = good + "\nthis is not Java\n";
            long line = bad.substring(0, bad.indexOf("this is not Java")).lines().count() + 1;
            save(broken, bad);
            Report error = await(reports, failures, r -> !r.outcome().compiled());
            assertThat(error.outcome().errors()).contains(broken.getFileName() + ":" + line + ": error:");
            assertThat(error.printed()).endsWith(error.outcome().errors() + lastLine(error.printed()));
            assertThat(watching.isAlive()).isTrue();

            // 4. Fix it: green again.
            save(broken, good);
            Report fixed = await(reports, failures,
                    r -> r.outcome().compiled() && Boolean.TRUE.equals(r.outcome().solved().get(1)));
            assertSummaryLast(fixed);
        } finally {
            watch.stop();
            watching.join(DEADLINE);
            if (progressDir == null) System.clearProperty(PROGRESS_DIR);
            else System.setProperty(PROGRESS_DIR, progressDir);
        }
        assertThat(watching.isAlive()).as("the watcher ends when stopped").isFalse();
        assertThat(failures).isEmpty();
    }

    /** The run printed one verdict, then the progress summary exactly once, and nothing after it. */
    private static void assertSummaryLast(Report report) {
        String run = lastRun(report.printed());
        Matcher summary = Pattern.compile("진행 상황").matcher(run);
        assertThat(summary.results().count()).as("progress summaries in this run:%n%s", run).isEqualTo(1);
        Matcher verdict = VERDICT.matcher(run);
        assertThat(verdict.find()).as("the verdict in%n%s", run).isTrue();
        assertThat(run.indexOf("진행 상황")).as("the summary comes after the verdict:%n%s", run).isGreaterThan(verdict.start());
        String after = run.substring(run.indexOf("진행 상황"));
        assertThat(VERDICT.matcher(after).find() || RUN.matcher(after).find())
                .as("nothing of the watcher's after the summary:%n%s", after).isFalse();
    }

    private static String lastLine(String printed) {
        String trimmed = printed.stripTrailing();
        return printed.substring(trimmed.lastIndexOf('\n') + 1);
    }

    /** The text printed since the last run's header ("─── 12:00:00 · run 3 · 실행 3 ───"). */
    private static String lastRun(String printed) {
        Matcher header = RUN.matcher(printed);
        int start = 0;
        while (header.find()) start = header.start();
        return printed.substring(start);
    }

    private static Report await(BlockingQueue<Report> reports, BlockingQueue<Throwable> failures,
            Predicate<Report> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        Report last = null;
        while (System.nanoTime() < deadline) {
            assertThat(failures).as("the watcher failed").isEmpty();
            Report report = reports.poll(200, TimeUnit.MILLISECONDS);
            if (report == null) continue;
            if (wanted.test(report)) return report;
            last = report;
        }
        throw new AssertionError("no such run within " + DEADLINE + "; the last one printed:\n"
                + (last == null ? "(no run at all)" : last.printed()));
    }

    private static String text(ByteArrayOutputStream printed) {
        synchronized (printed) {
            return printed.toString(StandardCharsets.UTF_8);
        }
    }

    /** Saves as editors do: write a temporary file, then rename it over the old one. */
    private static void save(Path file, String content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".saving");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Copies the files under {@code from} into {@code to}, each saved as an editor does; returns the copies. */
    private static List<Path> copyTree(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file));
            Files.createDirectories(target.getParent());
            save(target, Files.readString(file, StandardCharsets.UTF_8));
        }
        return files.stream().map(file -> to.resolve(from.relativize(file))).toList();
    }

    /** The workbook's {@code .mvn/workbook}, found upwards from the module (a hand-out has it too). */
    private static Path supportDir(Path moduleDir) {
        for (Path dir = moduleDir; dir != null; dir = dir.getParent()) {
            Path support = dir.resolve(".mvn").resolve("workbook");
            if (Files.isDirectory(support.resolve("test").resolve("java"))) return support;
        }
        throw new IllegalStateException("no .mvn/workbook above " + moduleDir);
    }
}
