package dev.futuresworkbook.verdict;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last thing a learner's {@code ./mvnw test -pl <module>} prints: the progress summary that the test run
 * wrote to {@code workbook-progress.txt}, and an exit status that stays non-zero while a test fails.
 *
 * <p>Why it exists: when a test fails, Maven ends its output with a failure banner and "[Help 1]" links, so
 * a summary printed by the tests scrolls out of sight. In learner mode Surefire records failures without
 * failing the build, and this class, run inside Maven's own JVM by {@code exec:java} after the tests, prints
 * the summary and ends the JVM with status 1 if a test failed: nothing is printed after the summary.
 * Compiled for Java 8, because Maven itself may run on an older JDK than the lessons.
 *
 * <p>Argument: the module's build directory. No progress record means the exercise tests did not run to the
 * end (none was selected, or the test JVM crashed): that is a failure too.
 */
public final class Verdict {

    private static final Pattern FAILED = Pattern.compile("\"testsFailed\":(\\d+)");

    private Verdict() {}

    public static void main(String[] args) throws IOException {
        Path dir = Paths.get(args[0]);
        Path summary = dir.resolve("workbook-progress.txt");
        Path record = dir.resolve("workbook-progress.json");
        if (!Files.exists(summary) || !Files.exists(record)) {
            System.out.println();
            System.out.println("No exercise test ran to the end: see " + dir.resolve("surefire-reports"));
            System.out.println("끝까지 실행된 연습 테스트가 없습니다. 자세한 내용: " + dir.resolve("surefire-reports"));
            System.out.flush();
            System.exit(1);
        }
        System.out.print(new String(Files.readAllBytes(summary), StandardCharsets.UTF_8));
        System.out.println();
        System.out.flush();
        Matcher failed = FAILED.matcher(new String(Files.readAllBytes(record), StandardCharsets.UTF_8));
        if (failed.find() && Integer.parseInt(failed.group(1)) > 0) {
            // Not an exception: Maven would print its failure banner after the summary.
            System.exit(1);
        }
    }
}
