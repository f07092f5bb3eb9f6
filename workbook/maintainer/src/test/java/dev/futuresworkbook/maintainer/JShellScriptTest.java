package dev.futuresworkbook.maintainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evaluates every {@code src/main/jshell/*.jsh} of each lesson with the JDK's own JShell API, snippet by
 * snippet, so a script that no longer compiles or throws fails the build instead of the learner.
 * jshell commands (lines starting with '/') are skipped.
 */
@DisplayName("jshell scripts · jshell 스크립트: every snippet runs")
@ResourceLock(value = Lessons.LOCK, mode = ResourceAccessMode.READ)
class JShellScriptTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.futuresworkbook.maintainer.Lessons#all")
    @DisplayName("every snippet of the lesson's scripts runs on its reference build")
    void everyScriptRuns(Path lesson) throws IOException {
        Path dir = lesson.resolve("src/main/jshell");
        List<Path> scripts;
        try (Stream<Path> files = Files.list(dir)) {
            scripts = files.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
        }
        assertThat(scripts).as("jshell scripts in %s", dir).isNotEmpty();
        for (Path script : scripts) run(script, Lessons.built(lesson, "classes"));
    }

    /** Feeds the script line by line, as the jshell tool does, evaluating each snippet once it is complete. */
    private static void run(Path script, Path classes) throws IOException {
        List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
        var output = new ByteArrayOutputStream();
        List<String> problems = new ArrayList<>();
        try (var out = new PrintStream(output, true, StandardCharsets.UTF_8);
                JShell jshell = JShell.builder().executionEngine("local").out(out).err(out).build()) {
            jshell.addToClasspath(classes.toString());
            SourceCodeAnalysis analysis = jshell.sourceCodeAnalysis();
            var pending = new StringBuilder();
            for (String line : lines) {
                if (pending.isEmpty() && line.startsWith("/")) continue; // a jshell command, e.g. /exit
                pending.append(line).append('\n');
                String rest = pending.toString();
                while (problems.isEmpty()) {
                    SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
                    if (!info.completeness().isComplete()) break;
                    if (info.completeness() != SourceCodeAnalysis.Completeness.EMPTY) {
                        problems.addAll(evaluate(jshell, info.source()));
                    }
                    rest = info.remaining();
                }
                pending.setLength(0);
                pending.append(rest.isBlank() ? "" : rest);
            }
            if (problems.isEmpty() && !pending.toString().isBlank()) {
                problems.add("incomplete snippet at the end: " + pending.toString().strip());
            }
        }
        assertThat(problems).as("%s (output so far:%n%s)", script, output.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static List<String> evaluate(JShell jshell, String source) {
        List<String> problems = new ArrayList<>();
        for (SnippetEvent event : jshell.eval(source)) {
            if (event.status() == Snippet.Status.REJECTED) {
                String diagnostics = jshell.diagnostics(event.snippet())
                        .map(d -> d.getMessage(null)).collect(Collectors.joining("; "));
                problems.add("rejected: " + event.snippet().source().strip() + " -> " + diagnostics);
            } else if (event.exception() != null) {
                problems.add("threw " + event.exception() + ": " + event.snippet().source().strip());
            }
        }
        return problems;
    }
}
