package dev.futuresworkbook.support;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
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
    private final PrintStream out;
    private TestPlan plan;
    private boolean enabled = true;

    public ProgressReport() {
        this(System.out);
    }

    ProgressReport(PrintStream out) {
        this.out = out;
    }

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
        if (enabled && !exercises.isEmpty()) out.print(render(System.getProperty("workbook.module", "this module")));
    }

    String render(String module) {
        var sorted = new TreeMap<>(exercises);
        long solved = sorted.values().stream().filter(Exercise::solved).count();
        var text = new StringBuilder();
        text.append("\n─── Progress · 진행 상황: ").append(module).append(" ───\n");
        for (Exercise e : sorted.values()) {
            text.append(String.format("  %s %s  (%d/%d tests · 테스트)%n",
                    e.solved() ? "✔" : "✘", e.title(), e.passed(), e.run()));
        }
        text.append(String.format("  %d of %d exercises solved · 연습 %d개 중 %d개 해결%n",
                solved, sorted.size(), sorted.size(), solved));
        sorted.values().stream().filter(e -> !e.solved()).findFirst().ifPresentOrElse(
                next -> text.append(String.format(
                        "  Next · 다음: exercise %d — hint: %s/README.md#exercise-%d · 힌트: %s/README.ko.md#exercise-%d%n"
                        + "  Run it alone · 이것만 실행: ./mvnw test -pl %s -Dgroups=exercise-%d%n",
                        next.number(), module, next.number(), module, next.number(), module, next.number())),
                () -> text.append("  All solved. Well done! · 모두 해결했습니다. 수고했어요!\n"));
        return text.toString();
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
