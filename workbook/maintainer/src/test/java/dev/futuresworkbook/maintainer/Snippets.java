package dev.futuresworkbook.maintainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the regions of source files that the notes quote: {@code // region:name} ... {@code // endregion:name}. */
final class Snippets {

    private Snippets() {}

    /**
     * The lines of a region, without the markers and with their common indentation removed.
     *
     * @param reference {@code path/relative/to/module/File.java#name}
     */
    static List<String> region(Path module, String reference) throws IOException {
        int hash = reference.indexOf('#');
        Path file = module.resolve(reference.substring(0, hash));
        String name = reference.substring(hash + 1);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int start = indexOf(lines, "// region:" + name, file);
        int end = indexOf(lines, "// endregion:" + name, file);
        List<String> body = lines.subList(start + 1, end);
        int indent = body.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return body.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }

    private static int indexOf(List<String> lines, String marker, Path file) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) return i;
        }
        throw new AssertionError(file + " has no line '" + marker + "'");
    }
}
