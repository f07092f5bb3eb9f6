package dev.futuresworkbook.learner;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which of a lesson's exercises a save can change, so that {@link Watch} reruns only those: an exercise whose stub
 * or test was saved, or whose stub or test names (as a word) the class of a saved stub, or of a stub found so, and
 * so on. Lesson 2's {@code WaitFor} is the stub of exercises 1 and 2, and the later exercises' solutions call it:
 * a save of it reruns every exercise whose code names it; a save of {@code RunWithTimeout}, exercise 5 only. A file
 * that is no exercise's stub or test (a lesson class, a helper of the learner's) can change them all.
 */
final class Affected {

    private Affected() {}

    /**
     * @param files the files the save changed, created or deleted
     * @param texts every source and test file of the lesson, as it is now
     * @param exercises the lesson's exercise list (the test kit's records: number, stub, test)
     */
    static Set<Integer> by(List<Path> files, Map<Path, String> texts, List<?> exercises, Path sources, Path tests) {
        Set<String> stubs = new TreeSet<>();
        Set<Integer> affected = new TreeSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.java$", "");
            boolean stub = file.startsWith(sources) && exercises.stream().anyMatch(e -> stub(e).equals(name));
            boolean test = file.startsWith(tests) && exercises.stream().anyMatch(e -> test(e).equals(name));
            if (!stub && !test) return all(exercises);
            if (stub) stubs.add(name);
            if (test) exercises.stream().filter(e -> test(e).equals(name)).forEach(e -> affected.add(number(e)));
        }
        for (boolean grew = true; grew; ) { // a stub that names a changed stub may change with it
            grew = false;
            for (Object e : exercises) {
                if (!stubs.contains(stub(e)) && names(texts, sources, stub(e), stubs)) {
                    stubs.add(stub(e));
                    grew = true;
                }
            }
        }
        for (Object e : exercises) {
            if (stubs.contains(stub(e)) || names(texts, tests, test(e), stubs)) affected.add(number(e));
        }
        return affected;
    }

    /** Every exercise's number. */
    static Set<Integer> all(List<?> exercises) {
        return exercises.stream().map(Affected::number).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Whether the file {@code name}.java under {@code root} names one of {@code classes}. */
    private static boolean names(Map<Path, String> texts, Path root, String name, Set<String> classes) {
        if (classes.isEmpty()) return false;
        Pattern any = Pattern.compile("\\b(" + String.join("|", classes) + ")\\b");
        return texts.entrySet().stream().anyMatch(file -> file.getKey().startsWith(root)
                && file.getKey().getFileName().toString().equals(name + ".java") && any.matcher(file.getValue()).find());
    }

    static int number(Object exercise) {
        return Integer.parseInt(Watch.field(exercise, "number"));
    }

    private static String stub(Object exercise) {
        return Watch.field(exercise, "stub");
    }

    private static String test(Object exercise) {
        return Watch.field(exercise, "test");
    }
}
