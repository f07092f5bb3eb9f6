package dev.futuresworkbook.testkit;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs a lesson's exercise tests outside Maven, the way Surefire runs them in a learner's build: the same
 * selection ({@link Exercises#TEST_CLASS} in an {@code exercises} package), the same listeners (found through
 * {@code META-INF/services}, so the progress summary and the leak guard take part) and the same
 * {@code junit-platform.properties}. Watch mode, the grader and the maintainers' stubs-must-fail check start
 * it in a JVM of their own, so that an endless loop or a {@code System.exit} in a learner's code ends that JVM
 * only.
 *
 * <pre>
 * java -cp &lt;classes&gt;:&lt;test-classes&gt;:&lt;test libraries&gt; dev.futuresworkbook.testkit.ExerciseRunner &lt;test-classes&gt; [exercise-N]
 * java -cp &lt;test kit&gt;:&lt;test libraries&gt; dev.futuresworkbook.testkit.ExerciseRunner --next
 * </pre>
 *
 * With {@code --next} (watch mode) the JVM starts before the save that runs it: JUnit, its engines and the kit's
 * listeners load while the learner types, and a line on standard input then names the folder of the lesson's
 * classes and tests (and, after a tab, the exercise tag), which get a class loader of their own.
 *
 * <p>Exit status: 0 when every selected test passed, 1 when one failed, 2 when none ran.
 */
public final class ExerciseRunner {

    /** The class-name pattern Surefire's learner-mode include ({@code **}/exercises/Exercise*Test) stands for. */
    public static final String EXERCISE_TESTS = ".*\\.exercises\\.Exercise\\d+\\w*Test";
    /** The argument of a JVM started ahead of the save that runs it. */
    public static final String NEXT = "--next";

    private ExerciseRunner() {}

    public static void main(String[] args) throws IOException {
        boolean next = args.length == 1 && args[0].equals(NEXT);
        if (!next && (args.length < 1 || args.length > 2)) {
            System.err.println("usage: ExerciseRunner <test-classes dir> [exercise-N] | ExerciseRunner " + NEXT);
            System.exit(2);
        }
        Launcher launcher = LauncherFactory.create();
        if (next) {
            warmUp();
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) System.exit(2); // watch mode ended before another save
            args = line.split("\t");
            // JUnit finds and loads the tests through the context class loader; this JVM ends after one run.
            Thread.currentThread().setContextClassLoader(new URLClassLoader(new URL[] {Path.of(args[0]).toUri().toURL()},
                    ExerciseRunner.class.getClassLoader()));
        }
        var summary = new SummaryGeneratingListener();
        launcher.execute(request(Path.of(args[0]), args.length > 1 ? args[1] : null), summary);
        long run = summary.getSummary().getTestsFoundCount();
        long failed = summary.getSummary().getTotalFailureCount();
        System.out.flush();
        System.exit(run == 0 ? 2 : failed > 0 ? 1 : 0);
    }

    /**
     * What every run needs, loaded and run once while the learner types: AssertJ, and JUnit's path through a test
     * (a launcher of its own, without the kit's listeners, so that nothing is reported).
     */
    private static void warmUp() {
        LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false).build())
                .execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(WarmUp.class)).build());
    }

    /** Runs in the warm-up only. */
    static final class WarmUp {
        @Test
        void assertsSomething() {
            assertThat(List.of(1, 2)).as("warm-up").containsExactly(1, 2).hasSize(2);
        }
    }

    /** The exercise tests under {@code testClasses}, all of them or those tagged {@code tag}. */
    public static LauncherDiscoveryRequest request(Path testClasses, String tag) {
        var request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(Set.of(testClasses)))
                .filters(includeClassNamePatterns(EXERCISE_TESTS));
        if (tag != null && !tag.isBlank()) request.filters(TagFilter.includeTags(tag));
        return request.build();
    }
}
