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
 * progress record, which the grader reads. The process ends when the tests end, even if a learner's code left
 * a thread running.
 *
 * <p>Usage: {@code java -cp <submission>:<lesson>:<tests>:<libraries> dev.futuresworkbook.support.GradeRun
 * <test classes> <running file>}. The running file names the test that is running, so that a submission stopped
 * by the time limit says where it hung.
 */
public final class GradeRun {

    private GradeRun() {}

    public static void main(String[] args) {
        int status = 0;
        try {
            var interim = new InterimProgress();
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClasspathRoots(Set.of(Path.of(args[0]))))
                    .filters(includeClassNamePatterns(".*\\.exercises\\.Exercise[^.]*Test"))
                    .build(), interim, new Running(Path.of(args[1])));
            interim.writeIfMissing(Path.of(System.getProperty("workbook.progress.file")));
        } catch (java.io.IOException e) {
            e.printStackTrace(System.err);
            status = 4;
        } catch (RuntimeException | LinkageError e) {
            e.printStackTrace(System.err);
            status = 3;
        }
        System.out.flush();
        // A learner's thread that is still spinning must not keep this process alive.
        Runtime.getRuntime().halt(status);
    }

    /** Writes each test's exercise tag and display name as it starts: the last line is the one running. */
    private static final class Running implements org.junit.platform.launcher.TestExecutionListener {
        private final Path file;
        private org.junit.platform.launcher.TestPlan plan;

        Running(Path file) {
            this.file = file;
        }

        @Override
        public void testPlanExecutionStarted(org.junit.platform.launcher.TestPlan testPlan) {
            plan = testPlan;
        }

        @Override
        public void executionStarted(org.junit.platform.launcher.TestIdentifier id) {
            if (!id.isTest()) return;
            String exercise = id.getTags().stream().map(t -> t.getName()).filter(n -> n.matches("exercise-\\d+"))
                    .findFirst().orElse("-");
            String name = id.getDisplayName();
            for (var parent = plan.getParent(id); parent.isPresent() && parent.get().getSource().isPresent();
                    parent = plan.getParent(parent.get())) {
                name = parent.get().getDisplayName() + " › " + name;
            }
            try {
                java.nio.file.Files.writeString(file, exercise + "\t" + name.replace('\n', ' ') + "\n",
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Until every test run writes the progress record itself: the same format, written here. */
    private static final class InterimProgress implements org.junit.platform.launcher.TestExecutionListener {
        private final java.util.Map<Integer, int[]> counts = new java.util.concurrent.ConcurrentSkipListMap<>();
        private final java.util.Map<Integer, String> titles = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.Map<Integer, java.util.List<String>> failures = new java.util.concurrent.ConcurrentHashMap<>();
        private org.junit.platform.launcher.TestPlan plan;

        @Override
        public void testPlanExecutionStarted(org.junit.platform.launcher.TestPlan testPlan) {
            plan = testPlan;
        }

        @Override
        public void executionFinished(org.junit.platform.launcher.TestIdentifier id,
                org.junit.platform.engine.TestExecutionResult result) {
            if (!id.isTest()) return;
            id.getTags().stream().map(t -> t.getName()).filter(n -> n.matches("exercise-\\d+")).findFirst().ifPresent(tag -> {
                int n = Integer.parseInt(tag.substring("exercise-".length()));
                boolean ok = result.getStatus() == org.junit.platform.engine.TestExecutionResult.Status.SUCCESSFUL;
                synchronized (counts) {
                    int[] c = counts.computeIfAbsent(n, k -> new int[2]);
                    c[0]++;
                    if (ok) c[1]++;
                }
                var node = id;
                while (true) {
                    var parent = plan.getParent(node);
                    if (parent.isEmpty() || parent.get().getSource().isEmpty()) break;
                    node = parent.get();
                }
                titles.putIfAbsent(n, node.getDisplayName());
                if (!ok) {
                    failures.computeIfAbsent(n, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(
                            "{\"test\":" + q(id.getDisplayName()) + ",\"message\":"
                                    + q(result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("")) + "}");
                }
            });
        }

        void writeIfMissing(Path file) throws java.io.IOException {
            if (java.nio.file.Files.exists(file)) return;
            var json = new StringBuilder("{\"module\":" + q(System.getProperty("workbook.module")) + ",\"exercises\":[");
            String sep = "";
            for (var e : counts.entrySet()) {
                json.append(sep).append("{\"number\":").append(e.getKey()).append(",\"title\":").append(q(titles.get(e.getKey())))
                        .append(",\"tests\":").append(e.getValue()[0]).append(",\"passed\":").append(e.getValue()[1])
                        .append(",\"solved\":").append(e.getValue()[0] == e.getValue()[1])
                        .append(",\"failures\":[").append(String.join(",", failures.getOrDefault(e.getKey(), java.util.List.of())))
                        .append("]}");
                sep = ",";
            }
            json.append("]}");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, json);
        }

        private static String q(String s) {
            var out = new StringBuilder("\"");
            for (char c : String.valueOf(s).toCharArray()) {
                if (c == '"' || c == '\\') out.append('\\').append(c);
                else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                else out.append(c);
            }
            return out.append('"').toString();
        }
    }
}
