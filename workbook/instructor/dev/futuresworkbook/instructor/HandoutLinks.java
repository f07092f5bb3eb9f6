/*
 * Makes every link of a hand-out resolve (called by workbook/instructor/handout.sh; needs any JDK 11+).
 *
 *   java workbook/instructor/dev/futuresworkbook/instructor/HandoutLinks.java <workbook root> <hand-out folder> <module>
 *
 *   1. Ships the docs pages (and other files under docs/) that the lesson's pages link to, into <hand-out>/docs/.
 *   2. In every Markdown page of the hand-out, a relative link whose file (or anchor) is not in the hand-out
 *      becomes plain text; one that pointed at another lesson gets the note "(another lesson of the workbook)",
 *      or "(워크북의 다른 레슨)" in a Korean page.
 *
 * Links are found by pattern ([text](target), outside fenced code), the way the workbook's link check reads
 * them (workbook/maintainer/src/test/java/.../maintainer/Notes.java), so any lesson README works without a list of its links.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public class HandoutLinks {

    static final String ANOTHER_LESSON = "another lesson of the workbook";
    static final String ANOTHER_LESSON_KO = "워크북의 다른 레슨";
    private static final Pattern LINK = Pattern.compile("(!?)\\[([^\\]]*)\\]\\(([^)\\s]+)\\)");
    private static final Pattern ANCHOR = Pattern.compile("<a id=\"([^\"]+)\"");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern LESSON = Pattern.compile("module-\\d\\d-[a-z0-9-]+");

    /** Arguments: the workbook's root, then a hand-out folder and its lesson's module name, for each hand-out. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        for (int i = 1; i + 1 < args.length; i += 2) {
            rewrite(root, Path.of(args[i]).toAbsolutePath().normalize(), args[i + 1]);
        }
    }

    private static void rewrite(Path root, Path handout, String module) throws IOException {

        // 1. The docs the lesson's pages link to.
        int shipped = 0;
        for (Path page : pages(handout.resolve(module))) {
            Path original = root.resolve(handout.relativize(page).toString());
            for (String target : links(Files.readAllLines(page, StandardCharsets.UTF_8))) {
                if (isExternal(target)) continue;
                Path file = original.getParent().resolve(fileOf(target)).normalize();
                if (file.startsWith(root.resolve("docs")) && Files.isRegularFile(file)) {
                    Path copy = handout.resolve(root.relativize(file).toString());
                    if (!Files.exists(copy)) {
                        Files.createDirectories(copy.getParent());
                        Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                        shipped++;
                    }
                }
            }
        }

        // 2. Every page of the hand-out: links to what is not in it become text.
        int rewritten = 0;
        for (Path page : pages(handout)) {
            List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            String note = page.getFileName().toString().endsWith(".ko.md") ? ANOTHER_LESSON_KO : ANOTHER_LESSON;
            boolean inFence = false;
            for (String line : lines) {
                if (line.startsWith("```")) inFence = !inFence;
                if (inFence || line.startsWith("```")) {
                    out.add(line);
                    continue;
                }
                Matcher m = LINK.matcher(line);
                StringBuilder text = new StringBuilder();
                while (m.find()) {
                    String target = m.group(3);
                    String replacement = m.group();
                    if (!isExternal(target) && !resolves(page, target)) {
                        Path inWorkbook = root.resolve(handout.relativize(page.getParent()).toString())
                                .resolve(fileOf(target)).normalize();
                        boolean otherLesson = inWorkbook.startsWith(root) && root.relativize(inWorkbook).getNameCount() > 0
                                && LESSON.matcher(root.relativize(inWorkbook).getName(0).toString()).matches()
                                && !root.relativize(inWorkbook).getName(0).toString().equals(module);
                        // "(lesson 3)" becomes "(lesson 3, another lesson of the workbook)", "see lesson 3" becomes
                        // "see lesson 3 (another lesson of the workbook)"; in a Korean page, "워크북의 다른 레슨".
                        boolean inParentheses = m.start() > 0 && line.charAt(m.start() - 1) == '('
                                && m.end() < line.length() && line.charAt(m.end()) == ')';
                        replacement = m.group(2) + (!otherLesson ? "" : inParentheses ? ", " + note : " (" + note + ")");
                        rewritten++;
                    }
                    m.appendReplacement(text, Matcher.quoteReplacement(replacement));
                }
                m.appendTail(text);
                out.add(text.toString());
            }
            if (!out.equals(lines)) Files.write(page, out, StandardCharsets.UTF_8);
        }
        System.out.println("  " + module + ": docs pages shipped: " + shipped + ", links turned into text: " + rewritten);
    }

    private static List<Path> pages(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted()
                    .collect(Collectors.toList());
        }
    }

    private static boolean isExternal(String target) {
        return target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }

    private static String fileOf(String target) {
        int hash = target.indexOf('#');
        return hash < 0 ? target : target.substring(0, hash);
    }

    /** The link's file exists next to the page, and so does its anchor (for a Markdown page). */
    static boolean resolves(Path page, String target) throws IOException {
        int hash = target.indexOf('#');
        String file = fileOf(target);
        Path path = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(path)) return false;
        if (hash < 0 || !path.toString().endsWith(".md")) return true;
        return anchors(Files.readAllLines(path, StandardCharsets.UTF_8)).contains(target.substring(hash + 1));
    }

    /** Link targets outside fenced code. */
    static List<String> links(List<String> lines) {
        List<String> links = new ArrayList<>();
        for (String line : prose(lines)) {
            Matcher m = LINK.matcher(line);
            while (m.find()) links.add(m.group(3));
        }
        return links;
    }

    /** Explicit anchors and GitHub's heading anchors, as Notes.anchors() has them. */
    static List<String> anchors(List<String> lines) {
        List<String> anchors = new ArrayList<>();
        for (String line : lines) {
            Matcher m = ANCHOR.matcher(line);
            while (m.find()) anchors.add(m.group(1));
        }
        for (String line : prose(lines)) {
            Matcher m = HEADING.matcher(line);
            if (m.matches()) {
                anchors.add(m.group(2).strip().toLowerCase(Locale.ROOT).replaceAll("[`*_]", "")
                        .replaceAll("[^\\p{L}\\p{N}\\- ]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    private static List<String> prose(List<String> lines) {
        List<String> prose = new ArrayList<>();
        boolean inFence = false;
        for (String line : lines) {
            if (line.startsWith("```")) inFence = !inFence;
            else if (!inFence) prose.add(line);
        }
        return prose;
    }
}
