package dev.futuresworkbook.learner;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Makes a learner's progress summary the last thing a learner-mode build prints: each lesson's
 * {@code workbook-progress.txt}, in build order, once Maven has finished and printed its own lines.
 *
 * <p>Run by {@code exec:java} inside Maven's JVM just before a lesson's tests (the root {@code pom.xml}), it
 * registers the lesson's build directory with one shutdown hook per JVM. The hook ends nothing and decides
 * nothing: the build's outcome and exit status are Surefire's and Maven's own. A lesson whose tests did not
 * run to the end (the test JVM crashed, or none was selected) gets a line saying where to look instead.
 * Compiled for Java 8, because Maven itself may run on an older JDK than the lessons.
 *
 * <p>Argument: the lesson's build directory.
 */
public final class SummaryAtExit {

    /** Shared by the copies of this class that each lesson's {@code exec:java} loads. */
    private static final String REGISTRY = "workbook.summaryAtExit";

    private SummaryAtExit() {}

    public static void main(String[] args) {
        File summary = new File(args[0], "workbook-progress.txt");
        if (!summary.delete() && summary.exists()) {
            throw new IllegalStateException("cannot delete the old summary " + summary);
        }
        synchronized (System.getProperties()) {
            @SuppressWarnings("unchecked")
            List<String> lessons = (List<String>) System.getProperties().get(REGISTRY);
            if (lessons == null) {
                List<String> registered = new CopyOnWriteArrayList<String>();
                System.getProperties().put(REGISTRY, registered);
                // exec:java runs this in a thread group of its own that it destroys afterwards: the hook belongs
                // to the JVM's top group, or it would never start.
                ThreadGroup top = Thread.currentThread().getThreadGroup();
                while (top.getParent() != null) top = top.getParent();
                Runtime.getRuntime().addShutdownHook(new Thread(top, () -> print(registered), "workbook-summary"));
                lessons = registered;
            }
            lessons.add(summary.getPath());
        }
    }

    private static void print(List<String> summaries) {
        for (String path : summaries) {
            File summary = new File(path);
            if (summary.isFile()) {
                try {
                    System.out.print(new String(Files.readAllBytes(summary.toPath()), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    System.out.println("Cannot read · 읽을 수 없습니다: " + summary + " (" + e + ")");
                }
            } else {
                File reports = new File(summary.getParentFile(), "surefire-reports");
                System.out.println();
                System.out.println("No exercise test ran to the end: see the errors above and " + reports);
                System.out.println("끝까지 실행된 연습 테스트가 없습니다. 위의 오류와 다음 폴더를 보세요: " + reports);
            }
        }
        System.out.flush();
    }
}
