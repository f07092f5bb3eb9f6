package dev.futuresworkbook.maintainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Surefire (the learner's build, the self-check) and {@link dev.futuresworkbook.testkit.ExerciseRunner} (watch
 * mode, the grader, stubs-must-fail) give the same verdicts on the same sources: here on lesson 1's reference
 * solutions, as -Psolutions built and Surefire tested them; {@link RecipeTest} does the same on untouched stubs.
 * Verdicts are compared per exercise test class: how many of its tests passed, how many failed.
 */
@DisplayName("Same verdicts · 같은 판정: Surefire and ExerciseRunner agree")
@ResourceLock(value = Lessons.LOCK, mode = ResourceAccessMode.READ_WRITE)
class SameVerdictsTest {

    @Test
    @DisplayName("lesson 1's solutions: every exercise test passes both ways")
    void solutions() throws Exception {
        Path lesson = Lessons.ROOT.resolve("module-01-submit");
        Map<String, String> surefire = surefire(Lessons.built(lesson, "surefire-reports"));
        Map<String, String> runner = runner(Lessons.runExerciseTests(Lessons.built(lesson, "classes"),
                Lessons.built(lesson, "test-classes")));
        assertThat(runner).as("ExerciseRunner vs Surefire, per exercise test class").isEqualTo(surefire);
        assertThat(surefire).isNotEmpty().allSatisfy((testClass, verdict) -> assertThat(verdict).endsWith(" 0 failed"));
    }

    /** "N passed M failed" per exercise test class, from Surefire's XML reports in {@code reports}. */
    static Map<String, String> surefire(Path reports) throws Exception {
        Map<String, int[]> counts = new TreeMap<>();
        try (Stream<Path> files = Files.list(reports)) {
            for (Path xml : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.exercises\\.Exercise\\d+\\w*Test\\.xml")).toList()) {
                NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile())
                        .getElementsByTagName("testcase");
                for (int i = 0; i < cases.getLength(); i++) {
                    Element c = (Element) cases.item(i);
                    boolean failed = c.getElementsByTagName("failure").getLength() + c.getElementsByTagName("error").getLength() > 0;
                    counts.computeIfAbsent(c.getAttribute("classname"), k -> new int[2])[failed ? 1 : 0]++;
                }
            }
        } catch (IOException e) {
            throw new AssertionError("no Surefire reports in " + reports + " (build the lesson first)", e);
        }
        return verdicts(counts);
    }

    /** The same, from a run through ExerciseRunner's request. */
    static Map<String, String> runner(Map<String, Lessons.Ran> ran) {
        Map<String, int[]> counts = new TreeMap<>();
        ran.values().forEach(r -> counts.computeIfAbsent(r.testClass(), k -> new int[2])[r.passed() ? 0 : 1]++);
        return verdicts(counts);
    }

    private static Map<String, String> verdicts(Map<String, int[]> counts) {
        Map<String, String> verdicts = new TreeMap<>();
        counts.forEach((testClass, c) -> verdicts.put(testClass, c[0] + " passed " + c[1] + " failed"));
        return verdicts;
    }
}
