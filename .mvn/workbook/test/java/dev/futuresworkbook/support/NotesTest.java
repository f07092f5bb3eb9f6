package dev.futuresworkbook.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The module's notes: the Korean and English pages keep the same sections (the seed's, in its order),
 * link to each other, show code that is the code in {@code src/}, and link only to things that exist.
 * Shared by every module (see the root pom.xml).
 */
@DisplayName("Notes · 노트: both languages in sync with each other and with the code")
class NotesTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Notes ENGLISH = Notes.read(MODULE.resolve("README.md"));
    private static final Notes KOREAN = Notes.read(MODULE.resolve("README.ko.md"));

    /** WORKBOOK.md §5: the seed's sections, in order. "⚠️" applies to some lessons only. */
    private static final List<String> ENGLISH_SECTIONS = List.of(
            "🎯 Purpose", "🧩 Core API comparison", "🧪 Practice code walkthrough", "Output",
            "⚠️ Pitfalls", "✅ Summary", "Full code", "Exercises · Hints");
    private static final List<String> KOREAN_SECTIONS = List.of(
            "🎯 목적", "🧩 핵심 함수 비교", "🧪 실습 코드 요약", "출력 결과",
            "⚠️ 주의할 점", "✅ 정리", "전체 코드", "연습 문제 · 힌트");

    @Test
    @DisplayName("each page starts by linking to the other language")
    void languageSwitch() {
        assertThat(ENGLISH.lines().get(0)).contains("(README.ko.md)");
        assertThat(KOREAN.lines().get(0)).contains("(README.md)");
    }

    @Test
    @DisplayName("Korean and English have the same headings, level by level")
    void sameHeadingStructure() {
        assertThat(KOREAN.headings().stream().map(Notes.Heading::level).toList())
                .as("heading levels of README.ko.md vs README.md")
                .isEqualTo(ENGLISH.headings().stream().map(Notes.Heading::level).toList());
        assertThat(KOREAN.explicitAnchors())
                .as("explicit anchors (<a id=...>) of README.ko.md vs README.md")
                .isEqualTo(ENGLISH.explicitAnchors());
    }

    @Test
    @DisplayName("the sections follow the seed's, in order")
    void seedSections() {
        assertSections(ENGLISH, ENGLISH_SECTIONS);
        assertSections(KOREAN, KOREAN_SECTIONS);
    }

    @Test
    @DisplayName("every marked snippet is the code in src/, and both languages show the same ones")
    void snippetsMatchTheCode() throws IOException {
        for (Notes notes : List.of(ENGLISH, KOREAN)) {
            for (Notes.MarkedBlock block : notes.markedBlocks()) {
                if (!block.kind().equals("snippet")) continue;
                assertThat(block.body())
                        .as("%s:%d shows %s, which must be the code between // region:%s and // endregion:%s",
                                notes.file().getFileName(), block.line(), block.argument(),
                                regionName(block.argument()), regionName(block.argument()))
                        .isEqualTo(Snippets.region(MODULE, block.argument()));
            }
        }
        assertThat(snippetNames(KOREAN)).as("snippets of README.ko.md vs README.md").isEqualTo(snippetNames(ENGLISH));
    }

    @Test
    @DisplayName("every relative link and anchor resolves")
    void linksResolve() {
        List<String> broken = new ArrayList<>();
        for (Notes notes : List.of(ENGLISH, KOREAN)) broken.addAll(Links.broken(notes));
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    @DisplayName("the jshell script the notes mention exists")
    void jshellScriptExists() throws IOException {
        try (Stream<Path> scripts = Files.list(MODULE.resolve("src/main/jshell"))) {
            List<String> names = scripts.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsh")).toList();
            assertThat(names).isNotEmpty();
            String english = Files.readString(ENGLISH.file(), StandardCharsets.UTF_8);
            String korean = Files.readString(KOREAN.file(), StandardCharsets.UTF_8);
            for (String name : names) {
                assertThat(english).contains(name);
                assertThat(korean).contains(name);
            }
        }
    }

    private static void assertSections(Notes notes, List<String> expected) {
        List<String> level2 = notes.headings().stream().filter(h -> h.level() == 2).map(Notes.Heading::text).toList();
        List<String> wanted = expected.stream()
                .filter(section -> !section.startsWith("⚠️") || level2.stream().anyMatch(h -> h.startsWith("⚠️")))
                .toList();
        List<String> found = level2.stream()
                .filter(h -> wanted.stream().anyMatch(h::startsWith))
                .map(h -> wanted.stream().filter(h::startsWith).findFirst().orElseThrow())
                .toList();
        assertThat(found).as("the level-2 sections of %s, in order", notes.file().getFileName()).isEqualTo(wanted);
    }

    private static List<String> snippetNames(Notes notes) {
        return notes.markedBlocks().stream().map(b -> b.kind() + ":" + b.argument()).toList();
    }

    private static String regionName(String argument) {
        return argument.substring(argument.indexOf('#') + 1);
    }
}
