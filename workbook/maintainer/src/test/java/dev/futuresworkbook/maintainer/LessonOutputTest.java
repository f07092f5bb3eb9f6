package dev.futuresworkbook.maintainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs each lesson main class that the notes show output of ({@code <!-- output: fully.qualified.Main -->}
 * before a fenced block) in a fresh JVM on the lesson's reference build, and checks that it exits 0 by itself
 * within a few seconds and prints what the notes say. A lesson's programs run at the same time.
 *
 * <p>Matching is line by line, in order, after every number is replaced by '#' (times, counts and
 * identities differ from run to run). A line "..." in the notes stands for any number of lines.
 * The Korean and English notes must show the same output.
 */
@DisplayName("Lesson output · 레슨 출력: the main class prints what the notes show")
class LessonOutputTest {

    static final Duration LIMIT = Duration.ofSeconds(20);

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.futuresworkbook.maintainer.Lessons#all")
    @DisplayName("each program the notes show prints what they show")
    void lessonsPrintWhatTheNotesShow(Path lesson) throws IOException, InterruptedException {
        Map<String, List<String>> expected = outputs(Notes.read(lesson.resolve("README.md")));
        assertThat(outputs(Notes.read(lesson.resolve("README.ko.md")))).as("output blocks of README.ko.md vs README.md")
                .isEqualTo(expected);
        assertThat(expected).as("the notes show the output of at least one lesson main class").isNotEmpty();
        String java = ProcessHandle.current().info().command().orElse("java");
        Map<String, Process> running = new LinkedHashMap<>();
        Map<String, Path> logs = new LinkedHashMap<>();
        for (String mainClass : expected.keySet()) {
            Path log = Files.createTempFile("lesson-output", ".txt");
            logs.put(mainClass, log);
            running.put(mainClass, new ProcessBuilder(java, "-cp", Lessons.built(lesson, "classes").toString(), mainClass)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start());
        }
        try {
            for (var e : running.entrySet()) check(e.getKey(), e.getValue(), logs.get(e.getKey()), expected.get(e.getKey()));
        } finally {
            for (var e : running.entrySet()) {
                e.getValue().destroyForcibly();
                Files.deleteIfExists(logs.get(e.getKey()));
            }
        }
    }

    private static Map<String, List<String>> outputs(Notes notes) {
        Map<String, List<String>> outputs = new LinkedHashMap<>();
        for (Notes.MarkedBlock block : notes.markedBlocks()) {
            if (block.kind().equals("output")) outputs.put(block.argument(), block.body());
        }
        return outputs;
    }

    private static void check(String mainClass, Process process, Path log, List<String> expected)
            throws IOException, InterruptedException {
        if (!process.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            fail("%s did not exit by itself within %s; it printed:%n%s", mainClass, LIMIT, Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code of %s; it printed:%n%s", mainClass, output).isZero();
        assertThat(matches(expected, 0, output.lines().toList(), 0))
                .as("the output block in the notes matches what %s printed (numbers aside).%n"
                        + "Notes:%n%s%nProgram:%n%s", mainClass, String.join("\n", expected), output)
                .isTrue();
    }

    static boolean matches(List<String> expected, int e, List<String> actual, int a) {
        if (e == expected.size()) return a == actual.size();
        if (expected.get(e).strip().equals("...")) {
            for (int skip = a; skip <= actual.size(); skip++) {
                if (matches(expected, e + 1, actual, skip)) return true;
            }
            return false;
        }
        return a < actual.size() && normalize(expected.get(e)).equals(normalize(actual.get(a)))
                && matches(expected, e + 1, actual, a + 1);
    }

    static String normalize(String line) {
        return line.replaceAll("\\d+([.,]\\d+)*", "#").stripTrailing();
    }
}
