package dev.futuresworkbook.maintainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.learner.Trees;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The instructors' grader ({@code ./mvnw -pl <module> -Pgrade -Dsubmissions=...}, issues 14 and 20), driven on
 * lesson 1: ordinary submissions and the six kinds of attack of issue 20. The test builds lesson 1, its tests
 * with the test kit, and the grader (workbook/instructor), as the {@code grade} profile does, and runs the grader's
 * main class in a JVM of its own; it reads the table it printed and the files it wrote.
 */
@DisplayName("Grader · 채점기: one submission never decides another's grade, or its own but by passing the tests")
class GraderTest {

    private static final String MODULE = "module-01-submit";
    private static final String EXERCISES = "dev/futuresworkbook/submit/exercises/";
    private static final Path ROOT = root();
    private static final Path LESSON = ROOT.resolve(MODULE);
    /** Per submission: several times what lesson 1's tests take on a loaded machine, and what ends the endless one. */
    private static final int TIMEOUT_SECONDS = 25;
    /** Lesson 1 and the grader built inside the clone, as -Pgrade builds them: the solutions are a walk away. */
    private static final Path build = LESSON.resolve("target/grader-test");

    @BeforeAll
    static void buildLesson() throws IOException {
        Trees.delete(build);
        List<Path> libraries = libraries();
        compile(List.of(LESSON.resolve("src/main/java")), List.of(), build.resolve("classes"));
        List<Path> path = new ArrayList<>(libraries);
        path.add(build.resolve("classes"));
        compile(List.of(LESSON.resolve("src/test/java"), ROOT.resolve("workbook/test-kit/src/main/java")), path, build.resolve("test-classes"));
        Trees.copy(ROOT.resolve("workbook/test-kit/src/main/resources"), build.resolve("test-classes"));
        Trees.copy(LESSON.resolve("src/test/resources"), build.resolve("test-classes"));
        path.add(build.resolve("test-classes"));
        compile(List.of(ROOT.resolve("workbook/instructor")), path, build.resolve("instructor-classes"));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    @DisplayName("grades a class with issue 20's attacks among it: each attack fails itself only, nothing outlives the run")
    void gradesAClass(@TempDir Path dir) throws IOException, InterruptedException {
        Path subs = Files.createDirectories(dir.resolve("submissions"));
        Path out = dir.resolve("grading");
        Path pids = dir.resolve("pids.txt");
        solved(subs.resolve("solved"));
        learner(subs.resolve("stubs"));
        // Case 1: a fake progress record, then halt(0) before any test ends.
        inSumUpTo(learner(subs.resolve("fake-record")), """
                try {
                    java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("workbook.progress.dir", "."));
                    java.nio.file.Files.createDirectories(dir);
                    java.nio.file.Files.writeString(dir.resolve("workbook-progress.json"),
                            "{\\"exercises\\":[{\\"number\\":1,\\"tests\\":14,\\"passed\\":14,\\"solved\\":true}]}");
                } catch (Exception e) { }
                Runtime.getRuntime().halt(0);""");
        // Case 2: deletes ../.. and every test class it can reach, as a solved learner is graded beside it.
        inSumUpTo(solved(subs.resolve("destroyer")), DESTROY);
        // ... and one that makes its own copy writable first: the row says "tampered".
        inSumUpTo(learner(subs.resolve("tamperer")), """
                for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                    java.io.File f = new java.io.File(e, "dev/futuresworkbook/submit/exercises/Exercise5DescribeTest.class");
                    f.getParentFile().setWritable(true); f.delete();
                }""");
        // Case 3: passes only if it finds the reference solutions from its class path or working folder.
        inSumUpTo(solved(subs.resolve("reacher")), """
                boolean found = false;
                for (String e : (System.getProperty("java.class.path") + java.io.File.pathSeparator + System.getProperty("user.dir"))
                        .split(java.io.File.pathSeparator)) {
                    for (java.io.File f = new java.io.File(e).getAbsoluteFile(); f != null; f = f.getParentFile()) {
                        found |= new java.io.File(f, "src/solutions").isDirectory() || new java.io.File(f, "%s/src/solutions").isDirectory();
                    }
                }
                if (!found) throw new IllegalStateException("no solutions in reach");""".formatted(MODULE));
        // Case 4: a plain child, and a detached one (a session of its own) that would forge a row later.
        inSumUpTo(learner(subs.resolve("spawner")), """
                try {
                    Process plain = new ProcessBuilder("sleep", "300").start();
                    Process detached = new ProcessBuilder("setsid", "-f", "sh", "-c",
                            "echo $$ >> '%1$s'; while [ ! -f '%2$s' ]; do sleep 0.2; done; echo '| forged |' >> '%2$s'").start();
                    java.nio.file.Files.writeString(java.nio.file.Path.of("%1$s"), plain.pid() + "\\n",
                            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                    Thread.sleep(500);
                } catch (Exception e) { throw new IllegalStateException(e); }""".formatted(pids, out.resolve("results.md")));
        // Case 5: a learner class named like a workbook test, and one standing for a lesson class outside exercises/.
        Files.writeString(learner(subs.resolve("shadow-test")).resolve(MODULE + "/src/main/java/" + EXERCISES + "Exercise1SumUpToTest.java"),
                "package dev.futuresworkbook.submit.exercises;\nclass Exercise1SumUpToTest {}\n");
        Files.writeString(learner(subs.resolve("shadow-lesson")).resolve(MODULE + "/src/main/java/" + EXERCISES + "SubmitLesson.java"),
                "package dev.futuresworkbook.submit;\npublic class SubmitLesson {}\n");
        // Case 6: a zip bomb; two copies of the module, the untouched one nearer the top; an endless loop in exercise 3.
        zipEntries(subs.resolve("bomb.zip"), Map.of(MODULE + "/src/main/java/" + EXERCISES + "SumUpTo.java", " ".repeat(40 << 20)));
        // A zip of the sources alone, with no module folder around them: graded as the module.
        zipEntries(subs.resolve("flat.zip"), Map.of("src/main/java/" + EXERCISES + "SumUpTo.java",
                Files.readString(LESSON.resolve("src/solutions/java/" + EXERCISES + "SumUpTo.java"))));
        learner(subs.resolve("two-copies"));
        solved(subs.resolve("two-copies/work"));
        Path collect = solved(subs.resolve("loop")).resolve(MODULE + "/src/main/java/" + EXERCISES + "CollectResults.java");
        String code = Files.readString(collect);
        int body = code.indexOf('{', code.indexOf(" collectResults("));
        // Endless, deaf to interrupts, and idle: the grader's limit must end it (a spinning loop would only cost the
        // machine the same seconds of CPU).
        Files.writeString(collect, code.substring(0, body + 1)
                + "\n        while (System.nanoTime() != 0) java.util.concurrent.locks.LockSupport.parkNanos(1_000_000_000L);\n" + code.substring(body + 1));

        Run run = grade(dir, "submissions", 2);
        Map<String, List<String>> table = run.rows();
        assertThat(table).as("rows:%n%s%n%s", run.printed, run.log).containsOnlyKeys("solved", "stubs", "fake-record", "destroyer",
                "tamperer", "reacher", "spawner", "shadow-test", "shadow-lesson", "bomb", "flat", "two-copies", "loop");
        // columns: Learner, Ex 1..Ex 5, Solved, Status
        assertThat(table.get("solved").subList(1, 8)).as("solved").startsWith("✔ 14/14").endsWith("5/5", "ok");
        assertThat(table.get("stubs").subList(6, 8)).containsExactly("0/5", "ok");
        // The grader's child runs the tests its own way (GradeRun, reporting over the socket): per exercise, the same
        // verdicts as Surefire's on the same sources (SameVerdictsTest: Surefire's are ExerciseRunner's).
        List<Integer> surefire = surefireTestsPerExercise();
        for (int n = 1; n <= surefire.size(); n++) {
            assertThat(table.get("solved").get(n)).as("exercise %d, solved", n).isEqualTo("✔ %d/%d", surefire.get(n - 1), surefire.get(n - 1));
            assertThat(table.get("stubs").get(n)).as("exercise %d, stubs", n).isEqualTo("✘ 0/%d", surefire.get(n - 1));
        }
        assertThat(String.join(" ", table.get("fake-record"))).as("case 1").doesNotContain("✔").contains("0/5", "tests did not finish");
        assertThat(table.get("tamperer").get(7)).as("case 2").startsWith("tampered").contains("Exercise5DescribeTest.class");
        assertThat(table.get("reacher").get(1)).as("case 3: the solutions are out of reach").isEqualTo("✘ 0/14");
        assertThat(table.get("shadow-test").get(7)).as("case 5").startsWith("refused")
                .contains("dev.futuresworkbook.submit.exercises.Exercise1SumUpToTest");
        assertThat(table.get("shadow-lesson").get(7)).startsWith("refused").contains("dev.futuresworkbook.submit.SubmitLesson");
        assertThat(table.get("bomb").get(7)).as("case 6: zip bomb").startsWith("refused");
        assertThat(table.get("flat").subList(1, 3)).as("a zip with no module folder").containsExactly("✔ 14/14", "✘ 0/6");
        assertThat(table.get("two-copies").subList(6, 8)).as("case 6: two copies")
                .containsExactly("5/5", "ok — several copies of the module, graded · 모듈이 여러 벌, 채점한 것: work/module-01-submit/ (2)");
        assertThat(table.get("loop").get(7)).as("case 6: timeout").startsWith("timed out").contains("in exercise 3");
        assertThat(table.get("loop").get(3)).as("the exercise named is the one not finished").isEqualTo("–");
        assertThat(Files.readString(out.resolve("results.md"))).as("results.md is the printed table")
                .isEqualTo(run.printed.substring(0, run.printed.indexOf("\nWritten")));
        assertThat(Files.readAllLines(out.resolve("results.csv"))).anyMatch(l -> l.startsWith("solved,ok,5,5,1,14,14,"))
                .anyMatch(l -> l.startsWith("tamperer,tampered,0,5,"));

        // Case 4: nothing a submission started is alive, and nothing is written after the grader ends.
        String before = Files.readString(out.resolve("results.md"));
        Thread.sleep(2_000); // the forger, had it lived, appends within 0.2 s of the file's appearing
        assertThat(Files.readString(out.resolve("results.md"))).as("no forged row").isEqualTo(before);
        assertThat(Files.readAllLines(pids)).as("the spawner's processes were started").hasSize(2).allSatisfy(pid ->
                assertThat(ProcessHandle.of(Long.parseLong(pid.strip())).filter(ProcessHandle::isAlive)).as("process %s", pid).isEmpty());
        assertThat(run.started()).as("processes the grader and its submissions started").isNotEmpty()
                .noneMatch(ProcessHandle::isAlive);
        assertThat(build.resolve("test-classes/" + EXERCISES + "Exercise5DescribeTest.class")).as("the instructor's tests").exists();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    @DisplayName("a solved learner graded with a destructive one gets 5/5, one at a time (two at a time: gradesAClass)")
    void destructiveNeighbour(@TempDir Path dir) throws IOException, InterruptedException {
        solved(dir.resolve("submissions/solved"));
        inSumUpTo(solved(dir.resolve("submissions/destroyer")), DESTROY);
        Run run = grade(dir, "submissions", 1);
        assertThat(run.rows().get("solved").subList(6, 8)).as("with 1 job:%n%s%n%s", run.printed, run.log)
                .containsExactly("5/5", "ok");
    }

    @Test
    @DisplayName("a missing submission list, or the workbook itself, is answered in one line")
    void refusesBadArguments(@TempDir Path dir) throws IOException, InterruptedException {
        Run none = grade(dir, "", 1);
        assertThat(none.exit).isEqualTo(2);
        assertThat(none.log.strip().lines()).as("one line, no stack trace").singleElement().asString()
                .contains("-Dsubmissions", "제출물");
        Run self = grade(dir, ROOT.toString(), 1);
        assertThat(self.rows().values()).singleElement().satisfies(r -> assertThat(r.get(7)).startsWith("refused")
                .contains("workbook itself"));
    }

    // ------------------------------------------------------------------------------------------------------

    private static final String DESTROY = """
            try {
                java.nio.file.Path up = java.nio.file.Path.of(System.getProperty("user.dir"), "..", "..").toRealPath();
                if (up.startsWith("/tmp/")) { // the grader's scratch; never a clone or /, whatever the grader does wrong
                    try (var walk = java.nio.file.Files.walk(up)) {
                        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            } catch (Exception e) { }
            for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                new java.io.File(e, "dev/futuresworkbook/submit/exercises/Exercise5DescribeTest.class").delete();
            }""";

    /** The grader's exit status, what it printed and logged, and every process seen below it while it ran. */
    private record Run(int exit, String printed, String log, Set<ProcessHandle> started) {
        Map<String, List<String>> rows() {
            Map<String, List<String>> rows = new LinkedHashMap<>();
            for (String line : printed.lines().toList()) {
                if (!line.startsWith("| ") || line.startsWith("| Learner") || line.startsWith("| ---")) continue;
                List<String> cells = Arrays.stream(line.substring(2, line.length() - 2).split(" \\| ", -1)).map(String::strip).toList();
                rows.put(cells.get(0), cells);
            }
            return rows;
        }
    }

    private static Run grade(Path dir, String submissions, int jobs) throws IOException, InterruptedException {
        String libraries = join(libraries());
        Process grader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-classpath", join(List.of(build.resolve("instructor-classes"), build.resolve("test-classes"))) + File.pathSeparator + libraries,
                "dev.futuresworkbook.instructor.Grader", "--module=" + MODULE, "--module-dir=" + LESSON,
                "--classes=" + build.resolve("classes"), "--test-classes=" + build.resolve("test-classes"),
                "--libraries=" + libraries, "--base-dir=" + dir, "--submissions=" + submissions, "--out=grading",
                "--timeout=" + TIMEOUT_SECONDS, "--jobs=" + jobs)
                .directory(dir.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile()).start();
        Set<ProcessHandle> started = new HashSet<>(); // looked at, not waited on: the run's own end is waitFor's
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (!grader.waitFor(100, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline) {
            grader.descendants().forEach(started::add);
        }
        boolean finished = !grader.isAlive();
        if (!finished) grader.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        if (!finished) grader.destroyForcibly().waitFor();
        String log = Files.readString(dir.resolve("stderr.txt"));
        assertThat(finished).as("the grader finished; its log:%n%s", log).isTrue();
        return new Run(grader.exitValue(), Files.readString(dir.resolve("stdout.txt")), log, started);
    }

    /** A learner's folder holding lesson 1 as the workbook ships it (stubs, tests, pom). */
    private static Path learner(Path learner) throws IOException {
        Trees.copy(LESSON.resolve("src/main"), learner.resolve(MODULE + "/src/main"));
        Trees.copy(LESSON.resolve("src/test"), learner.resolve(MODULE + "/src/test"));
        Files.copy(LESSON.resolve("pom.xml"), learner.resolve(MODULE + "/pom.xml"), StandardCopyOption.REPLACE_EXISTING);
        return learner;
    }

    /** A learner who solved every exercise: the reference solutions in place of the stubs. */
    private static Path solved(Path learner) throws IOException {
        Trees.copy(LESSON.resolve("src/solutions/java"), learner(learner).resolve(MODULE + "/src/main/java"));
        return learner;
    }

    /** Adds a static initialiser to the learner's SumUpTo: run when exercise 1's tests first call it. */
    private static void inSumUpTo(Path learner, String code) throws IOException {
        Path file = learner.resolve(MODULE + "/src/main/java/" + EXERCISES + "SumUpTo.java");
        String text = Files.readString(file);
        int body = text.indexOf('{', text.indexOf("class SumUpTo")) + 1;
        Files.writeString(file, text.substring(0, body) + "\n    static {\n" + code + "\n    }\n" + text.substring(body));
    }

    private static void compile(List<Path> roots, List<Path> classpath, Path out) throws IOException {
        List<String> args = new ArrayList<>(List.of("--release", "21", "-proc:none", "-nowarn", "-encoding", "UTF-8",
                "-d", out.toString(), "-classpath", join(classpath)));
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
            }
        }
        var errors = new java.io.ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, errors, args.toArray(String[]::new));
        assertThat(status).as("javac %s:%n%s", roots, errors.toString(StandardCharsets.UTF_8)).isZero();
    }

    /** The test libraries (JUnit, AssertJ, ...) of this test's own class path. */
    private static List<Path> libraries() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(path.split(File.pathSeparator)).filter(p -> p.endsWith(".jar") && !p.contains("surefire"))
                .map(Path::of).toList();
    }

    /**
     * How many tests each exercise has in Surefire's reports of lesson 1 against its solutions (all passed, or the
     * build would have stopped), in exercise order; empty where the lesson was not built in this run.
     */
    private static List<Integer> surefireTestsPerExercise() throws IOException {
        Path reports = LESSON.resolve("target/solutions/surefire-reports");
        Map<Integer, Integer> tests = new java.util.TreeMap<>();
        if (!Files.isDirectory(reports)) return List.of();
        try (Stream<Path> files = Files.list(reports)) {
            for (Path xml : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.exercises\\.Exercise\\d+\\w*Test\\.xml")).toList()) {
                var m = java.util.regex.Pattern.compile("Exercise(\\d+)").matcher(xml.getFileName().toString());
                var count = java.util.regex.Pattern.compile("<testsuite [^>]*tests=\"(\\d+)\"").matcher(Files.readString(xml));
                if (m.find() && count.find()) tests.merge(Integer.parseInt(m.group(1)), Integer.parseInt(count.group(1)), Integer::sum);
            }
        }
        return List.copyOf(tests.values());
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
