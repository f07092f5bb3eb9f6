package dev.futuresworkbook.maintainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds the relative links of a page that point at a missing file or a missing anchor. */
public final class Links {

    private Links() {}

    // A hand-out (workbook/instructor/handout.sh) needs no exception: it ships the docs pages its lesson links to
    // and turns links to what it leaves out into plain text (HandoutLinks.java beside it), so every link resolves.

    public static List<String> broken(Notes page) {
        List<String> broken = new ArrayList<>();
        for (String link : page.links()) {
            if (link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) continue; // https:, mailto: ...
            int hash = link.indexOf('#');
            String target = hash < 0 ? link : link.substring(0, hash);
            String anchor = hash < 0 ? null : link.substring(hash + 1);
            Path file = target.isEmpty() ? page.file() : page.file().getParent().resolve(target).normalize();
            if (!Files.exists(file)) {
                broken.add(page.file().getFileName() + ": " + link + " (no such file)");
            } else if (anchor != null && file.toString().endsWith(".md")
                    && !Notes.read(file).anchors().contains(anchor)) {
                broken.add(page.file().getFileName() + ": " + link + " (no such anchor)");
            }
        }
        return broken;
    }
}
