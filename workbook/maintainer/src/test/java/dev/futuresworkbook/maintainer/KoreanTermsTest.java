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
import org.junit.jupiter.api.TestFactory;

/**
 * One Korean vocabulary on the workbook's own Korean pages: the root README.ko.md and every docs/*.ko.md use none
 * of the variants that docs/glossary.ko.md retires (its "retired" table is the only list), and write 퓨처(Future)
 * the first time they use the word. The lesson READMEs are
 * checked by {@link LessonNotesTest}. Skipped where those pages are absent (a hand-out).
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
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.ko.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".ko.md")).sorted().forEach(pages::add);
        }
        return pages.stream().map(page -> DynamicTest.dynamicTest(ROOT.relativize(page).toString(), () -> {
            assertThat(KoreanTerms.uses(page, retired))
                    .as("retired Korean variants in %s; use the glossary's terms", ROOT.relativize(page))
                    .isEmpty();
            assertThat(KoreanTerms.firstFutureUnglossed(page)).as("퓨처(Future) at its first use").isEmpty();
        }));
    }
}
