package dev.futuresworkbook.testkit;

import java.io.PrintStream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints every failing test with its message and the top of its stack trace, as it fails.
 *
 * <p>Maven's console does not list test failures in this workbook (see {@code .mvn/jvm.config}: a learner's
 * output must end on the progress summary, not on a list of forty failures). This listener gives them back
 * where they are wanted: always under {@code -Psolutions}, and in learner mode with {@code -Ddetails}.
 * Configuration parameter {@code workbook.failures.console=true} switches it on; the full reports are in
 * {@code target/surefire-reports} either way.
 */
public final class FailureReport implements TestExecutionListener {

    private static final int STACK_LINES = 12;

    private final PrintStream out = System.out;
    private boolean enabled;
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        enabled = testPlan.getConfigurationParameters().getBoolean("workbook.failures.console").orElse(false);
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!enabled || result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) return;
        var text = new StringBuilder("✘ FAILED · 실패: ").append(path(id)).append('\n');
        result.getThrowable().ifPresent(t -> {
            text.append("    ").append(t).append('\n');
            var stack = t.getStackTrace();
            for (int i = 0; i < Math.min(STACK_LINES, stack.length); i++) {
                text.append("      at ").append(stack[i]).append('\n');
            }
        });
        out.print(text);
    }

    private String path(TestIdentifier id) {
        var path = new StringBuilder(id.getDisplayName());
        for (var parent = plan.getParent(id); parent.isPresent() && parent.get().getSource().isPresent();
                parent = plan.getParent(parent.get())) {
            path.insert(0, parent.get().getDisplayName() + " › ");
        }
        return path.toString();
    }
}
