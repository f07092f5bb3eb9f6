package dev.futuresworkbook.maintainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One Korean vocabulary on the workbook's own Korean pages: the root README.ko.md and every docs/*.ko.md use none
 * of the variants that docs/glossary.ko.md retires (its "retired" table is the only list), and write each term its
 * terms table marks, such as 퓨처(Future), with its English name the first time; the Korean strings of the Java sources (lessons' stubs, solutions and tests,
 * the test kit) use none of them either. The lesson READMEs are checked by {@link LessonNotesTest}. Skipped where those
 * pages are absent (a hand-out).
 */
@DisplayName("Korean terms · 한국어 용어: the workbook's Korean pages use the glossary's words")
class KoreanTermsTest {

    private static final Path ROOT = Path.of(System.getProperty("workbook.root"));

    @TestFactory
    Stream<DynamicTest> pagesUseTheGlossarysTerms() throws IOException {
        Path glossary = KoreanTerms.glossary(ROOT);
        assumeTrue(Files.exists(ROOT.resolve("README.ko.md")) && Files.exists(glossary),
                "the workbook's root README and docs/ are not here (a hand-out)");
        List<KoreanTerms.Retired> retired = KoreanTerms.retired(glossary);
        List<KoreanTerms.Glossed> glossed = KoreanTerms.glossed(glossary);
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.ko.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".ko.md")).sorted().forEach(pages::add);
        }
        return pages.stream().map(page -> DynamicTest.dynamicTest(ROOT.relativize(page).toString(), () -> {
            assertThat(KoreanTerms.uses(page, retired))
                    .as("retired Korean variants in %s; use the glossary's terms", ROOT.relativize(page))
                    .isEmpty();
            assertThat(KoreanTerms.unglossed(page, glossed)).as("the glossary's marked terms, glossed at first use")
                    .isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> javaStringsUseTheGlossarysTerms() throws IOException {
        Path glossary = KoreanTerms.glossary(ROOT);
        assumeTrue(Files.exists(glossary), "docs/ is not here (a hand-out)");
        List<KoreanTerms.Retired> retired = KoreanTerms.retired(glossary);
        List<Path> sources = new ArrayList<>();
        // No depth limit: an exercise test (module-0N/src/test/java/dev/futuresworkbook/<lesson>/exercises/…) sits 9
        // levels down, and a limit of 8 once left every one of them unchecked.
        try (Stream<Path> all = Files.walk(ROOT)) {
            all.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> ROOT.relativize(p).toString().matches("(module-0[^/]*/src|workbook/test-kit/src)/.*"))
                    .sorted().forEach(sources::add);
        }
        assertThat(sources).as("Java sources under the lessons and the test kit, exercise tests among them")
                .anyMatch(p -> p.toString().matches(".*/src/test/java/.*/exercises/Exercise\\w*Test\\.java"));
        return sources.stream().map(source -> DynamicTest.dynamicTest(ROOT.relativize(source).toString(), () ->
                assertThat(KoreanTerms.uses(source, retired))
                        .as("retired Korean variants in %s; use the glossary's terms", ROOT.relativize(source))
                        .isEmpty()));
    }

    /**
     * The uses a native reader found that the check let through (issue 18), and the sentence that proves it; 진행 요약
     * passed because its glossary row had no pattern.
     */
    @ParameterizedTest
    @ValueSource(strings = {"작업이 블록됨", "get()이 블록됩니다", "스레드를 블록한 뒤", "호출이 블록합니다", "long이 넘칠 때",
            "합이 넘칩니다", "코어 하나를 계속 태움", "값이\n돌아가지 않게", "마감이 지나면", "CPU 시간을 태웁니다",
            "이 호출은 블록됩니다.", "스레드가 블록된다", "범위를 넘친 값", "결과와 진행 요약을 보여 줍니다", "실행의 진행\n요약",
            "아무것도 catch할 필요가 없습니다",
            "타임아웃이 터질 때", "결과를 간직해 두세요"})
    void theCheckFindsConjugatedAndWrappedForms(String sentence, @TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("page.ko.md"), "# 제목\n\n" + sentence + "\n");
        assertThat(KoreanTerms.uses(page, KoreanTerms.retired(KoreanTerms.glossary(ROOT))))
                .as("the retired form in \"%s\"", sentence).isNotEmpty();
        Path source = Files.writeString(dir.resolve("Example.java"), "class Example { String s = \"\"\"\n"
                + sentence + "\n\"\"\"; }\n");
        assertThat(KoreanTerms.uses(source, KoreanTerms.retired(KoreanTerms.glossary(ROOT))))
                .as("the retired form in a Java string \"%s\"", sentence).isNotEmpty();
    }

    /** Lesson 4, the timeout lesson, once used 타임아웃 throughout without (timeout): the first use in running text. */
    @ParameterizedTest
    @ValueSource(strings = {"결과를 타임아웃을 걸고 받습니다.", "스레드에 인터럽트를 겁니다.", "이 퓨처는 끝났습니다.",
            "# 타임아웃(timeout)\n\n타임아웃을 겁니다.", "[타임아웃(timeout) 문서](x.md)에서 타임아웃을 봅니다.",
            "`타임아웃(timeout)`처럼 타임아웃을 씁니다."})
    void anUnglossedFirstUseFails(String text, @TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("page.ko.md"), "# 제목\n\n" + text + "\n");
        assertThat(KoreanTerms.unglossed(page, KoreanTerms.glossed(KoreanTerms.glossary(ROOT))))
                .as("the first use in \"%s\"", text).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"결과를 타임아웃(timeout)을 걸고 받습니다. 타임아웃이 나면 취소합니다.",
            "# 타임아웃이 작동하지 않는 이유\n\n[타임아웃이 작동하지 않는 이유](x.md), \"타임아웃이 발생할 때까지\" 다음에 "
                    + "인터럽트(interrupt)와 퓨처(Future)와 타임아웃(timeout).", "퓨처 워크북의 퓨처(Future)."})
    void aGlossedFirstUsePasses(String text, @TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("page.ko.md"), "# 제목\n\n" + text + "\n");
        assertThat(KoreanTerms.unglossed(page, KoreanTerms.glossed(KoreanTerms.glossary(ROOT))))
                .as("the first use in \"%s\"", text).isEmpty();
    }

    @Test
    void theGlossaryMarksTheTermsThePagesPromise() {
        assertThat(KoreanTerms.glossed(KoreanTerms.glossary(ROOT))).contains(
                new KoreanTerms.Glossed("퓨처", "(Future)"), new KoreanTerms.Glossed("타임아웃", "(timeout)"),
                new KoreanTerms.Glossed("인터럽트", "(interrupt)"));
    }
}
