package dev.futuresworkbook.testkit;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.nio.file.Path;
import java.util.Set;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
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
 * </pre>
 *
 * Exit status: 0 when every selected test passed, 1 when one failed, 2 when none ran.
 */
public final class ExerciseRunner {

    /** The class-name pattern Surefire's learner-mode include ({@code **}/exercises/Exercise*Test) stands for. */
    public static final String EXERCISE_TESTS = ".*\\.exercises\\.Exercise\\d+\\w*Test";

    private ExerciseRunner() {}

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ExerciseRunner <test-classes dir> [exercise-N]");
            System.exit(2);
        }
        var summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request(Path.of(args[0]), args.length > 1 ? args[1] : null), summary);
        long run = summary.getSummary().getTestsFoundCount();
        long failed = summary.getSummary().getTotalFailureCount();
        System.out.flush();
        System.exit(run == 0 ? 2 : failed > 0 ? 1 : 0);
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
