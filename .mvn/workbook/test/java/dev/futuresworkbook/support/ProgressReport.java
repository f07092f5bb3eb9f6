package dev.futuresworkbook.support;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
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
import java.util.stream.Stream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the learner's progress after {@code ./mvnw test -pl <module>}: which exercises pass, which one is
 * next, and where its hint is, in English and Korean.
 *
 * <p>An exercise is the set of tests tagged {@code exercise-N}; it is solved when every one of them passed.
 * Registered through {@code META-INF/services}; switched off with the configuration parameter
 * {@code workbook.progress.enabled=false}.
 */
public final class ProgressReport implements TestExecutionListener {

    private final Map<Integer, Exercise> exercises = new ConcurrentHashMap<>();
    private final PrintStream out = System.out;
    private TestPlan plan;
    private boolean enabled = true;

    /** Progress of one exercise: its title and how many of its tests ran and passed. */
    record Exercise(int number, String title, int run, int passed) {
        Exercise add(boolean pass) {
            return new Exercise(number, title, run + 1, passed + (pass ? 1 : 0));
        }

        boolean solved() {
            return run > 0 && passed == run;
        }
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        enabled = testPlan.getConfigurationParameters().getBoolean("workbook.progress.enabled").orElse(true);
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest()) return;
        exerciseNumber(id).ifPresent(n -> exercises.merge(n,
                new Exercise(n, title(id), 1, result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? 1 : 0),
                (old, fresh) -> old.add(fresh.passed() == 1)));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (enabled && !exercises.isEmpty()) {
            Set<Integer> all = new TreeSet<>(exercises.keySet());
            all.addAll(exerciseNumbersOnClasspath());
            out.print(render(System.getProperty("workbook.module", "this module"), exercises, all));
        }
    }

    /**
     * The summary: one line per exercise of the module (run or not), how many are solved, and what is next.
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
                next -> text.append(String.format(
                        "  Next · 다음: exercise %d — hint: %s/README.md#exercise-%d · 힌트: %s/README.ko.md#exercise-%d%n"
                        + "  Run it alone · 이것만 실행: ./mvnw test -pl %s -Dgroups=exercise-%d%n",
                        next.number(), module, next.number(), module, next.number(), module, next.number())),
                () -> text.append(solved == all.size()
                        ? "  All solved. Well done! · 모두 해결했습니다. 수고했어요!\n"
                        : "  Every exercise that ran passes. · 실행한 연습은 모두 통과했습니다.\n"));
        return text.toString();
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
