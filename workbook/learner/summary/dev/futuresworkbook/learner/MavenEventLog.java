package dev.futuresworkbook.learner;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives Maven back its own voice in the self-check, which is not a learner's run.
 *
 * <p>{@code .mvn/jvm.config} quiets some of Maven's loggers (the "Building …" banners, the plugins' lines, the
 * reactor summary and BUILD SUCCESS/FAILURE), so that a learner's {@code ./mvnw test -pl <lesson>} ends on the
 * progress summary. Maven reads that file before it knows the command, so the file alone cannot tell the
 * learner's run from the self-check. So {@code -Psolutions} runs this class first in every module (the root pom),
 * inside Maven's own JVM, and from there on Maven logs as it does by default, down to the reactor summary and
 * BUILD SUCCESS or FAILURE. Only the lines before the first module's first step stay quiet.
 *
 * <p>How: every logger that {@code jvm.config} names (an {@code -Dorg.slf4j.simpleLogger.log.<name>} property)
 * goes back to Maven's own level (INFO, or what {@code -q} or {@code -X} asked for), both those Maven has already
 * made and those it makes later. Maven's slf4j provider is a
 * simple logger that keeps its level in a field; if a future Maven stores it differently, the build fails here
 * with a message that says what to change. Compiled for Java 8, like {@link SummaryAtExit}.
 */
public final class MavenEventLog {

    private static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.log.";
    /** Maven's own level for every logger: INFO, or what -q (error) or -X (debug) asked for. */
    private static final String DEFAULT_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private MavenEventLog() {}

    public static void main(String[] args) throws ReflectiveOperationException {
        String level = System.getProperty(DEFAULT_LEVEL, "info");
        int levelValue = java.util.Arrays.asList("trace", "debug", "info", "warn", "error").indexOf(level) * 10;
        if (levelValue < 0) levelValue = 20;
        List<String> quieted = new ArrayList<String>();
        for (String property : System.getProperties().stringPropertyNames()) {
            if (property.startsWith(LEVEL_PROPERTY)) {
                quieted.add(property.substring(LEVEL_PROPERTY.length()));
                System.setProperty(property, level); // the loggers Maven makes from now on
            }
        }
        Object factory = Class.forName("org.slf4j.LoggerFactory", true, mavenClassLoader())
                .getMethod("getILoggerFactory").invoke(null);
        for (Map.Entry<?, ?> logger : ((Map<?, ?>) field(factory, "loggerMap").get(factory)).entrySet()) {
            for (String name : quieted) {
                String made = (String) logger.getKey();
                if (made.equals(name) || made.startsWith(name + ".")) {
                    Field current = field(logger.getValue(), "currentLogLevel");
                    current.setInt(logger.getValue(), levelValue);
                }
            }
        }
    }

    /**
     * exec:java hides Maven's classes from the class it runs; Maven's main thread, which waits for this one,
     * holds a class loader that sees Maven's slf4j.
     */
    private static ClassLoader mavenClassLoader() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("main") && thread.getContextClassLoader() != null) {
                return thread.getContextClassLoader();
            }
        }
        throw new IllegalStateException("cannot find Maven's main thread");
    }

    private static Field field(Object owner, String name) {
        for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new IllegalStateException("cannot give Maven its log back: " + owner.getClass() + " has no field "
                + name + " (a newer Maven?). Remove the -Dorg.slf4j.simpleLogger lines of .mvn/jvm.config.");
    }
}
