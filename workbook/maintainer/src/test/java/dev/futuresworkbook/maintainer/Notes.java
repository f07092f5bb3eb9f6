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
 * A Markdown page of the workbook, read the way the checks need it: headings, fenced blocks marked with
 * {@code <!-- snippet: ... -->}, {@code <!-- output: ... -->} or {@code <!-- wrong-answer: ... -->}, links and anchors.
 */
public record Notes(Path file, List<String> lines) {

    /** A fenced block that follows a marker comment: {@code <!-- kind: argument -->}. */
    record MarkedBlock(String kind, String argument, int line, List<String> body) {}

    /** A heading: its level (number of '#') and its text. */
    public record Heading(int level, String text) {}

    private static final Pattern MARKER = Pattern.compile("^<!--\\s*(snippet|output|wrong-answer):\\s*(\\S+)\\s*-->\\s*$");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern ANCHOR = Pattern.compile("<a id=\"([^\"]+)\"");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");

    public static Notes read(Path file) {
        try {
            return new Notes(file, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines outside fenced code blocks: where headings and links count. */
    private List<String> prose() {
        List<String> prose = new ArrayList<>();
        boolean inFence = false;
        for (String line : lines) {
            if (line.startsWith("```")) inFence = !inFence;
            else if (!inFence) prose.add(line);
        }
        return prose;
    }

    /** Headings outside fenced code blocks. */
    public List<Heading> headings() {
        List<Heading> headings = new ArrayList<>();
        for (String line : prose()) {
            Matcher m = HEADING.matcher(line);
            if (m.matches()) headings.add(new Heading(m.group(1).length(), m.group(2).strip()));
        }
        return headings;
    }

    List<MarkedBlock> markedBlocks() {
        List<MarkedBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i).strip());
            if (!m.matches()) continue;
            int open = i + 1;
            if (open >= lines.size() || !lines.get(open).startsWith("```")) {
                throw new AssertionError(file + ":" + (i + 1) + ": a marker must be followed by a ``` block");
            }
            int close = open + 1;
            while (close < lines.size() && !lines.get(close).startsWith("```")) close++;
            blocks.add(new MarkedBlock(m.group(1), m.group(2), i + 1, List.copyOf(lines.subList(open + 1, close))));
            i = close;
        }
        return blocks;
    }

    /** Link targets outside fenced code blocks, e.g. "README.ko.md", "../docs/x.md#y", "#exercise-1". */
    public List<String> links() {
        List<String> links = new ArrayList<>();
        for (String line : prose()) {
            Matcher m = LINK.matcher(line);
            while (m.find()) links.add(m.group(1));
        }
        return links;
    }

    /** Explicit anchors ({@code <a id="..."></a>}), in page order. */
    List<String> explicitAnchors() {
        List<String> anchors = new ArrayList<>();
        for (String line : lines) {
            Matcher m = ANCHOR.matcher(line);
            while (m.find()) anchors.add(m.group(1));
        }
        return anchors;
    }

    /** Explicit anchors and GitHub's anchors for headings. */
    List<String> anchors() {
        List<String> anchors = explicitAnchors();
        for (Heading h : headings()) anchors.add(slug(h.text()));
        return anchors;
    }

    /** GitHub's heading anchor: lower case, punctuation dropped, spaces to '-'. */
    static String slug(String heading) {
        String s = heading.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[`*_]", "")
                .replaceAll("[^\\p{L}\\p{N}\\- ]", "");
        return s.replace(' ', '-');
    }
}
