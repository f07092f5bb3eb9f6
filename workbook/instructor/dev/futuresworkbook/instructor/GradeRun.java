package dev.futuresworkbook.support;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.nio.file.Path;
import java.util.Set;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The grader's child process: runs one submission's exercise tests, and nothing else, in a JVM of its own.
 *
 * <p>Started by {@link Grader} with the submission's classes first on the class path, then the lesson, the
 * workbook's own tests and the test libraries. The tests are those of learner mode ({@code
 * **}{@code /exercises/Exercise*Test}); the progress listener registered in {@code META-INF/services} writes the
 * progress record ({@code workbook-progress.json} in the folder {@code -Dworkbook.progress.dir}), which the grader
 * reads, and this class adds every failing test's message ({@code workbook-failures.json}). The process ends when the tests end, even if a learner's code left
 * a thread running.
 *
 * <p>Usage: {@code java -cp <submission>:<lesson>:<tests>:<libraries> dev.futuresworkbook.support.GradeRun
 * <test classes> <journal file>}. The journal records each test as it starts and ends, so that a submission
 * stopped by the time limit says where it hung and still counts the exercises that finished.
 */
public final class GradeRun {

    private GradeRun() {}

    public static void main(String[] args) {
        int status = 0;
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClasspathRoots(Set.of(Path.of(args[0]))))
                    .filters(includeClassNamePatterns(".*\\.exercises\\.Exercise[^.]*Test"))
                    .build(), new Running(Path.of(args[1])),
                    new Failures(Path.of(System.getProperty("workbook.progress.dir"), "workbook-failures.json")));
        } catch (RuntimeException | LinkageError e) {
            e.printStackTrace(System.err);
            status = 3;
        }
        System.out.flush();
        // A learner's thread that is still spinning must not keep this process alive.
        Runtime.getRuntime().halt(status);
    }

    /**
     * A journal of the run, one tab-separated line per event, written as it happens, so that a submission
     * stopped by the time limit still shows the exercises whose tests all finished, and where it hung:
     * {@code class <exercise-N> <id> <title>} for each exercise class of the plan, {@code start <exercise-N>
     * <test>}, {@code test <exercise-N> PASS|FAIL}, {@code done <exercise-N> <id>} when a class has finished.
     */
    private static final class Running implements org.junit.platform.launcher.TestExecutionListener {
        private final Path file;
        private org.junit.platform.launcher.TestPlan plan;

        Running(Path file) {
            this.file = file;
        }

        @Override
        public void testPlanExecutionStarted(org.junit.platform.launcher.TestPlan testPlan) {
            plan = testPlan;
            var lines = new StringBuilder();
            for (var root : testPlan.getRoots()) {
                for (var node : testPlan.getChildren(root)) {
                    if (node.getSource().orElse(null) instanceof org.junit.platform.engine.support.descriptor.ClassSource) {
                        lines.append("class\t").append(exercise(node)).append('\t').append(node.getUniqueId())
                                .append('\t').append(node.getDisplayName()).append('\n');
                    }
                }
            }
            append(lines.toString());
        }

        @Override
        public void executionStarted(org.junit.platform.launcher.TestIdentifier id) {
            if (!id.isTest()) return;
            String name = id.getDisplayName();
            for (var parent = plan.getParent(id); parent.isPresent() && parent.get().getSource().isPresent();
                    parent = plan.getParent(parent.get())) {
                name = parent.get().getDisplayName() + " › " + name;
            }
            append("start\t" + exercise(id) + "\t" + name + "\n");
        }

        @Override
        public void executionFinished(org.junit.platform.launcher.TestIdentifier id,
                org.junit.platform.engine.TestExecutionResult result) {
            if (id.isTest()) {
                append("test\t" + exercise(id) + "\t"
                        + (result.getStatus() == org.junit.platform.engine.TestExecutionResult.Status.SUCCESSFUL ? "PASS" : "FAIL")
                        + "\n");
            } else if (id.getSource().orElse(null) instanceof org.junit.platform.engine.support.descriptor.ClassSource) {
                append("done\t" + exercise(id) + "\t" + id.getUniqueId() + "\n");
            }
        }

        private static String exercise(org.junit.platform.launcher.TestIdentifier id) {
            return id.getTags().stream().map(t -> t.getName()).filter(n -> n.matches("exercise-\\d+"))
                    .findFirst().orElse("-");
        }

        private void append(String lines) {
            try {
                java.nio.file.Files.writeString(file, lines.replace("\r", " "),
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /**
     * Every failing exercise test with its message ({@code workbook-failures.json}, next to the progress record,
     * which keeps only the first failure of each exercise): the learner's page lists them all.
     */
    private static final class Failures implements org.junit.platform.launcher.TestExecutionListener {
        private final Path file;
        private final java.util.List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

        Failures(Path file) {
            this.file = file;
        }

        @Override
        public void executionFinished(org.junit.platform.launcher.TestIdentifier id,
                org.junit.platform.engine.TestExecutionResult result) {
            if (!id.isTest() || result.getStatus() == org.junit.platform.engine.TestExecutionResult.Status.SUCCESSFUL) return;
            id.getTags().stream().map(t -> t.getName()).filter(n -> n.matches("exercise-\\d+")).findFirst().ifPresent(tag -> {
                String message = result.getThrowable().map(t -> {
                    String text = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getName() : t.getMessage().strip();
                    return t instanceof AssertionError || t instanceof UnsupportedOperationException
                            ? text : t.getClass().getSimpleName() + ": " + text;
                }).orElse(result.getStatus().toString());
                failures.add("{\"exercise\":" + tag.substring("exercise-".length()) + ",\"test\":"
                        + ProgressReport.quote(id.getDisplayName()) + ",\"message\":" + ProgressReport.quote(message) + "}");
            });
        }

        @Override
        public void testPlanExecutionFinished(org.junit.platform.launcher.TestPlan testPlan) {
            try {
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.writeString(file, "[" + String.join(",\n", failures) + "]\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
