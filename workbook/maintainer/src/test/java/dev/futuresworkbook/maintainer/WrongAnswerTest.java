package dev.futuresworkbook.maintainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Exercises;
import dev.futuresworkbook.testkit.ProgressReport;
import dev.futuresworkbook.testkit.Timeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One wrong answer per lesson, each a row of the instructor guide's table "Common wrong answers", written as a
 * learner would: one edit of the lesson's reference solution. Compiled over the solutions and run the one way
 * ({@link dev.futuresworkbook.testkit.ExerciseRunner}'s request) on its exercise's tests, it must fail with the
 * learner's run drawn ({@link Timeline}), and the "Next" block it gives must be the one the guide shows beside
 * its row, in both languages (marked {@code <!-- wrong-answer: <lesson>/exercise-N -->}), up to what varies
 * between runs. The guide's list of the exercises that draw a timeline is checked against the tests too.
 */
@DisplayName("Wrong answers · 오답: each lesson's wrong answer fails with its timeline, as the instructor guide shows")
@ResourceLock(value = Lessons.LOCK, mode = ResourceAccessMode.READ_WRITE)
class WrongAnswerTest {

    private static final List<Path> GUIDES = List.of(Lessons.ROOT.resolve("docs/instructor-guide.md"),
            Lessons.ROOT.resolve("docs/instructor-guide.ko.md"));

    /** A row of the guide's table, made by replacing {@code right} with {@code wrong} in the solution of {@code stub}. */
    record WrongAnswer(String lesson, int exercise, String stub, String right, String wrong) {
        String marker() {
            return lesson + "/" + Exercises.TAG_PREFIX + exercise;
        }
    }

    static Stream<Named<WrongAnswer>> wrongAnswers() {
        return Stream.of(
                Named.of("lesson 1: get() inside the submit loop", new WrongAnswer("module-01-submit", 2, "SubmitAll", """
                                    futures.add(executor.submit(() -> task.apply(item)));
                        """, """
                                    Future<R> future = executor.submit(() -> task.apply(item));
                                    try {
                                        future.get(); // wait until it has run, then go on with the next one
                                    } catch (Exception e) {
                                        throw new IllegalStateException(e);
                                    }
                                    futures.add(future);
                        """)),
                Named.of("lesson 2: cancel(false) after the wait", new WrongAnswer("module-02-wait", 3, "WaitThenCancel",
                        "future.cancel(true); // true: interrupt it if it is running; cancel(false) would let it run on",
                        "future.cancel(false); // as Python's f.cancel()")),
                Named.of("lesson 3: a timeout per next()", new WrongAnswer("module-03-as-completed", 4, "AsCompleted",
                        "completed.poll(remainingNanos(start, timeout), TimeUnit.NANOSECONDS)",
                        "completed.poll(timeout.toNanos(), TimeUnit.NANOSECONDS)")),
                Named.of("lesson 4: a timeout per get", new WrongAnswer("module-04-result-timeout", 4, "GetAll",
                        "future.get(left, TimeUnit.NANOSECONDS)",
                        "future.get(budget, TimeUnit.NANOSECONDS)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongAnswers")
    @Timeout(120)
    @DisplayName("fails with the learner's run drawn, and the guide (en/ko) shows what the learner sees")
    void failsWithItsTimelineAsTheGuideShows(WrongAnswer wrong, @TempDir Path dir) throws IOException {
        Path lesson = Lessons.ROOT.resolve(wrong.lesson());
        Path classes = compileOverSolutions(lesson, wrong, dir);

        var failed = Lessons.runExerciseTests(List.of(classes, Lessons.built(lesson, "classes")),
                Lessons.built(lesson, "test-classes"), Exercises.TAG_PREFIX + wrong.exercise())
                .values().stream().filter(ran -> !ran.passed()).findFirst();
        assertThat(failed).as("%s: the wrong answer fails its exercise", wrong.marker()).isPresent();
        String message = failed.get().result().getThrowable().map(Throwable::getMessage).orElse("").strip();
        assertThat(message).as("the first failure's message").contains(Timeline.HEADER).contains("Expected · 기대: ");

        String seen = ProgressReport.failure(failed.get().displayName(), message);
        for (Path guide : GUIDES) {
            assertThat(normalised(shown(guide, wrong.marker())))
                    .as("%s, block <!-- wrong-answer: %s -->, vs this run's \"Next\" block:%n%s", guide.getFileName(),
                            wrong.marker(), seen)
                    .isEqualTo(normalised(seen));
        }
    }

    @Test
    @DisplayName("the guide (en/ko) lists the exercises whose tests draw a timeline, as @Drawn marks them")
    void drawnExercisesListed() throws IOException {
        Map<String, String> drawn = new TreeMap<>();
        for (Path lesson : Lessons.in(Lessons.ROOT)) {
            try (Stream<Path> tests = Files.walk(lesson.resolve("src/test/java"))) {
                String numbers = tests.filter(test -> readString(test).contains("@Drawn("))
                        .map(test -> Exercises.numberOfTestClass(test.getFileName().toString().replace(".java", "")))
                        .flatMap(java.util.Optional::stream).sorted().distinct().map(String::valueOf)
                        .collect(Collectors.joining(", "));
                if (!numbers.isEmpty()) drawn.put(lesson.getFileName().toString(), numbers);
            }
        }
        for (Path guide : GUIDES) {
            Map<String, String> listed = new TreeMap<>();
            Matcher row = Pattern.compile("(?m)^\\| `(module-\\d\\d-[a-z-]+)` \\| ([\\d, ]+) \\|$").matcher(Files.readString(guide));
            while (row.find()) listed.put(row.group(1), row.group(2).strip());
            assertThat(listed).as("%s: | `<lesson>` | <exercises> | rows", guide.getFileName()).isEqualTo(drawn);
        }
    }

    /** The lesson's solution of the stub with the one edit, compiled against the other solutions into {@code dir}. */
    private static Path compileOverSolutions(Path lesson, WrongAnswer wrong, Path dir) throws IOException {
        Path solution;
        try (Stream<Path> files = Files.walk(lesson.resolve("src/solutions/java"))) {
            solution = files.filter(f -> f.getFileName().toString().equals(wrong.stub() + ".java")).findFirst().orElseThrow();
        }
        String source = Files.readString(solution);
        assertThat(source).as("the text the wrong answer replaces, once in %s", solution).containsOnlyOnce(wrong.right());
        Path wrongSource = Files.createDirectories(dir.resolve("src")).resolve(solution.getFileName());
        Files.writeString(wrongSource, source.replace(wrong.right(), wrong.wrong()));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        var errors = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, errors, "--release", "21", "-proc:none",
                "-nowarn", "-encoding", "UTF-8", "-d", classes.toString(),
                "-classpath", Lessons.built(lesson, "classes").toString(), wrongSource.toString());
        assertThat(status).as("javac %s:%n%s", wrongSource, errors.toString(StandardCharsets.UTF_8)).isZero();
        return classes;
    }

    /** The fenced block after {@code <!-- wrong-answer: marker -->} in {@code guide}. */
    private static String shown(Path guide, String marker) {
        return Notes.read(guide).markedBlocks().stream()
                .filter(b -> b.kind().equals("wrong-answer") && b.argument().equals(marker))
                .map(b -> String.join("\n", b.body())).findFirst()
                .orElseThrow(() -> new AssertionError(guide.getFileName() + " has no <!-- wrong-answer: " + marker + " --> block"));
    }

    /**
     * The text with what varies between runs made alike: milliseconds and durations, line numbers, hash codes,
     * the JDK's own stack frames, trailing spaces; in the drawing, where a bar starts and how long it is (a run of one character is one),
     * and the order of rows that start in the same instant (they are sorted).
     */
    static String normalised(String text) {
        var out = new StringBuilder();
        List<String> drawing = null;
        for (String line : text.lines().toList()) {
            String same = line.stripTrailing()
                    .replaceAll("\\d+(\\.\\d+)?(S\\b| ms\\b|밀리초)", "N$2")
                    .replaceAll("\\.java:\\d+\\)", ".java:N)")
                    .replaceAll("@[0-9a-f]{4,8}\\b", "@H")
                    // the JDK's own frames differ between JDK 21 and 25: a run of them counts as one
                    .replaceAll("java\\.base/[^ (]+\\([^)]*\\)( < java\\.base/[^ (]+\\([^)]*\\))*", "java.base/…");
            if (drawing != null && !line.contains("Expected · 기대: ")) {
                drawing.add(same.replaceAll("(.)\\1+", "$1"));
                continue;
            }
            if (drawing != null) drawing.stream().sorted().forEach(row -> out.append(row).append('\n'));
            drawing = line.contains(Timeline.HEADER) ? new ArrayList<>() : null;
            out.append(same).append('\n');
        }
        return out.toString();
    }

    private static String readString(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
