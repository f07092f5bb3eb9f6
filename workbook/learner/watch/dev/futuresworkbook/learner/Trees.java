package dev.futuresworkbook.learner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Folder trees that watch mode and the maintainers' checks copy, remove and read: build folders, scratch lessons,
 * learners' submissions.
 */
public final class Trees {

    private Trees() {}

    /** Copies every file under {@code from} to the same place under {@code to}, over what is there; none if no {@code from}. */
    public static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) return;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Deletes {@code root} and everything under it, if it is there. */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(file);
        }
    }

    /** The .java files under {@code root}, sorted; none if there is no {@code root}. */
    public static List<Path> javaFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().toList();
        }
    }

    /** The first .java file under {@code root} named {@code fileName}, or null. */
    public static Path find(Path root, String fileName) throws IOException {
        return javaFiles(root).stream().filter(f -> f.getFileName().toString().equals(fileName)).findFirst().orElse(null);
    }
}
