package dev.futuresworkbook.maintainer;

import dev.futuresworkbook.testkit.ExerciseRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The lessons of the workbook being checked, and how the maintainer checks run a lesson's exercise tests: the one
 * way, {@link ExerciseRunner#request}, in a class loader that holds the lesson's classes and test classes as
 * {@code -Psolutions} built them (under {@code target/solutions}), so that stubs and solutions never mix.
 */
final class Lessons {

    /** The workbook's root folder (Surefire sets {@code workbook.root}). */
    static final Path ROOT = Path.of(System.getProperty("workbook.root", "../..")).toAbsolutePath().normalize();

    /** Held (read-write) while a lesson's tests run in this JVM, read by checks that start threads in it. */
    static final String LOCK = "lesson-tests";

    private Lessons() {}

    /** Every lesson present: {@code module-NN-*} folders with a pom.xml (a parameter source for the checks). */
    static Stream<Named<Path>> all() {
        return in(ROOT).stream().map(lesson -> Named.of(lesson.getFileName().toString(), lesson));
    }

    static List<Path> in(Path root) {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> d.getFileName().toString().matches("module-\\d\\d-.+"))
                    .filter(d -> Files.exists(d.resolve("pom.xml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where -Psolutions compiled a lesson: {@code classes} (solutions), {@code stub-classes}, {@code test-classes}. */
    static Path built(Path lesson, String what) {
        return lesson.resolve("target/solutions").resolve(what);
    }

    /** A test that ran: its class, its display name, its tags (the class's included) and how it ended. */
    record Ran(String testClass, String displayName, Set<String> tags, TestExecutionResult result) {
        boolean passed() {
            return result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
        }
    }

    /** How each exercise test that ran ended, by "class > method > invocation" (a failed container too). */
    static Map<String, Ran> runExerciseTests(Path classes, Path testClasses) {
        return runExerciseTests(List.of(classes), testClasses, null);
    }

    /**
     * The same for the tests tagged {@code tag} (all if null), with the lesson's classes looked for in
     * {@code classes} in order, in the order the tests ended.
     */
    static Map<String, Ran> runExerciseTests(List<Path> classes, Path testClasses, String tag) {
        Map<String, Ran> results = Collections.synchronizedMap(new LinkedHashMap<>());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // The learner's summary and failure list are for learners (config parameters fall back to these).
        System.setProperty("workbook.progress.console", "false");
        System.setProperty("workbook.failures.console", "false");
        List<Path> path = new ArrayList<>(List.of(testClasses));
        path.addAll(classes);
        try (var loader = new ChildFirst(path, Lessons.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            LauncherDiscoveryRequest request = ExerciseRunner.request(testClasses, tag);
            // No session listeners: the kit's Delays would set JUnit's default timeout for this whole JVM, where
            // the checks beside this one run with their own (the lessons' 20 s limit still comes from their file).
            var launcher = LauncherFactory.create(LauncherConfig.builder().enableLauncherSessionListenerAutoRegistration(false).build());
            launcher.execute(request, new TestExecutionListener() {
                private TestPlan plan;

                @Override
                public void testPlanExecutionStarted(TestPlan testPlan) {
                    plan = testPlan;
                }

                @Override
                public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                    String testClass = id.getSource().filter(MethodSource.class::isInstance)
                            .map(s -> ((MethodSource) s).getClassName()).orElse("");
                    Set<String> tags = id.getTags().stream().map(TestTag::getName).collect(Collectors.toSet());
                    if (id.isTest()) {
                        results.put(name(plan, id), new Ran(testClass, id.getDisplayName(), tags, result));
                    } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                        results.put(name(plan, id) + " (container)", new Ran(testClass, id.getDisplayName(), tags, result));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return results;
    }

    /** "class > method > invocation", from the top-most class down, by legacy reporting names (as Surefire's XML). */
    static String name(TestPlan plan, TestIdentifier test) {
        List<String> names = new ArrayList<>();
        for (TestIdentifier node = test; node != null && node.getSource().isPresent();
                node = plan.getParent(node).orElse(null)) {
            names.add(0, node.getLegacyReportingName());
        }
        return String.join(" > ", names);
    }

    /**
     * Looks in the lesson first, then in this module: the lesson's classes, its copy of the test kit and its
     * {@code junit-platform.properties} and {@code META-INF/services} win; JUnit and AssertJ come from here.
     */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(List<Path> dirs, ClassLoader parent) {
            super(dirs.stream().map(ChildFirst::url).toArray(URL[]::new), parent);
        }

        private static URL url(Path dir) {
            try {
                return dir.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && !name.startsWith("java.")) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException notHere) {
                        c = null;
                    }
                }
                if (c == null) c = super.loadClass(name, false);
                if (resolve) resolveClass(c);
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL url = findResource(name);
            return url != null ? url : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            Enumeration<URL> here = findResources(name);
            return here.hasMoreElements() ? here : super.getResources(name);
        }
    }
}
