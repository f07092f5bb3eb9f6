package dev.futuresworkbook.maintainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.learner.Trees;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives watch mode ({@code workbook/learner/watch/.../Watch.java}) as a learner does, as a program of its own
 * on a copy of lesson 1 (exercise 1 only): an endless loop is stopped and named, a fix saved during a run
 * wins, the watch JVM is left with no test thread, an edited test file is recompiled, a deleted exercise file
 * is named. Issue 20, items 7 to 9.
 *
 * <p>Deterministic: every step waits for a line that watch mode prints (with a generous deadline), never for a
 * fixed time. The per-test limit is set to 3 s here (the build's is 20 s) so that the loop is stopped quickly.
 */
@DisplayName("Watch mode · 감시 모드: a save gives a new verdict, an endless loop does not poison the session")
class WatchTest {

    private static final Duration DEADLINE = Duration.ofMinutes(2);
    private static final String SUMMARY_END = "  Only this one · ";
    private static final String ALL_PASS = "Every exercise that ran passes";
    private static final String NOT_RERUN = "not rerun: nothing it uses changed";

    @TempDir
    Path temp;

    private Process watch;
    private final List<String> lines = new ArrayList<>();

    @AfterEach
    void stopWatching() throws InterruptedException {
        if (watch == null) return;
        List<ProcessHandle> started = watch.descendants().toList();
        watch.destroy(); // as Ctrl-C: the shutdown hook ends the run in progress
        assertThat(watch.waitFor(30, TimeUnit.SECONDS)).as("watch mode ends").isTrue();
        for (ProcessHandle child : started) child.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        assertThat(started).as("processes watch mode started, after it ended").noneMatch(ProcessHandle::isAlive);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void endlessLoopFixTestEditAndMissingFile() throws IOException, InterruptedException {
        Path lesson = lessonCopy();
        Path stubs = Path.of("src/main/java/dev/futuresworkbook/submit/exercises");
        Path stubFile = lesson.resolve(stubs).resolve("SumUpTo.java");
        String stub = Files.readString(stubFile);
        String solution = Files.readString(Lessons.ROOT.resolve("module-01-submit/src/solutions/java/dev/futuresworkbook/submit/exercises/SumUpTo.java"));
        String loop = stub.replaceFirst("(long sumUpTo\\(long n\\) \\{)", "$1\n        while (n == n) { n++; }");
        assertThat(loop).isNotEqualTo(stub);

        startWatching(lesson, "-Djunit.jupiter.execution.timeout.default=3 s", "-Dworkbook.watch.groups=exercise-1");

        // 1. At start: the stubs compile and exercise 1 is not solved; the summary ends the run.
        int mark = await(0, SUMMARY_END);
        assertThat(text(0)).contains("Watch mode · 감시 모드", "✘ Exercise 1");

        // 2. An endless loop: the tests' JVM is stopped once a test outlives its limit, and the exercise is named.
        save(stubFile, loop);
        mark = await(mark, "did not finish within 3 s");
        assertThat(text(mark - 1)).contains("exercise 1 did not finish within 3 s · 연습 1이 3초 안에 끝나지 않았습니다");

        // 3. The fix: its verdict, in a run's usual time.
        long saved = System.nanoTime();
        save(stubFile, solution);
        mark = await(mark, ALL_PASS);
        Duration fixed = Duration.ofNanos(System.nanoTime() - saved);

        // 4. The loop again, and the fix saved while it runs: the newest save wins, well before any limit.
        save(stubFile, loop);
        mark = await(mark, "실행 4: SumUpTo.java");
        saved = System.nanoTime();
        save(stubFile, solution);
        int before = mark;
        mark = await(mark, ALL_PASS);
        assertThat(Duration.ofNanos(System.nanoTime() - saved)).as("the fix saved during the loop's run")
                .isLessThan(fixed.multipliedBy(3).plusSeconds(5));
        assertThat(text(before)).contains("(the run before was stopped · 이전 실행은 멈춤)").doesNotContain("did not finish");

        // 5. No test ran or runs in the watch JVM: no process of the tests is left, no thread runs the lesson's code.
        // A run's JVM prints its summary, then exits (give it the moment that takes); the one JVM left is the spare
        // started for the next save, waiting on its standard input with no lesson class loaded.
        List<ProcessHandle> runners = watch.descendants().filter(p -> p.info().arguments().map(List::of).orElse(List.of())
                .stream().anyMatch(arg -> arg.endsWith("ExerciseRunner"))).toList();
        for (ProcessHandle runner : runners) runner.onExit().completeOnTimeout(runner, 3, TimeUnit.SECONDS).join();
        List<ProcessHandle> alive = runners.stream().filter(ProcessHandle::isAlive).toList();
        assertThat(alive).as("the tests' JVMs, after their summary: only the spare").hasSizeLessThanOrEqualTo(1);
        for (ProcessHandle spare : alive) {
            assertThat(threadDump(spare.pid())).as("the spare JVM").contains("ExerciseRunner.main")
                    .doesNotContain("dev.futuresworkbook.submit");
        }
        String threads = threadDump(watch.pid());
        assertThat(threads).as(threads).contains("\"main\"").doesNotContain("dev.futuresworkbook.submit", "Exercise1SumUpToTest");

        // 6. A test file edited: recompiled, and its new test runs.
        Path test = lesson.resolve("src/test/java/dev/futuresworkbook/submit/exercises/Exercise1SumUpToTest.java");
        String tests = Files.readString(test);
        save(test, tests.substring(0, tests.lastIndexOf('}'))
                + "    @Test void edited() { org.junit.jupiter.api.Assertions.fail(\"edited test · 편집한 테스트\"); }\n}\n");
        mark = await(mark, SUMMARY_END);
        assertThat(text(mark - 12)).contains("✘ edited()", "edited test · 편집한 테스트");

        // 7. The exercise file deleted: named in one line, not as the compiler's errors.
        Files.delete(stubFile);
        before = mark;
        mark = await(mark, "연습 1의 파일이 없습니다"); // the second line of the message: the whole message is there
        assertThat(text(mark - 2)).contains("Exercise 1's file is missing: module-01-submit/" + stubs.resolve("SumUpTo.java"));
        assertThat(text(before)).doesNotContain("cannot find symbol");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    @DisplayName("a save reruns the exercises it can change; the others show their last results, marked")
    void rerunsWhatASaveCanChange() throws IOException, InterruptedException {
        Path lesson = lessonCopy();
        Path code = Path.of("dev/futuresworkbook/submit");
        Path solutions = Lessons.ROOT.resolve("module-01-submit/src/solutions/java").resolve(code);
        startWatching(lesson);

        int mark = await(0, SUMMARY_END);
        assertThat(text(0)).contains("0 of 5 exercises solved in this run").doesNotContain(NOT_RERUN);

        // Exercise 3's stub, which no other exercise names: exercise 3 alone reruns.
        Path exercises = lesson.resolve("src/main/java").resolve(code).resolve("exercises");
        save(exercises.resolve("CollectResults.java"), Files.readString(solutions.resolve("exercises/CollectResults.java")));
        int before = mark;
        mark = await(mark, SUMMARY_END);
        assertThat(line(before, "✔ Exercise 3 ")).doesNotContain(NOT_RERUN);
        for (int n : List.of(1, 2, 4, 5)) assertThat(line(before, "✘ Exercise " + n + " ")).contains(NOT_RERUN);
        assertThat(text(before)).contains("1 of 5 exercises solved, 1 of them rerun now", "Next · 다음: exercise 1");

        // Exercise 1's stub, which exercise 2's stub names: both rerun, exercise 3 shows its last result.
        save(exercises.resolve("SumUpTo.java"), Files.readString(solutions.resolve("exercises/SumUpTo.java")));
        before = mark;
        mark = await(mark, SUMMARY_END);
        assertThat(line(before, "✔ Exercise 1 ")).doesNotContain(NOT_RERUN);
        assertThat(line(before, "✘ Exercise 2 ")).doesNotContain(NOT_RERUN);
        assertThat(line(before, "✔ Exercise 3 ")).contains(NOT_RERUN);
        assertThat(text(before)).contains("2 of 5 exercises solved, 2 of them rerun now");

        // A lesson class, no exercise's file: every exercise reruns.
        Path lessonClass = lesson.resolve("src/main/java").resolve(code).resolve("SubmitLesson.java");
        save(lessonClass, Files.readString(lessonClass) + "\n// edited\n");
        await(mark, SUMMARY_END);
        assertThat(text(mark)).contains("2 of 5 exercises solved in this run").doesNotContain(NOT_RERUN);
    }

    /** Lesson 1's sources and tests, copied to watch: the learner's folder, without its solutions. */
    private Path lessonCopy() throws IOException {
        Path lesson = temp.resolve("module-01-submit");
        Trees.copy(Lessons.ROOT.resolve("module-01-submit/src/main/java"), lesson.resolve("src/main/java"));
        Trees.copy(Lessons.ROOT.resolve("module-01-submit/src/test"), lesson.resolve("src/test"));
        return lesson;
    }

    /** Starts watch mode on {@code lesson} as a program of its own, with {@code options}, and reads what it prints. */
    private void startWatching(Path lesson, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.futuresworkbook.learner.Watch",
                lesson.toString(), Lessons.ROOT.resolve("workbook").toString()));
        watch = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = new Thread(this::read, "watch-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The first line from {@code from} on that contains {@code wanted}. */
    private String line(int from, String wanted) {
        return text(from).lines().filter(l -> l.contains(wanted)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with \"" + wanted + "\" in:\n" + text(from)));
    }

    private void read() {
        try (var in = new BufferedReader(new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** Waits for a line from {@code from} on that contains {@code wanted}; returns the index after it. */
    private int await(int from, String wanted) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        synchronized (lines) {
            for (int i = from; ; ) {
                for (; i < lines.size(); i++) {
                    if (lines.get(i).contains(wanted)) return i + 1;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!watch.isAlive() && i == lines.size())) {
                    throw new AssertionError("no line with \"" + wanted + "\" within " + DEADLINE + "; watch mode printed:\n" + text(0));
                }
                lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
            }
        }
    }

    private String text(int from) {
        synchronized (lines) {
            return String.join("\n", lines.subList(Math.max(0, from), lines.size()));
        }
    }

    private static String threadDump(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "Thread.print").redirectErrorStream(true).start();
        String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jcmd.waitFor()).as(dump).isZero();
        return dump;
    }

    /** Saves as editors do: write a temporary file, then rename it over the old one. */
    private static void save(Path file, String content) throws IOException {
        Path saving = file.resolveSibling(file.getFileName() + ".saving");
        Files.writeString(saving, content, StandardCharsets.UTF_8);
        Files.move(saving, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
