package dev.futuresworkbook.testkit;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The learner's progress after a test run: which exercises pass, which one is next, what its first failing
 * test expected, which file to edit and where its hint is, in English and Korean.
 *
 * <p>An exercise is the set of tests tagged {@code exercise-N} ({@link Exercises}); it is solved when every one
 * of them passed. The lesson's exercise list names every exercise, run or not, and its title.
 *
 * <p>The summary goes to {@code workbook-progress.txt} in the directory named by the system property
 * {@code workbook.progress.dir} (the build sets it to the module's build directory), and to the console unless
 * the configuration parameter {@code workbook.progress.console=false} (learner mode, where the build prints it
 * as its very last lines). It is for people; programs read the standard test reports
 * ({@code target/surefire-reports}) or listen to the run themselves.
 */
public final class ProgressReport implements TestExecutionListener {

    /** How many lines of the first failure's message the summary shows. */
    private static final int MESSAGE_LINES = 8;

    /** The file the summary is written to, in {@code workbook.progress.dir}. */
    public static final String SUMMARY_FILE = "workbook-progress.txt";

    private final Map<Integer, Result> results = new ConcurrentHashMap<>();
    private final PrintStream out = System.out;
    private boolean console = true;

    /** The first failing test of an exercise: its display name and its failure message. */
    record Failure(String test, String message) {}

    /** How one exercise's tests went: how many ran and passed, the first failure, the tests' package. */
    record Result(int number, int run, int passed, Failure firstFailure, String testPackage) {
        Result add(Result one) {
            return new Result(number, run + one.run, passed + one.passed,
                    firstFailure != null ? firstFailure : one.firstFailure,
                    testPackage != null ? testPackage : one.testPackage);
        }

        boolean solved() {
            return run > 0 && passed == run;
        }
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        console = testPlan.getConfigurationParameters().getBoolean("workbook.progress.console").orElse(true);
        String dir = System.getProperty("workbook.progress.dir");
        if (dir != null) {
            // A summary left by an earlier run must never pass for this run's.
            try {
                Files.deleteIfExists(Path.of(dir, SUMMARY_FILE));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the old summary in " + dir, e);
            }
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest()) return;
        boolean pass = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
        Failure failure = pass ? null : new Failure(id.getDisplayName(), result.getThrowable()
                .map(ProgressReport::message).orElse(result.getStatus().toString()));
        String testPackage = id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(source -> source.getClassName().substring(0, Math.max(0, source.getClassName().lastIndexOf('.'))))
                .orElse(null);
        id.getTags().stream().map(TestTag::getName).map(Exercises::numberOfTag).flatMap(Optional::stream)
                .findFirst().ifPresent(n -> results.merge(n,
                        new Result(n, 1, pass ? 1 : 0, failure, testPackage), Result::add));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (results.isEmpty()) return;
        String module = System.getProperty("workbook.module", "this module");
        String summary = render(module, Exercises.onClassPath(), results);
        String dir = System.getProperty("workbook.progress.dir");
        if (dir != null) {
            try {
                Files.createDirectories(Path.of(dir));
                Files.writeString(Path.of(dir, SUMMARY_FILE), summary, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the summary to " + dir, e);
            }
        }
        if (console) out.print(summary);
    }

    /**
     * The summary: one line per exercise of the lesson (run or not), how many are solved, and for the next
     * exercise to solve, what its first failing test expected, the file to edit and where its hint is.
     *
     * @param list the lesson's exercises (titles, stubs); an exercise that ran but is not listed still shows
     * @param ran how the exercises that ran went, by number
     */
    static String render(String module, List<Exercises.Exercise> list, Map<Integer, Result> ran) {
        var listed = new TreeMap<Integer, Exercises.Exercise>();
        list.forEach(e -> listed.put(e.number(), e));
        var all = new TreeSet<>(listed.keySet());
        all.addAll(ran.keySet());
        long solved = ran.values().stream().filter(Result::solved).count();
        var text = new StringBuilder();
        text.append("\n─── Progress · 진행 상황: ").append(module).append(" ───\n");
        for (int number : all) {
            Result r = ran.get(number);
            String title = listed.containsKey(number) ? listed.get(number).title()
                    : "Exercise " + number + " · 연습 " + number;
            if (r == null) {
                text.append(String.format("  · %s  (not run this time · 이번에는 실행 안 함)%n", title));
            } else {
                text.append(String.format("  %s %s  (%d/%d tests · 테스트)%n",
                        r.solved() ? "✔" : "✘", title, r.passed(), r.run()));
            }
        }
        text.append(String.format("  %d of %d exercises solved in this run · 이번 실행에서 연습 %d개 중 %d개 해결%n",
                solved, all.size(), all.size(), solved));
        new TreeMap<>(ran).values().stream().filter(r -> !r.solved()).findFirst().ifPresentOrElse(
                next -> text.append(next(module, next, listed.get(next.number()))),
                () -> text.append(solved == all.size()
                        ? "  All solved. Well done! · 모두 해결했습니다. 수고하셨습니다!\n"
                        : "  Every exercise that ran passes. · 실행한 연습은 모두 통과했습니다.\n"));
        return text.toString();
    }

    /** The block about the next exercise: its first failing test, what it said, the file, the hint, the command. */
    private static String next(String module, Result next, Exercises.Exercise listed) {
        var text = new StringBuilder();
        text.append(String.format("%n  Next · 다음: exercise %d · 연습 %d%n", next.number(), next.number()));
        if (next.firstFailure() != null) {
            text.append(failure(next.firstFailure().test(), next.firstFailure().message()));
        }
        if (listed != null && next.testPackage() != null) {
            text.append(String.format("  Edit · 고칠 파일: %s/src/main/java/%s/%s.java%n",
                    module, next.testPackage().replace('.', '/'), listed.stub()));
        }
        String hint = listed != null ? listed.hint() : Exercises.TAG_PREFIX + next.number();
        text.append(String.format(
                "  Hint · 힌트: %s/README.md#%s · %s/README.ko.md#%s%n"
                + "  Only this one · 이것만 실행: ./mvnw test -pl %s -Dgroups=%s%s%n",
                module, hint, module, hint, module, Exercises.TAG_PREFIX, next.number()));
        return text.toString();
    }

    /**
     * How the "Next" block shows a failing test: its display name, the first lines of its message, then the
     * learner's run drawn ({@link Timeline}), if the test drew it. The instructor guide shows some, checked.
     */
    public static String failure(String test, String message) {
        var text = new StringBuilder("  ✘ ").append(test).append('\n');
        int drawing = message.indexOf(Timeline.HEADER);
        String words = drawing < 0 ? message : message.substring(0, drawing);
        words.lines().limit(MESSAGE_LINES).forEach(line -> text.append("      ").append(line).append('\n'));
        if (drawing >= 0) {
            message.substring(drawing).lines().limit(10).forEach(line -> text.append("      ").append(line).append('\n'));
        }
        return text.toString();
    }

    /** A failure's message as a learner should read it: the message itself, or the exception's name. */
    private static String message(Throwable t) {
        String message = t.getMessage();
        String text = message == null || message.isBlank() ? t.getClass().getName() : message.strip();
        return t instanceof AssertionError || t instanceof UnsupportedOperationException
                ? text : t.getClass().getSimpleName() + ": " + text;
    }
}
