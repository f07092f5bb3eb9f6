package dev.futuresworkbook.testkit;

import java.time.Duration;
import java.util.Locale;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The one time knob of the workbook's tests, after the jsr166 TCK's {@code jsr166.delay.factor}: every duration a
 * test uses ({@link ExerciseTest#WAIT}, {@link ExerciseTest#SHORT}, {@link ExerciseTest#MARGIN} and their multiples)
 * and JUnit's default timeout are multiplied by the system property {@code workbook.delay.factor} (default 1), or,
 * if it is not set, by the environment variable {@code WORKBOOK_DELAY_FACTOR}, which the JVMs that watch mode and
 * the grader start inherit.
 *
 * <pre>./mvnw test -pl module-02-wait -Dworkbook.delay.factor=3   # a slow laptop, a busy CI runner</pre>
 *
 * <p>As a {@link LauncherSessionListener} (registered in {@code META-INF/services}) it sets JUnit's default timeout
 * before any test runs, for Surefire and {@link ExerciseRunner} alike; a timeout given explicitly wins.
 */
public final class Delays implements LauncherSessionListener {

    /** The system property that scales every duration. */
    public static final String PROPERTY = "workbook.delay.factor";
    /** The JUnit timeout of one test at factor 1, in seconds. */
    static final long TEST_TIMEOUT_SECONDS = 20;
    private static final String JUNIT_TIMEOUT = "junit.jupiter.execution.timeout.default";

    /** The factor, read once. */
    public static final double FACTOR = read();

    private static double read() {
        String text = System.getProperty(PROPERTY);
        if (unset(text)) text = System.getenv("WORKBOOK_DELAY_FACTOR");
        if (unset(text)) return 1;
        try {
            double factor = Double.parseDouble(text.strip());
            if (factor > 0 && factor <= 1000) return factor;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(PROPERTY + " must be a number above 0, like 3; it is '" + text
                + "' · " + PROPERTY + " 값은 3처럼 0보다 큰 수여야 합니다");
    }

    /** Unset, blank, or Maven's expression left as it is because nobody gave -Dworkbook.delay.factor. */
    private static boolean unset(String text) {
        return text == null || text.isBlank() || text.startsWith("${");
    }

    /** {@code base} times the factor. */
    public static Duration scaled(Duration base) {
        return Duration.ofNanos(Math.round(base.toNanos() * FACTOR));
    }

    private boolean setHere;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(JUNIT_TIMEOUT) == null) {
            System.setProperty(JUNIT_TIMEOUT,
                    String.format(Locale.ROOT, "%d ms", Math.round(TEST_TIMEOUT_SECONDS * 1000 * FACTOR)));
            setHere = true;
        }
    }

    /** Leaves the JVM as it found it: a launcher run inside another test run must not change that run's timeout. */
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (setHere) System.clearProperty(JUNIT_TIMEOUT);
    }
}
