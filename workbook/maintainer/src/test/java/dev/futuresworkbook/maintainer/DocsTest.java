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
 * The workbook's own pages, outside the lessons: the root README and every page of docs/. Each English page
 * {@code x.md} has a Korean twin {@code x.ko.md} that starts by linking back, with the same headings level by
 * level; every relative link resolves. Skipped where those pages are absent (a hand-out of one lesson).
 */
@DisplayName("Docs · 문서: every page in both languages, every link resolves")
class DocsTest {

    private static final Path ROOT = Path.of(System.getProperty("workbook.root"));

    @TestFactory
    Stream<DynamicTest> pagesArePairedAndLinked() throws IOException {
        assumeTrue(Files.exists(ROOT.resolve("README.md")) && Files.isDirectory(ROOT.resolve("docs")),
                "the workbook's root README and docs/ are not here (a hand-out)");
        List<Path> english = new ArrayList<>();
        english.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md") && !p.toString().endsWith(".ko.md")).sorted().forEach(english::add);
        }
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".ko.md")).forEach(korean -> assertThat(
                    korean.resolveSibling(korean.getFileName().toString().replace(".ko.md", ".md")))
                    .as("English twin of %s", korean).exists());
        }
        return english.stream().map(page -> DynamicTest.dynamicTest(ROOT.relativize(page).toString(), () -> check(page)));
    }

    private static void check(Path englishPage) {
        Path koreanPage = englishPage.resolveSibling(englishPage.getFileName().toString().replace(".md", ".ko.md"));
        assertThat(koreanPage).as("Korean twin of %s", englishPage.getFileName()).exists();
        Notes english = Notes.read(englishPage);
        Notes korean = Notes.read(koreanPage);
        assertThat(english.lines().get(0)).as("first line of %s links to its twin", englishPage.getFileName())
                .contains("(" + koreanPage.getFileName() + ")");
        assertThat(korean.lines().get(0)).as("first line of %s links to its twin", koreanPage.getFileName())
                .contains("(" + englishPage.getFileName() + ")");
        assertThat(korean.headings().stream().map(Notes.Heading::level).toList())
                .as("heading levels of %s vs %s", koreanPage.getFileName(), englishPage.getFileName())
                .isEqualTo(english.headings().stream().map(Notes.Heading::level).toList());
        List<String> broken = new ArrayList<>(Links.broken(english));
        broken.addAll(Links.broken(korean));
        assertThat(broken).as("broken links").isEmpty();
    }
}
