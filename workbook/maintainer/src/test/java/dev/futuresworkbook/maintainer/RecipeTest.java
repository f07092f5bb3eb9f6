package dev.futuresworkbook.maintainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Exercises;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The instructor guide's recipe, "Adding an exercise" (docs/instructor-guide.md, "Adding an exercise"): on a scratch
 * copy of lesson 1 with the workbook's build, a sixth exercise takes a stub, a solution, a test, a section in each
 * README and one line of the list, and then the learner's summary lists it, stubs-must-fail proves it, Surefire and
 * ExerciseRunner agree on it, and the hand-out ships it.
 *
 * <p>The grader's part is the grader's owners' (workbook/instructor): once it reads the list, grading the scratch
 * lesson's stubs must show exercise 6 as a column, unsolved, and grading its solutions must show it solved.
 */
@DisplayName("Recipe · 레시피: a sixth exercise in five files and one list line")
@ResourceLock(value = Lessons.LOCK, mode = ResourceAccessMode.READ_WRITE)
class RecipeTest {

    private static final String LESSON = "module-01-submit";
    private static final String PACKAGE = "dev/futuresworkbook/submit/exercises/";
    private static final String STUB = """
            package dev.futuresworkbook.submit.exercises;

            /** Exercise 6 · 연습 6: twice. */
            public final class Twice {

                private Twice() {}

                /** Returns {@code 2 * n}. */
                public static long twice(long n) {
                    %s
                }
            }
            """;

    @Test
    @DisplayName("the summary, stubs-must-fail, Surefire vs ExerciseRunner and the hand-out pick exercise 6 up")
    void sixthExercise(@TempDir Path scratch) throws Exception {
        Path lesson = copyWorkbook(scratch);
        // The recipe: five files and one line.
        write(lesson.resolve("src/main/java/" + PACKAGE + "Twice.java"), STUB.formatted(
                "throw new UnsupportedOperationException(\"Exercise 6 (twice) is not solved yet\");"));
        write(lesson.resolve("src/solutions/java/" + PACKAGE + "Twice.java"), STUB.formatted("return 2 * n;"));
        write(lesson.resolve("src/test/java/" + PACKAGE + "Exercise6TwiceTest.java"), """
                package dev.futuresworkbook.submit.exercises;

                import static org.assertj.core.api.Assertions.assertThat;

                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;

                @Tag("exercise-6")
                class Exercise6TwiceTest {
                    @Test
                    void doublesIt() {
                        assertThat(Twice.twice(21)).isEqualTo(42);
                    }
                }
                """);
        append(lesson.resolve("README.md"), "\n<a id=\"exercise-6\"></a>\n### Exercise 6 — `twice`\n\nReturn `2 * n`.\n");
        append(lesson.resolve("README.ko.md"), "\n<a id=\"exercise-6\"></a>\n### 연습 6 — `twice`\n\n`2 * n`을 돌려주세요.\n");
        append(lesson.resolve(Exercises.LIST), "6\tTwice\tExercise6TwiceTest\texercise-6\ttwice\t두 배\n");

        // The learner's run: the summary lists exercise 6, and the build fails on the stubs.
        Path log = scratch.resolve("learner.log");
        Process maven = new ProcessBuilder(scratch.resolve("workbook/mvnw").toString(), "-o", "test", "-pl", LESSON)
                .directory(scratch.resolve("workbook").toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(maven.waitFor(4, TimeUnit.MINUTES)).as("the learner's run ended").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(maven.exitValue()).as("exit status on the stubs; output:%n%s", output).isNotZero();
        assertThat(output).as("the learner's run").contains("✘ Exercise 6 — twice · 연습 6 — 두 배  (0/1 tests");
        assertThat(output.strip().lines().reduce((a, b) -> b)).as("the run ends on the summary")
                .hasValueSatisfying(last -> assertThat(last).contains("-Dgroups=exercise-1"));

        // Stubs-must-fail proves it, and Surefire and ExerciseRunner agree on the stubs.
        Path classes = lesson.resolve("target/classes");
        Path testClasses = lesson.resolve("target/test-classes");
        assertThat(StubsMustFailTest.problems(lesson, classes, testClasses)).as("stubs-must-fail on the scratch lesson").isEmpty();
        var ran = Lessons.runExerciseTests(classes, testClasses);
        assertThat(SameVerdictsTest.runner(ran)).as("ExerciseRunner vs Surefire on the stubs")
                .isEqualTo(SameVerdictsTest.surefire(lesson.resolve("target/surefire-reports")))
                .containsEntry("dev.futuresworkbook.submit.exercises.Exercise6TwiceTest", "0 passed 1 failed");

        // The hand-out ships it, without its solution.
        Process handout = new ProcessBuilder("bash", scratch.resolve("workbook/workbook/instructor/handout.sh").toString(),
                LESSON, scratch.resolve("dist").toString()).redirectErrorStream(true)
                .redirectOutput(scratch.resolve("handout.log").toFile()).start();
        assertThat(handout.waitFor(2, TimeUnit.MINUTES) && handout.exitValue() == 0)
                .as("handout.sh: %s", Files.readString(scratch.resolve("handout.log"))).isTrue();
        List<String> names = new ArrayList<>();
        try (var zip = new ZipFile(scratch.resolve("dist/" + LESSON + "-handout.zip").toFile())) {
            zip.stream().forEach(entry -> names.add(entry.getName()));
        }
        String in = LESSON + "-handout/" + LESSON + "/";
        assertThat(names).contains(in + "src/main/java/" + PACKAGE + "Twice.java",
                in + "src/test/java/" + PACKAGE + "Exercise6TwiceTest.java", in + Exercises.LIST)
                .noneMatch(name -> name.contains("/src/solutions/"));
    }

    /** The root pom (with only lesson 1) and its parents, the wrapper, .mvn, workbook/{test-kit,learner,instructor}, docs and lesson 1. */
    private static Path copyWorkbook(Path scratch) throws IOException {
        Path root = Lessons.ROOT;
        Path copy = scratch.resolve("workbook");
        for (String part : List.of("mvnw", "mvnw.cmd", ".editorconfig", ".gitignore", ".mvn", "workbook/build", "workbook/tools",
                "workbook/test-kit", "workbook/learner", "workbook/instructor", "docs", LESSON)) {
            try (Stream<Path> files = Files.walk(root.resolve(part))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String relative = root.relativize(file).toString();
                    if (relative.contains("/target/")) continue;
                    Files.createDirectories(copy.resolve(relative).getParent());
                    Files.copy(file, copy.resolve(relative));
                }
            }
        }
        copy.resolve("mvnw").toFile().setExecutable(true);
        // As handout.sh does: only this lesson in the reactor.
        List<String> pom = Files.readAllLines(root.resolve("pom.xml")).stream()
                .filter(line -> !line.matches("\\s*<module>.*</module>\\s*") || line.contains("<module>" + LESSON + "<"))
                .toList();
        Files.write(copy.resolve("pom.xml"), pom);
        return copy.resolve(LESSON);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
