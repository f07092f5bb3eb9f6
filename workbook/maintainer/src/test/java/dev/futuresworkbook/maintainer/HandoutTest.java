package dev.futuresworkbook.maintainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-out of each lesson ({@code workbook/instructor/handout.sh}) holds what a learner runs (the wrapper,
 * the root pom with only that lesson, the test kit, the learner's tools, the lesson, the docs pages it links to),
 * and no reference solution, grader or maintainer check.
 */
@DisplayName("Hand-out · 배포본: the lesson without its solutions")
class HandoutTest {

    private static final Path ROOT = Path.of(System.getProperty("workbook.root"));
    private static final Path SCRIPT = ROOT.resolve("workbook/instructor/handout.sh");

    @TempDir
    static Path out;

    /** One run of the script for every lesson, as an instructor makes a course's hand-outs. */
    @BeforeAll
    static void handOutAll() throws IOException, InterruptedException {
        assumeTrue(Files.isDirectory(ROOT.resolve("module-01-submit/src/solutions")), "this is already a hand-out");
        Process process = new ProcessBuilder("bash", SCRIPT.toString(), "all", out.toString())
                .redirectErrorStream(true).redirectOutput(out.resolve("log.txt").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("handout.sh finished").isTrue();
        assertThat(process.exitValue()).as("handout.sh: %s", Files.readString(out.resolve("log.txt"))).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"module-01-submit", "module-02-wait", "module-03-as-completed", "module-04-result-timeout"})
    @DisplayName("has the wrapper, the build, the stubs and the tests, and not one solution")
    void handoutWithoutSolutions(String module) throws IOException {
        Path lesson = ROOT.resolve(module);
        Map<String, String> files = read(out, module + "-handout");
        String prefix = module + "-handout/";
        assertThat(files).containsKeys(prefix + "mvnw", prefix + "pom.xml", prefix + "README.md",
                prefix + ".mvn/wrapper/maven-wrapper.properties", prefix + "workbook/build/pom.xml",
                prefix + "workbook/tools/pom.xml", prefix + module + "/pom.xml",
                prefix + module + "/README.md", prefix + module + "/README.ko.md");
        assertThat(files.keySet()).as("files of the hand-out")
                .noneMatch(name -> name.contains("/src/solutions/") || name.contains("/target/"))
                .noneMatch(name -> name.startsWith(prefix + "workbook/instructor/") || name.contains("Grader"))
                .noneMatch(name -> name.startsWith(prefix + "workbook/maintainer/") || name.contains("/maintainer/"))
                .anyMatch(name -> name.startsWith(prefix + "workbook/test-kit/src/main/java/"))
                .anyMatch(name -> name.startsWith(prefix + "workbook/learner/summary/"))
                .anyMatch(name -> name.contains("/src/main/java/") && name.contains("/exercises/"))
                .anyMatch(name -> name.contains("/src/test/java/"));
        files.forEach((name, text) -> {
            if (name.startsWith(prefix + module + "/")) assertThat(text).as(name).doesNotContain("(Reference solution.)");
        });
        assertThat(files.get(prefix + "pom.xml")).as("the hand-out's root pom lists only this lesson")
                .contains("<module>" + module + "</module>")
                .doesNotContainPattern("<module>(?!" + module + "<)[^<]*</module>");

        List<String> stubs = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(lesson.resolve("src/main/java"))) {
            sources.filter(p -> p.toString().contains("/exercises/") && p.toString().endsWith(".java"))
                    .forEach(p -> stubs.add(prefix + module + "/" + lesson.relativize(p)));
        }
        assertThat(files).as("the untouched exercise stubs").containsKeys(stubs.toArray(String[]::new));

        // Every link of the unpacked hand-out resolves: the docs pages the lesson links to are in it, and links
        // to what it leaves out (other lessons, solutions) are plain text.
        Path unpacked = out.resolve("unpacked-" + module);
        files.forEach((name, text) -> write(unpacked.resolve(name), text));
        Path unpackedLesson = unpacked.resolve(module + "-handout/" + module);
        List<String> broken = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(unpacked)) {
            pages = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path page : pages) {
            Links.broken(Notes.read(page)).forEach(b -> broken.add(unpacked.relativize(page) + " → " + b));
        }
        assertThat(broken).as("broken links in the unpacked hand-out").isEmpty();
        for (String page : List.of("README.md", "README.ko.md")) {
            for (String link : Notes.read(lesson.resolve(page)).links()) {
                if (link.startsWith("../docs/")) {
                    assertThat(unpackedLesson.resolve(link.replaceFirst("#.*", "")).normalize())
                            .as("the docs page %s links to is in the hand-out", page).isRegularFile();
                }
            }
            String original = Files.readString(lesson.resolve(page));
            if (original.matches("(?s).*\\]\\(\\.\\./module-\\d\\d-[^)]*\\).*")) {
                assertThat(Files.readString(unpackedLesson.resolve(page))).as("%s in the hand-out names other lessons as such", page)
                        .containsPattern(page.endsWith(".ko.md") ? "워크북의 다른 레슨" : "another lesson of the workbook");
            }
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every file of the .zip the script wrote, by name, with its text. */
    private static Map<String, String> read(Path out, String name) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(Files.newInputStream(out.resolve(name + ".zip")))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (!entry.isDirectory()) files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
