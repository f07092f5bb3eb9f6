package dev.futuresworkbook.support;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The learner's progress after a test run: which exercises pass, which one is next, what its first failing
 * test expected, and where its hint is, in English and Korean.
 *
 * <p>An exercise is the set of tests tagged {@code exercise-N}; it is solved when every one of them passed.
 * Every run writes one progress record, read by every reader that needs it (the console summary, the
 * classroom workflow, the grader), never the console text:
 * <ul>
 *   <li>{@code workbook-progress.json}: the facts, for programs;
 *   <li>{@code workbook-progress.txt}: the summary as printed, for people.
 * </ul>
 * Both go to the directory in the system property {@code workbook.progress.dir} (the build sets it to the
 * module's build directory); without it, nothing is written.
 *
 * <p>Registered through {@code META-INF/services}. Configuration parameters: {@code workbook.progress.enabled=false}
 * switches it off; {@code workbook.progress.console=false} keeps the record but prints nothing (learner mode,
 * where the build prints the summary as its very last lines, after Maven's own output).
 */
public final class ProgressReport implements TestExecutionListener {

    /** How many lines of the first failure's message the summary shows. */
    private static final int MESSAGE_LINES = 8;

    private final Map<Integer, Exercise> exercises = new ConcurrentHashMap<>();
    private final PrintStream out = System.out;
    private TestPlan plan;
    private boolean enabled = true;
    private boolean console = true;

    /** The first failing test of an exercise: its display name and its failure message. */
    record Failure(String test, String message) {}

    /** Progress of one exercise: its title, how many of its tests ran and passed, and its first failure. */
    record Exercise(int number, String title, int run, int passed, Failure firstFailure) {
        Exercise(int number, String title, int run, int passed) {
            this(number, title, run, passed, null);
        }

        Exercise add(Exercise one) {
            return new Exercise(number, title, run + one.run, passed + one.passed,
                    firstFailure != null ? firstFailure : one.firstFailure);
        }

        boolean solved() {
            return run > 0 && passed == run;
        }
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        var config = testPlan.getConfigurationParameters();
        enabled = config.getBoolean("workbook.progress.enabled").orElse(true);
        console = config.getBoolean("workbook.progress.console").orElse(true);
        String dir = System.getProperty("workbook.progress.dir");
        if (enabled && dir != null) {
            // A record left by an earlier run must never pass for this run's.
            delete(Path.of(dir, "workbook-progress.txt"));
            delete(Path.of(dir, "workbook-progress.json"));
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest()) return;
        boolean pass = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
        Failure failure = pass ? null : new Failure(id.getDisplayName(), result.getThrowable()
                .map(ProgressReport::message).orElse(result.getStatus().toString()));
        exerciseNumber(id).ifPresent(n -> exercises.merge(n,
                new Exercise(n, title(id), 1, pass ? 1 : 0, failure), Exercise::add));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (!enabled || exercises.isEmpty()) return;
        Set<Integer> all = new TreeSet<>(exercises.keySet());
        all.addAll(exerciseNumbersOnClasspath());
        String module = System.getProperty("workbook.module", "this module");
        String summary = render(module, exercises, all);
        String dir = System.getProperty("workbook.progress.dir");
        if (dir != null) {
            write(Path.of(dir), "workbook-progress.txt", summary);
            write(Path.of(dir), "workbook-progress.json", json(module, exercises, all));
        }
        if (console) out.print(summary);
    }

    /**
     * The summary: one line per exercise of the module (run or not), how many are solved, and for the next
     * exercise to solve, what its first failing test expected and where its hint is.
     *
     * @param ran the exercises whose tests ran, by number
     * @param all the numbers of every exercise of the module
     */
    static String render(String module, Map<Integer, Exercise> ran, Set<Integer> all) {
        var sorted = new TreeMap<>(ran);
        long solved = sorted.values().stream().filter(Exercise::solved).count();
        var text = new StringBuilder();
        text.append("\n─── Progress · 진행 상황: ").append(module).append(" ───\n");
        for (int number : all) {
            Exercise e = sorted.get(number);
            if (e == null) {
                text.append(String.format("  · Exercise %d · 연습 %d  (not run this time · 이번에는 실행 안 함)%n", number, number));
            } else {
                text.append(String.format("  %s %s  (%d/%d tests · 테스트)%n",
                        e.solved() ? "✔" : "✘", e.title(), e.passed(), e.run()));
            }
        }
        text.append(String.format("  %d of %d exercises solved in this run · 이번 실행에서 연습 %d개 중 %d개 해결%n",
                solved, all.size(), all.size(), solved));
        sorted.values().stream().filter(e -> !e.solved()).findFirst().ifPresentOrElse(
                next -> text.append(next(module, next)),
                () -> text.append(solved == all.size()
                        ? "  All solved. Well done! · 모두 해결했습니다. 수고하셨습니다!\n"
                        : "  Every exercise that ran passes. · 실행한 연습은 모두 통과했습니다.\n"));
        return text.toString();
    }

    /** The block about the next exercise: its first failing test, what that test said, the hint, the command. */
    private static String next(String module, Exercise next) {
        var text = new StringBuilder();
        text.append(String.format("%n  Next · 다음: exercise %d · 연습 %d%n", next.number(), next.number()));
        if (next.firstFailure() != null) {
            text.append("  ✘ ").append(next.firstFailure().test()).append('\n');
            next.firstFailure().message().lines().limit(MESSAGE_LINES)
                    .forEach(line -> text.append("      ").append(line).append('\n'));
        }
        text.append(String.format(
                "  Hint · 힌트: %s/README.md#exercise-%d · %s/README.ko.md#exercise-%d%n"
                + "  Only this one · 이것만 실행: ./mvnw test -pl %s -Dgroups=exercise-%d%n",
                module, next.number(), module, next.number(), module, next.number()));
        return text.toString();
    }

    /**
     * The progress record for programs (the classroom workflow, the grader).
     *
     * <pre>{"module":"module-02-wait","solved":1,"total":5,"testsRun":40,"testsFailed":20,
     *  "exercises":[{"number":1,"title":"…","tests":12,"passed":12,"solved":true,"failures":[…]}, …]}</pre>
     *
     * Exercises whose tests did not run have {@code "tests":0}. {@code failures} holds the first failing test.
     */
    static String json(String module, Map<Integer, Exercise> ran, Set<Integer> all) {
        var sorted = new TreeMap<>(ran);
        long solved = sorted.values().stream().filter(Exercise::solved).count();
        int testsRun = sorted.values().stream().mapToInt(Exercise::run).sum();
        int testsPassed = sorted.values().stream().mapToInt(Exercise::passed).sum();
        String items = all.stream().map(number -> {
            Exercise e = sorted.getOrDefault(number, new Exercise(number, "Exercise " + number + " · 연습 " + number, 0, 0));
            String failures = e.firstFailure() == null ? ""
                    : "{\"test\":" + quote(e.firstFailure().test()) + ",\"message\":" + quote(e.firstFailure().message()) + "}";
            return String.format("{\"number\":%d,\"title\":%s,\"tests\":%d,\"passed\":%d,\"solved\":%b,\"failures\":[%s]}",
                    number, quote(e.title()), e.run(), e.passed(), e.solved(), failures);
        }).collect(Collectors.joining(",\n  "));
        return String.format("{\"module\":%s,\"solved\":%d,\"total\":%d,\"testsRun\":%d,\"testsFailed\":%d,%n"
                + " \"exercises\":[%n  %s]}%n", quote(module), solved, all.size(), testsRun, testsRun - testsPassed, items);
    }

    static String quote(String s) {
        var q = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) q.append(String.format("\\u%04x", (int) c));
                    else q.append(c);
                }
            }
        }
        return q.append('"').toString();
    }

    /** A failure's message as a learner should read it: the message itself, or the exception's name. */
    private static String message(Throwable t) {
        String message = t.getMessage();
        String text = message == null || message.isBlank() ? t.getClass().getName() : message.strip();
        return t instanceof AssertionError || t instanceof UnsupportedOperationException
                ? text : t.getClass().getSimpleName() + ": " + text;
    }

    private static void write(Path dir, String name, String content) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the progress record " + dir.resolve(name), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the old progress record " + file, e);
        }
    }

    /** Exercise numbers of the test classes named ExerciseN...Test next to this class, run or not. */
    private static Set<Integer> exerciseNumbersOnClasspath() {
        Set<Integer> numbers = new TreeSet<>();
        try {
            Path testClasses = Path.of(ProgressReport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(testClasses)) return numbers;
            Pattern name = Pattern.compile("Exercise(\\d+)\\w*Test\\.class");
            try (Stream<Path> files = Files.walk(testClasses)) {
                files.map(p -> name.matcher(p.getFileName().toString()))
                        .filter(Matcher::matches)
                        .forEach(m -> numbers.add(Integer.valueOf(m.group(1))));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // The summary is a convenience: without the class files, it lists what ran.
        }
        return numbers;
    }

    private Optional<Integer> exerciseNumber(TestIdentifier id) {
        return id.getTags().stream().map(TestTag::getName)
                .filter(name -> name.matches("exercise-\\d+"))
                .map(name -> Integer.valueOf(name.substring("exercise-".length())))
                .findFirst();
    }

    /** The display name of the test's class, e.g. "Exercise 1 · 연습 1 — sumUpTo". */
    private String title(TestIdentifier id) {
        TestIdentifier node = id;
        while (plan != null) {
            Optional<TestIdentifier> parent = plan.getParent(node);
            if (parent.isEmpty() || parent.get().getSource().isEmpty()) break;
            node = parent.get();
        }
        return node.getDisplayName();
    }
}
