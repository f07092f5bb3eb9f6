package dev.futuresworkbook.testkit;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
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
 *
 * <p>Watch mode reruns only the exercises a save can change. It names a file in the system property
 * {@value #CARRY}: the summary then shows the other exercises as that file last recorded them, marked as not
 * rerun, and the file is rewritten with this run's results in place of theirs.
 */
public final class ProgressReport implements TestExecutionListener {

    /** How many lines of the first failure's message the summary shows. */
    private static final int MESSAGE_LINES = 8;

    /** The file the summary is written to, in {@code workbook.progress.dir}. */
    public static final String SUMMARY_FILE = "workbook-progress.txt";
    /** The system property naming the file that carries results over from one run to the next (watch mode). */
    public static final String CARRY = "workbook.progress.carry";

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
        var shown = new TreeMap<Integer, Result>(results);
        Set<Integer> carried = Set.of();
        String carry = System.getProperty(CARRY);
        if (carry != null) {
            Map<Integer, Result> earlier = carriedFrom(Path.of(carry));
            earlier.keySet().removeAll(results.keySet());
            carried = Set.copyOf(earlier.keySet());
            shown.putAll(earlier);
            carryTo(Path.of(carry), shown);
        }
        String summary = render(module, Exercises.onClassPath(), shown, carried);
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
        return render(module, list, ran, Set.of());
    }

    /** The same, with the results of {@code carried} taken from earlier runs: marked as not rerun. */
    static String render(String module, List<Exercises.Exercise> list, Map<Integer, Result> ran, Set<Integer> carried) {
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
                text.append(String.format("  %s %s  (%d/%d tests · 테스트%s)%n", r.solved() ? "✔" : "✘", title,
                        r.passed(), r.run(), carried.contains(number) ? "; not rerun: nothing it uses changed · 쓰는 파일이 바뀌지 않아 다시 실행 안 함" : ""));
            }
        }
        if (carried.isEmpty()) {
            text.append(String.format("  %d of %d exercises solved in this run · 이번 실행에서 연습 %d개 중 %d개 해결%n",
                    solved, all.size(), all.size(), solved));
        } else {
            int rerun = ran.size() - carried.size();
            text.append(String.format("  %d of %d exercises solved, %d of them rerun now · 연습 %d개 중 %d개 해결, 이번에 다시 실행한 연습은 %d개%n",
                    solved, all.size(), rerun, all.size(), solved, rerun));
        }
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

    /** The results an earlier run recorded in {@code file}; none if there is no such file. */
    static Map<Integer, Result> carriedFrom(Path file) {
        var results = new TreeMap<Integer, Result>();
        if (!Files.exists(file)) return results;
        var saved = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            saved.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the results carried in " + file, e);
        }
        for (String key : saved.stringPropertyNames()) {
            if (!key.endsWith(".run")) continue;
            String n = key.substring(0, key.length() - ".run".length());
            String test = saved.getProperty(n + ".test");
            results.put(Integer.valueOf(n), new Result(Integer.parseInt(n), Integer.parseInt(saved.getProperty(n + ".run")),
                    Integer.parseInt(saved.getProperty(n + ".passed")),
                    test == null ? null : new Failure(test, saved.getProperty(n + ".message")), saved.getProperty(n + ".package")));
        }
        return results;
    }

    /** Records {@code results} in {@code file} for the next run, replacing it whole (a run cut short leaves the old one). */
    static void carryTo(Path file, Map<Integer, Result> results) {
        var saved = new Properties();
        results.values().forEach(r -> {
            saved.setProperty(r.number() + ".run", Integer.toString(r.run()));
            saved.setProperty(r.number() + ".passed", Integer.toString(r.passed()));
            if (r.firstFailure() != null) {
                saved.setProperty(r.number() + ".test", r.firstFailure().test());
                saved.setProperty(r.number() + ".message", r.firstFailure().message());
            }
            if (r.testPackage() != null) saved.setProperty(r.number() + ".package", r.testPackage());
        });
        try {
            Path writing = file.resolveSibling(file.getFileName() + ".writing");
            try (var out = Files.newBufferedWriter(writing, StandardCharsets.UTF_8)) {
                saved.store(out, "Watch mode: each exercise's last results (ProgressReport)");
            }
            Files.move(writing, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the results in " + file, e);
        }
    }

    /** A failure's message as a learner should read it: the message itself, or the exception's name. */
    private static String message(Throwable t) {
        String message = t.getMessage();
        String text = message == null || message.isBlank() ? t.getClass().getName() : message.strip();
        return t instanceof AssertionError || t instanceof UnsupportedOperationException
                ? text : t.getClass().getSimpleName() + ": " + text;
    }
}
