package dev.futuresworkbook.maintainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Korean vocabulary (issue 11 §3): the retired variants are listed once, in the "retired" table of
 * {@code docs/glossary.ko.md}, each with a Java regular expression in its last column. This class reads them and
 * finds them on a Korean page. Line breaks count as spaces (a pattern may look past the end of a line, e.g. 마감
 * followed by 시각 on the next line); inline code spans are blanked out first, and the glossary's own retired
 * section is skipped.
 */
public final class KoreanTerms {

    /** A retired variant: the regular expression and the glossary line it came from. */
    public record Retired(Pattern pattern, int glossaryLine) {}

    /** A use of a retired variant on a page. */
    public record Use(Path file, int line, String found, Retired retired) {
        @Override
        public String toString() {
            return "%s:%d: \"%s\" is retired (docs/glossary.ko.md:%d, pattern %s)"
                    .formatted(file, line, found, retired.glossaryLine(), retired.pattern());
        }
    }

    static final String SECTION_ANCHOR = "<a id=\"retired\"></a>";
    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");

    private KoreanTerms() {}

    /** The glossary of the workbook whose root is {@code root}. */
    public static Path glossary(Path root) {
        return root.resolve("docs/glossary.ko.md");
    }

    /** Reads the retired variants from the glossary's retired table: the last cell of each row, in backticks. */
    public static List<Retired> retired(Path glossary) {
        List<String> lines = read(glossary);
        int start = lines.indexOf(SECTION_ANCHOR);
        if (start < 0) throw new AssertionError(glossary + " has no " + SECTION_ANCHOR + " section");
        List<Retired> retired = new ArrayList<>();
        boolean pastHeader = false;
        for (int i = start + 2; i < lines.size() && !lines.get(i).startsWith("## "); i++) { // start + 1: the heading
            String line = lines.get(i);
            if (!line.startsWith("|")) continue;
            if (!pastHeader) { // the header row, then the --- row
                pastHeader = line.startsWith("| ---");
                continue;
            }
            List<String> cells = UNESCAPED_PIPE.splitAsStream(line.strip()).toList();
            String last = cells.get(cells.size() - 1).strip();
            if (!last.startsWith("`")) continue; // "—": judged by meaning, not by a pattern
            String regex = last.substring(1, last.length() - 1).replace("\\|", "|");
            retired.add(new Retired(Pattern.compile(regex), i + 1));
        }
        if (retired.isEmpty()) throw new AssertionError(glossary + ": the retired table has no patterns");
        return retired;
    }

    /** Every use of a retired variant on {@code page}. */
    public static List<Use> uses(Path page, List<Retired> retired) {
        List<String> lines = read(page);
        var text = new StringBuilder();
        List<Integer> lineStarts = new ArrayList<>();
        boolean inRetiredSection = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().equals(SECTION_ANCHOR)) {
                inRetiredSection = true;
            } else if (line.startsWith("## ") && i > 0 && !lines.get(i - 1).strip().equals(SECTION_ANCHOR)) {
                inRetiredSection = false;
            }
            lineStarts.add(text.length());
            String checked = page.toString().endsWith(".java") ? line.strip()
                    : inRetiredSection ? " ".repeat(line.length()) : blankCodeSpans(line);
            text.append(checked).append(' ');
        }
        List<Use> uses = new ArrayList<>();
        for (Retired r : retired) {
            Matcher m = r.pattern().matcher(text);
            while (m.find()) uses.add(new Use(page, lineOf(lineStarts, m.start()), m.group(), r));
        }
        uses.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return uses;
    }

    /** A term a Korean page writes with its English name the first time: 퓨처 as 퓨처(Future). */
    public record Glossed(String term, String gloss) {}

    static final String TERMS_ANCHOR = "<a id=\"terms\"></a>";
    /** A Korean cell of the terms table that marks its term: Hangul, then the English name in parentheses. */
    private static final Pattern GLOSSED_CELL = Pattern.compile("([가-힣][가-힣 ]*)\\(([A-Za-z][A-Za-z -]*)\\)");
    /** What a first use does not count in: link text, quotations, and the workbook's name, 퓨처 워크북. */
    private static final Pattern NOT_A_USE =
            Pattern.compile("\\[[^\\]]*]\\(|\"[^\"\\n]*\\n?[^\"\\n]*\"|“[^”]*”|「[^」]*」|퓨처 워크북");

    /** The terms the glossary marks for a first-use gloss: its terms table's Korean cells written 용어(English). */
    public static List<Glossed> glossed(Path glossary) {
        List<String> lines = read(glossary);
        int start = lines.indexOf(TERMS_ANCHOR);
        if (start < 0) throw new AssertionError(glossary + " has no " + TERMS_ANCHOR + " section");
        List<Glossed> glossed = new ArrayList<>();
        for (int i = start + 2; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            if (!lines.get(i).startsWith("| ")) continue;
            String korean = UNESCAPED_PIPE.splitAsStream(lines.get(i)).skip(1).findFirst().orElse("");
            Matcher m = GLOSSED_CELL.matcher(korean.strip());
            if (m.matches()) glossed.add(new Glossed(m.group(1), "(" + m.group(2) + ")"));
        }
        if (glossed.isEmpty()) throw new AssertionError(glossary + ": no term in the terms table is marked 용어(English)");
        return glossed;
    }

    /**
     * The glossary's promise: a Korean page writes each marked term with its English name the first time it uses it
     * in running text (headings, code, link text and quotations name things, and do not count). Returns one problem
     * ("file:line: ...") per term whose first use lacks it.
     */
    public static List<String> unglossed(Path page, List<Glossed> glossed) {
        var text = new StringBuilder();
        boolean inFence = false;
        for (String line : read(page)) {
            boolean fence = line.startsWith("```");
            if (fence) inFence = !inFence;
            text.append(inFence || fence || line.startsWith("#") ? "" : blankCodeSpans(line)).append('\n');
        }
        String running = blank(NOT_A_USE, text.toString()); // a quotation may go on to the next line
        List<String> problems = new ArrayList<>();
        for (Glossed g : glossed) {
            int at = running.indexOf(g.term());
            if (at >= 0 && !running.startsWith(g.gloss(), at + g.term().length())) {
                long line = running.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
                problems.add("%s:%d: the first %s in running text is written without %s"
                        .formatted(page, line, g.term(), g.gloss()));
            }
        }
        return problems;
    }

    private static String blankCodeSpans(String line) {
        return blank(CODE_SPAN, line);
    }

    private static String blank(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        var out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, m.group().replaceAll("[^\\n]", " "));
        m.appendTail(out);
        return out.toString();
    }

    private static int lineOf(List<Integer> lineStarts, int offset) {
        int line = 0;
        while (line + 1 < lineStarts.size() && lineStarts.get(line + 1) <= offset) line++;
        return line + 1;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
