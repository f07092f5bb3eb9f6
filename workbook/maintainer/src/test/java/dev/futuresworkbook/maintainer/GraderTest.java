package dev.futuresworkbook.maintainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The instructors' grader ({@code ./mvnw -pl <module> -Pgrade -Dsubmissions=...}, issue 14), driven on lesson 1
 * with one submission of each kind an instructor meets: the reference solutions (a whole clone, zipped), the
 * untouched stubs, one partly solved, one that does not compile, one with an endless loop (zipped), one that
 * edits a test file, plus an empty folder, a zip of another lesson and a zip that tries to write outside itself.
 *
 * <p>The test builds lesson 1 and its tests with javac into its own folder (as Maven does for {@code -Pgrade})
 * and runs the grader's main class in a JVM of its own, then reads the table it printed and the CSV it wrote.
 */
@DisplayName("Grader · 채점기: one command grades a class, whatever the submissions hold")
class GraderTest {

    private static final String MODULE = "module-01-submit";
    private static final String EXERCISES = "dev/futuresworkbook/submit/exercises/";
    private static final Path ROOT = root();
    private static final Path LESSON = ROOT.resolve(MODULE);
    private static final int TIMEOUT_SECONDS = 30;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    @DisplayName("grades solved, stubs, partial, broken, endless and test-editing submissions, and marks the bad ones")
    void gradesAClass(@TempDir Path dir) throws IOException, InterruptedException {
        Path build = dir.resolve("build");
        List<Path> libraries = libraries();
        buildLesson(build, libraries);

        Path submissions = dir.resolve("submissions");
        Files.createDirectories(submissions);
        // The reference solutions, in a zip of a whole clone of the workbook.
        Path solved = copyLesson(dir.resolve("clone/futures-workbook"));
        copySolutions(solved, "SumUpTo", "SubmitAll", "CollectResults", "ParallelSum", "Describe");
        zip(dir.resolve("clone"), submissions.resolve("solved.zip"));
        // The untouched stubs, as a folder holding the learner's module.
        copyLesson(submissions.resolve("stubs"));
        // Exercises 1 and 2 solved.
        copySolutions(copyLesson(submissions.resolve("partial")), "SumUpTo", "SubmitAll");
        // A syntax error.
        Path broken = copyLesson(submissions.resolve("broken"));
        Path brokenFile = broken.resolve(MODULE + "/src/main/java/" + EXERCISES + "SumUpTo.java");
        int brokenLine = Files.readAllLines(brokenFile).indexOf("    public static long sumUpTo(long n) {") + 2;
        replaceIn(brokenFile, "public static long sumUpTo(long n) {", "public static long sumUpTo(long n) {\n        long half = n / 2\n");
        // Every exercise solved, but exercise 3 with an endless loop that no interrupt stops, in a zip of the module.
        Path loop = copyLesson(dir.resolve("loop"));
        copySolutions(loop, "SumUpTo", "SubmitAll", "CollectResults", "ParallelSum", "Describe");
        Path collect = loop.resolve(MODULE + "/src/main/java/" + EXERCISES + "CollectResults.java");
        String signature = Files.readAllLines(collect).stream().filter(l -> l.contains(" collectResults(")).findFirst()
                .orElseThrow(() -> new AssertionError("no collectResults( in " + collect));
        String code = Files.readString(collect);
        int body = code.indexOf('{', code.indexOf(signature));
        Files.writeString(collect, code.substring(0, body + 1)
                + "\n        while (System.nanoTime() != 0) { Thread.onSpinWait(); }\n" + code.substring(body + 1));
        zip(loop, submissions.resolve("loop.zip"));
        // The stubs, and a test of exercise 1 rewritten to pass: the edit must change nothing.
        Path edited = copyLesson(submissions.resolve("edited-test"));
        Files.writeString(edited.resolve(MODULE + "/src/test/java/" + EXERCISES + "Exercise1SumUpToTest.java"), """
                package dev.futuresworkbook.submit.exercises;

                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;

                @Tag("exercise-1")
                class Exercise1SumUpToTest {
                    @Test
                    void passes() {}
                }
                """);
        // Bad submissions that need no JVM.
        Files.createDirectories(submissions.resolve("empty"));
        zipEntries(submissions.resolve("other-lesson.zip"), Map.of(
                "module-02-wait/src/main/java/dev/futuresworkbook/wait/exercises/Futures.java", "class Futures {}"));
        zipEntries(submissions.resolve("zip-slip.zip"), Map.of(
                MODULE + "/src/main/java/" + EXERCISES + "SumUpTo.java", "class SumUpTo {}",
                "../../outside.txt", "written outside the scratch folder"));
        List<String> before = listing(submissions);

        Path out = dir.resolve("grading");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-classpath", build.resolve("test-classes") + File.pathSeparator + join(libraries),
                "dev.futuresworkbook.support.Grader",
                "--module=" + MODULE,
                "--module-dir=" + LESSON,
                "--classes=" + build.resolve("classes"),
                "--test-classes=" + build.resolve("test-classes"),
                "--libraries=" + join(libraries),
                "--base-dir=" + dir,
                "--submissions=submissions",
                "--out=grading",
                "--timeout=" + TIMEOUT_SECONDS,
                "--jobs=2"));
        Process grader = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile()).start();
        boolean finished = grader.waitFor(3, TimeUnit.MINUTES);
        if (!finished) grader.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        if (!finished) grader.destroyForcibly();
        String printed = Files.readString(dir.resolve("stdout.txt"));
        String log = Files.readString(dir.resolve("stderr.txt"));
        assertThat(finished).as("the grader finished; its log:%n%s", log).isTrue();
        assertThat(grader.exitValue()).as("the grader's exit code; its log:%n%s", log).isZero();

        Map<String, List<String>> table = rows(printed);
        assertThat(table).as("rows of the printed table:%n%s%n%s", printed, log).containsOnlyKeys(
                "solved", "stubs", "partial", "broken", "loop", "edited-test", "empty", "other-lesson", "zip-slip");
        assertThat(Files.readString(out.resolve("results.md"))).as("results.md is the printed table").isEqualTo(
                printed.substring(0, printed.indexOf("\nWritten")));

        // columns: Learner, Ex 1..Ex 5, Solved, Status
        assertThat(table.get("solved").subList(1, 6)).as("solved").allMatch(c -> c.matches("✔ (\\d+)/\\1"));
        assertThat(table.get("solved").subList(6, 8)).containsExactly("5/5", "ok");
        assertThat(table.get("stubs").subList(1, 6)).as("stubs").allMatch(c -> c.matches("✘ 0/\\d+"));
        assertThat(table.get("stubs").subList(6, 8)).containsExactly("0/5", "ok");
        assertThat(table.get("partial").subList(1, 3)).as("partial: exercises 1 and 2").allMatch(c -> c.matches("✔ (\\d+)/\\1"));
        assertThat(table.get("partial").subList(3, 6)).as("partial: exercises 3 to 5").allMatch(c -> c.matches("✘ 0/\\d+"));
        assertThat(table.get("partial").get(6)).isEqualTo("2/5");
        assertThat(table.get("broken").get(7)).as("broken").startsWith("does not compile").contains("SumUpTo.java:" + brokenLine + ":");
        assertThat(table.get("broken").get(6)).isEqualTo("0/5");
        assertThat(table.get("loop").get(7)).as("endless loop").startsWith("timed out")
                .contains("after " + TIMEOUT_SECONDS + " s, in exercise 3");
        assertThat(table.get("loop").get(3)).as("the exercise that hung").isEqualTo("–");
        assertThat(table.get("loop").subList(1, 6)).as("exercises that finished before the time limit, or did not run")
                .allMatch(c -> c.equals("–") || c.matches("✔ (\\d+)/\\1"));
        assertThat(table.get("edited-test").subList(1, 7)).as("the edited test had no effect")
                .isEqualTo(table.get("stubs").subList(1, 7));
        assertThat(table.get("edited-test").get(7)).contains("tests differ from the workbook's, ignored");
        assertThat(table.get("empty").get(7)).startsWith("empty");
        assertThat(table.get("other-lesson").get(7)).startsWith("module not found").contains("module-02-wait");
        assertThat(table.get("zip-slip").get(7)).startsWith("refused").contains("../../outside.txt");

        List<String> csv = Files.readAllLines(out.resolve("results.csv"));
        assertThat(csv.get(0)).startsWith("learner,status,solved,exercises,exercise_1_solved,exercise_1_passed,exercise_1_tests");
        assertThat(csv).as("CSV").anyMatch(l -> l.startsWith("solved,ok,5,5,1,"))
                .anyMatch(l -> l.startsWith("stubs,ok,0,5,0,0,"))
                .anyMatch(l -> l.startsWith("partial,ok,2,5,1,"))
                .anyMatch(l -> l.startsWith("broken,does-not-compile,0,5,"))
                .anyMatch(l -> l.startsWith("loop,timed-out,"))
                .anyMatch(l -> l.startsWith("edited-test,ok,0,5,0,0,"))
                .anyMatch(l -> l.startsWith("zip-slip,refused,0,5,"));
        assertThat(Files.readString(out.resolve("details/partial.md"))).as("partial's details")
                .contains("✔", "✘", "collectResults");
        assertThat(Files.readString(out.resolve("details/edited-test.md")))
                .contains("src/test/java/" + EXERCISES + "Exercise1SumUpToTest.java");

        assertThat(listing(submissions)).as("nothing was written into the submissions").isEqualTo(before);
        assertThat(dir.resolve("outside.txt")).doesNotExist();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).map(p -> p.info().commandLine().orElse("?")))
                .as("processes left running").isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------

    /** The rows of the Markdown table, by learner, each as its cells. */
    private static Map<String, List<String>> rows(String printed) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : printed.lines().toList()) {
            if (!line.startsWith("| ") || line.startsWith("| Learner") || line.startsWith("| ---")) continue;
            List<String> cells = Arrays.stream(line.substring(2, line.length() - 2).split(" \\| ", -1))
                    .map(String::strip).toList();
            rows.put(cells.get(0), cells);
        }
        return rows;
    }

    /** Lesson 1 and its tests (with the workbook's test support), compiled as -Pgrade's Maven build does. */
    private static void buildLesson(Path build, List<Path> libraries) throws IOException {
        Path classes = build.resolve("classes");
        Path testClasses = build.resolve("test-classes");
        compile(List.of(LESSON.resolve("src/main/java")), List.of(), classes);
        List<Path> classpath = new ArrayList<>(List.of(classes));
        classpath.addAll(libraries);
        compile(List.of(LESSON.resolve("src/test/java"), ROOT.resolve(".mvn/workbook/test/java")), classpath, testClasses);
        copyTree(ROOT.resolve(".mvn/workbook/test/resources"), testClasses);
    }

    private static void compile(List<Path> roots, List<Path> classpath, Path out) throws IOException {
        List<String> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.add(p.toString()));
            }
        }
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("--release", "21", "-proc:none", "-nowarn", "-encoding", "UTF-8",
                "-d", out.toString(), "-classpath", join(classpath)));
        args.addAll(files);
        var errors = new java.io.ByteArrayOutputStream();
        int status = javac.run(null, null, errors, args.toArray(String[]::new));
        assertThat(status).as("javac %s:%n%s", roots, errors.toString(StandardCharsets.UTF_8)).isZero();
    }

    /** The test libraries (JUnit, AssertJ, ...) of this test's own class path. */
    private static List<Path> libraries() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Path> jars = Arrays.stream(path.split(File.pathSeparator)).filter(p -> p.endsWith(".jar"))
                .filter(p -> !p.contains("surefire")).map(Path::of).toList();
        assertThat(jars).as("test libraries in %s", path)
                .anyMatch(p -> p.getFileName().toString().startsWith("junit-platform-launcher"))
                .anyMatch(p -> p.getFileName().toString().startsWith("assertj-core"));
        return jars;
    }

    /** A learner's folder holding lesson 1 as the workbook ships it (without solutions or build output). */
    private static Path copyLesson(Path learner) throws IOException {
        copyTree(LESSON.resolve("src/main"), learner.resolve(MODULE + "/src/main"));
        copyTree(LESSON.resolve("src/test"), learner.resolve(MODULE + "/src/test"));
        Files.copy(LESSON.resolve("pom.xml"), learner.resolve(MODULE + "/pom.xml"));
        return learner;
    }

    private static void copySolutions(Path learner, String... names) throws IOException {
        for (String name : names) {
            Path solution = LESSON.resolve("src/solutions/java/" + EXERCISES + name + ".java");
            assertThat(solution).as("lesson 1's reference solution %s (renamed? update this test)", name).exists();
            Files.copy(solution, learner.resolve(MODULE + "/src/main/java/" + EXERCISES + name + ".java"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void replaceIn(Path file, String old, String replacement) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).contains(old);
        Files.writeString(file, text.replace(old, replacement));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    private static void zip(Path folder, Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                entries.put(folder.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        zipEntries(zip, entries);
    }

    private static void zipEntries(Path zip, Map<String, String> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); var out = new ZipOutputStream(file)) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static String join(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    /** The workbook's root: the nearest folder up from here that holds mvnw and lesson 1. */
    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw")) && Files.isDirectory(p.resolve(MODULE))) return p;
        }
        throw new IllegalStateException("not inside the workbook: " + Path.of("").toAbsolutePath());
    }
}
