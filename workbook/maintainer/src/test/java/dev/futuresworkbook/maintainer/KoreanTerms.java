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

    /** The first use of 퓨처 as a term ("퓨처 워크북" is the workbook's name). */
    private static final Pattern FUTURE = Pattern.compile("퓨처(?! 워크북)");

    /**
     * The glossary's promise: a Korean page writes 퓨처(Future) the first time it uses the word. Returns a problem
     * ("file:line: ...") or an empty string.
     */
    public static String firstFutureUnglossed(Path page) {
        List<String> lines = read(page);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = FUTURE.matcher(lines.get(i));
            if (m.find()) {
                return lines.get(i).startsWith("(Future)", m.end()) ? ""
                        : "%s:%d: the first 퓨처 on the page is written without (Future)".formatted(page, i + 1);
            }
        }
        return "";
    }

    private static String blankCodeSpans(String line) {
        Matcher m = CODE_SPAN.matcher(line);
        var out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, " ".repeat(m.group().length()));
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
