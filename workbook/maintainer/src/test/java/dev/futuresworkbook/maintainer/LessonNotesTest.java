package dev.futuresworkbook.maintainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each lesson's notes: the Korean and English pages keep the same sections (those of the original notes, in their
 * order), link to each other, show code that is the code in {@code src/}, link only to things that exist, stay short
 * enough to read in one sitting, and use the glossary's Korean words; the one jshell script is the one -Pjshell
 * loads. One case per lesson.
 */
@DisplayName("Notes · 노트: both languages in sync with each other and with the code")
class LessonNotesTest {

    /**
     * Every lesson keeps the sections of the original notes, in their order (this list is the rule);
     * "⚠️" applies to some lessons only.
     */
    private static final List<String> ENGLISH_SECTIONS = List.of(
            "🎯 Purpose", "🧩 Core API comparison", "🧪 Practice code walkthrough", "Output",
            "⚠️ Pitfalls", "✅ Summary", "Full code", "Exercises · Hints");
    private static final List<String> KOREAN_SECTIONS = List.of(
            "🎯 목적", "🧩 핵심 함수 비교", "🧪 실습 코드 요약", "출력 결과",
            "⚠️ 주의할 점", "✅ 정리", "전체 코드", "연습 문제 · 힌트");

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.futuresworkbook.maintainer.Lessons#all")
    @DisplayName("each page starts by linking to the other language")
    void languageSwitch(Path lesson) {
        Notes english = english(lesson);
        Notes korean = korean(lesson);
        assertThat(english.lines().get(0)).contains("(README.ko.md)");
        assertThat(korean.lines().get(0)).contains("(README.md)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.futuresworkbook.maintainer.Lessons#all")
    @DisplayName("Korean and English have the same headings, level by level")
    void sameHeadingStructure(Path lesson) {
        Notes english = english(lesson);
        Notes korean = korean(lesson);
        assertThat(korean.headings().stream().map(Notes.Heading::level).toList())
                .as("heading levels of README.ko.md vs README.md")
                .isEqualTo(english.headings().stream().map(Notes.Heading::level).toList());
        assertThat(korean.explicitAnchors())
                .as("explicit anchors (<a id=...>) of README.ko.md vs README.md")
                .isEqualTo(english.explicitAnchors());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.futuresworkbook.maintainer.Lessons#all")
    @DisplayName("the sections follow the original notes', in order")
    void originalNotesSections(Path lesson) {
        Notes english = english(lesson);
        Notes korean = korean(lesson);
        assertSections(english, ENGLISH_SECTIONS);
        assertSections(korean, KOREAN_SECTIONS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.futuresworkbook.maintainer.Lessons#all")
    @DisplayName("every marked snippet is the code in src/, and both languages show the same ones")
    void snippetsMatchTheCode(Path lesson) throws IOException {
        Notes english = english(lesson);
        Notes korean = korean(lesson);
        for (Notes notes : List.of(english, korean)) {
            for (Notes.MarkedBlock block : notes.markedBlocks()) {
                if (!block.kind().equals("snippet")) continue;
                assertThat(block.body())
                        .as("%s:%d shows %s, which must be the code between // region:%s and // endregion:%s",
                                notes.file().getFileName(), block.line(), block.argument(),
                                regionName(block.argument()), regionName(block.argument()))
                        .isEqualTo(region(lesson, block.argument()));
            }
        }
        assertThat(snippetNames(korean)).as("snippets of README.ko.md vs README.md").isEqualTo(snippetNames(english));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.futuresworkbook.maintainer.Lessons#all")
    @DisplayName("every relative link and anchor resolves")
    void linksResolve(Path lesson) {
        Notes english = english(lesson);
        Notes korean = korean(lesson);
        List<String> broken = new ArrayList<>();
        for (Notes notes : List.of(english, korean)) broken.addAll(Links.broken(notes));
        assertThat(broken).as("broken links").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.futuresworkbook.maintainer.Lessons#all")
    @DisplayName("the one jshell script is the one -Pjshell loads, and the notes name it")
    void jshellScript(Path lesson) throws IOException {
        try (Stream<Path> scripts = Files.list(lesson.resolve("src/main/jshell"))) {
            List<String> names = scripts.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsh")).toList();
            // -Pjshell loads src/main/jshell/<lesson>.jsh, <lesson> = the module name without module-NN- (pom.xml).
            assertThat(names).as("-Pjshell's script; rename the script or the jshell profile's rule")
                    .containsExactly(lesson.getFileName().toString().replaceFirst("^module-\\d+-", "") + ".jsh");
            String english = Files.readString(lesson.resolve("README.md"), StandardCharsets.UTF_8);
            String korean = Files.readString(lesson.resolve("README.ko.md"), StandardCharsets.UTF_8);
            for (String name : names) {
                assertThat(english).contains(name);
                assertThat(korean).contains(name);
            }
        }
    }

    /**
     * A lesson README is what a learner reads in one sitting (about 15 minutes of a 45-minute workshop slot). Characters are Unicode
     * code points (Python's {@code len()} on the UTF-8 text); the core runs from the top of the page to the end of
     * the ✅ section, code included.
     */
    static final int KOREAN_CORE_LIMIT = 12_000;
    static final int KOREAN_WHOLE_LIMIT = 22_000;
    static final int ENGLISH_CORE_LIMIT = 15_000;
    static final int ENGLISH_WHOLE_LIMIT = 28_000;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.futuresworkbook.maintainer.Lessons#all")
    @DisplayName("each README can be read in one sitting: its core and its whole length stay within the limits")
    void sizes(Path lesson) throws IOException {
        Notes english = english(lesson);
        Notes korean = korean(lesson);
        record Page(Notes notes, int coreLimit, int wholeLimit) {}
        List<String> tooLong = new ArrayList<>();
        for (Page page : List.of(new Page(english, ENGLISH_CORE_LIMIT, ENGLISH_WHOLE_LIMIT),
                new Page(korean, KOREAN_CORE_LIMIT, KOREAN_WHOLE_LIMIT))) {
            String name = page.notes().file().getFileName().toString();
            String text = Files.readString(page.notes().file(), StandardCharsets.UTF_8);
            int whole = text.codePointCount(0, text.length());
            int core = coreLength(page.notes());
            if (core > page.coreLimit()) {
                tooLong.add("%s: the core (top to the end of ✅) has %,d characters, limit %,d"
                        .formatted(name, core, page.coreLimit()));
            }
            if (whole > page.wholeLimit()) {
                tooLong.add("%s: the whole page has %,d characters, limit %,d".formatted(name, whole, page.wholeLimit()));
            }
        }
        assertThat(tooLong).as("move what is not on the learner's path to docs/ (instructor guide, performance,"
                + " Python ↔ Java map) and link to it in one line").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.futuresworkbook.maintainer.Lessons#all")
    @DisplayName("the Korean page uses none of the variants the glossary retires (one Korean vocabulary)")
    void koreanVocabulary(Path lesson) {
        Notes korean = korean(lesson);
        Path glossary = KoreanTerms.glossary(lesson.getParent());
        assumeTrue(Files.exists(glossary), "no docs/glossary.ko.md here (a hand-out)");
        List<KoreanTerms.Use> uses = KoreanTerms.uses(korean.file(), KoreanTerms.retired(glossary));
        assertThat(uses).as("retired Korean variants in %s; use the glossary's terms", korean.file()).isEmpty();
        assertThat(KoreanTerms.unglossed(korean.file(), KoreanTerms.glossed(glossary)))
                .as("the glossary's marked terms, glossed at first use").isEmpty();
    }

    /** Code points from the top of the page to the level-2 heading that follows the ✅ section. */
    static int coreLength(Notes notes) {
        int length = 0;
        boolean inFence = false;
        boolean inSummary = false;
        for (String line : notes.lines()) {
            if (line.startsWith("```")) inFence = !inFence;
            if (!inFence && line.startsWith("## ")) {
                if (inSummary) return length;
                inSummary = line.startsWith("## ✅");
            }
            length += line.codePointCount(0, line.length()) + 1;
        }
        return length;
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

    private static Notes english(Path lesson) {
        return Notes.read(lesson.resolve("README.md"));
    }

    private static Notes korean(Path lesson) {
        return Notes.read(lesson.resolve("README.ko.md"));
    }

    /** The lines between {@code // region:name} and {@code // endregion:name}, common indentation removed. */
    static List<String> region(Path lesson, String reference) throws IOException {
        int hash = reference.indexOf('#');
        Path file = lesson.resolve(reference.substring(0, hash));
        String name = reference.substring(hash + 1);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).toList();
        int start = lines.indexOf("// region:" + name);
        int end = lines.indexOf("// endregion:" + name);
        assertThat(start).as("%s has // region:%s and // endregion:%s", file, name, name).isNotNegative().isLessThan(end);
        List<String> body = Files.readAllLines(file, StandardCharsets.UTF_8).subList(start + 1, end);
        int indent = body.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return body.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }

    private static List<String> snippetNames(Notes notes) {
        return notes.markedBlocks().stream().map(b -> b.kind() + ":" + b.argument()).toList();
    }

    private static String regionName(String argument) {
        return argument.substring(argument.indexOf('#') + 1);
    }
}
