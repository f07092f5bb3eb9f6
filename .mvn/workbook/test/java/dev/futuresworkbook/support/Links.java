package dev.futuresworkbook.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds the relative links of a page that point at a missing file or a missing anchor. */
public final class Links {

    private Links() {}

    /**
     * A hand-out (see .mvn/workbook/handout.sh) is one lesson without its reference solutions: there, links to
     * the solutions and to the rest of the workbook point at what the hand-out leaves out on purpose.
     */
    private static boolean isHandout(Notes page) {
        Path module = page.file().getParent();
        return Files.exists(module.resolve("pom.xml")) && !Files.isDirectory(module.resolve("src/solutions"));
    }

    private static boolean leavesTheHandout(Notes page, Path target) {
        Path module = page.file().getParent();
        return !target.startsWith(module) || target.startsWith(module.resolve("src/solutions"));
    }

    public static List<String> broken(Notes page) {
        List<String> broken = new ArrayList<>();
        for (String link : page.links()) {
            if (link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) continue; // https:, mailto: ...
            int hash = link.indexOf('#');
            String target = hash < 0 ? link : link.substring(0, hash);
            String anchor = hash < 0 ? null : link.substring(hash + 1);
            Path file = target.isEmpty() ? page.file() : page.file().getParent().resolve(target).normalize();
            if (!Files.exists(file) && isHandout(page) && leavesTheHandout(page, file)) continue;
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
