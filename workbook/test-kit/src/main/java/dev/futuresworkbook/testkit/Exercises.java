package dev.futuresworkbook.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exercises of one lesson, as its list {@code src/test/resources/exercises.tsv} names them, and the three
 * naming rules that tie an exercise to its files. Every reader of the list goes through this class: the progress
 * summary, watch mode, the grader, hand-outs and the maintainer checks.
 *
 * <ul>
 *   <li>the tag: every test of exercise {@code N} carries {@code @Tag("exercise-N")} ({@link #TAG_PREFIX});
 *   <li>the test class: {@code ExerciseN<Stub>Test} in the lesson's {@code exercises} package ({@link #TEST_CLASS});
 *   <li>the stub and its solution: {@code <Stub>.java} in {@code src/main/java/…/exercises} and
 *       {@code src/solutions/java/…/exercises}.
 * </ul>
 *
 * <pre>{@code
 * for (Exercises.Exercise e : Exercises.of(Path.of("module-01-submit"))) {
 *     System.out.println(e.number() + " " + e.title());
 * }
 * }</pre>
 */
public final class Exercises {

    /** Where a lesson keeps its list, relative to the lesson's folder. */
    public static final String LIST = "src/test/resources/exercises.tsv";

    /** The tag of exercise N's tests is this prefix followed by N. */
    public static final String TAG_PREFIX = "exercise-";

    /** The simple name of an exercise's test class: group 1 is its number. */
    public static final Pattern TEST_CLASS = Pattern.compile("Exercise(\\d+)\\w*Test");

    private Exercises() {}

    /**
     * One exercise.
     *
     * @param number its number, from 1
     * @param stub the simple name of the class the learner edits
     * @param test the simple name of its test class
     * @param hint the anchor of its hint in the lesson's README.md and README.ko.md
     * @param english its English title
     * @param korean its Korean title
     */
    public record Exercise(int number, String stub, String test, String hint, String english, String korean) {
        /** The tag that its tests carry. */
        public String tag() {
            return TAG_PREFIX + number;
        }

        /** The bilingual title the summary shows. */
        public String title() {
            return "Exercise " + number + " — " + english + " · 연습 " + number + " — " + korean;
        }
    }

    /** The list of the lesson in {@code lessonDir}. */
    public static List<Exercise> of(Path lessonDir) {
        try {
            return parse(Files.readString(lessonDir.resolve(LIST), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the exercise list " + lessonDir.resolve(LIST), e);
        }
    }

    /** The list on the class path (a lesson's test run), or an empty list where there is none. */
    public static List<Exercise> onClassPath() {
        ClassLoader tests = Thread.currentThread().getContextClassLoader(); // watch mode's tests have a loader of their own
        try (InputStream in = (tests != null ? tests : Exercises.class.getClassLoader()).getResourceAsStream("exercises.tsv")) {
            return in == null ? List.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the exercise list on the class path", e);
        }
    }

    /** Parses the list's text: tab-separated lines, {@code #} starts a comment line. */
    public static List<Exercise> parse(String text) {
        return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> {
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalArgumentException("an exercise line has 6 tab-separated fields: " + line);
            }
            return new Exercise(Integer.parseInt(f[0].strip()), f[1].strip(), f[2].strip(), f[3].strip(),
                    f[4].strip(), f[5].strip());
        }).toList();
    }

    /** The exercise number a tag names ({@code exercise-3} → 3), if it is an exercise tag. */
    public static Optional<Integer> numberOfTag(String tag) {
        return tag.matches(Pattern.quote(TAG_PREFIX) + "\\d+")
                ? Optional.of(Integer.valueOf(tag.substring(TAG_PREFIX.length()))) : Optional.empty();
    }

    /** The exercise number a test class's simple name carries ({@code Exercise3FooTest} → 3), if any. */
    public static Optional<Integer> numberOfTestClass(String simpleName) {
        Matcher m = TEST_CLASS.matcher(simpleName);
        return m.matches() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
    }
}
