package dev.futuresworkbook.instructor;

import dev.futuresworkbook.testkit.ExerciseRunner;
import dev.futuresworkbook.testkit.Exercises;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The grader's child: runs one submission's exercise tests ({@link ExerciseRunner#request}, the selection of a
 * learner's build, with the listeners of {@code META-INF/services}) and reports each to the grader over a socket.
 *
 * <p>Before any learner class is loaded it reads {@code <port> <secret>} from stdin (the grader's pipe), connects
 * to 127.0.0.1:port and sends the secret; then one tab-separated line per event: {@code class <n> <id>} for each
 * test class of exercise n in the plan, {@code start <n> <test>}, {@code test <n> PASS|FAIL <test> <message>},
 * {@code end <id>} when a class has finished, and {@code done} last. The grader reads the verdict from these lines
 * only; a JVM that stops before {@code done} is "tests did not finish". The process halts after {@code done}, so
 * a thread a learner left running cannot keep it alive.
 *
 * <p>Usage (by {@link Grader} only): {@code java -cp <tests>:<classes>:<this>:<libraries> ...GradeRun <tests>}.
 */
public final class GradeRun implements TestExecutionListener {

    private final Writer out;
    private TestPlan plan;

    private GradeRun(Writer out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        String[] line = readLine(System.in).split(" ");
        System.setIn(new ByteArrayInputStream(new byte[0]));
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(line[0]));
        var report = new GradeRun(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
        report.send(line[1]);
        line = null;
        LauncherFactory.create().execute(ExerciseRunner.request(Path.of(args[0]), null), report);
        report.send("done");
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    /** One line, without buffering past it (the learner's code gets an empty stdin). */
    private static String readLine(InputStream in) throws IOException {
        var text = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n'; ) text.append((char) c);
        return text.toString().strip();
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        for (TestIdentifier root : testPlan.getRoots()) {
            for (TestIdentifier node : testPlan.getChildren(root)) {
                if (node.getSource().orElse(null) instanceof ClassSource) send("class", number(node), node.getUniqueId());
            }
        }
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (id.isTest()) send("start", number(id), name(id));
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) send("test", number(id), "FAIL", name(id), "skipped: " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.isTest()) {
            boolean ok = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
            send("test", number(id), ok ? "PASS" : "FAIL", name(id), ok ? "" : message(result));
        } else if (id.getSource().orElse(null) instanceof ClassSource) {
            send("end", id.getUniqueId());
        }
    }

    private static String number(TestIdentifier id) {
        return id.getTags().stream().map(t -> Exercises.numberOfTag(t.getName())).flatMap(n -> n.stream())
                .findFirst().map(String::valueOf).orElse("0");
    }

    private String name(TestIdentifier id) {
        String name = id.getDisplayName();
        for (var p = plan.getParent(id); p.isPresent() && p.get().getSource().isPresent(); p = plan.getParent(p.get())) {
            name = p.get().getDisplayName() + " › " + name;
        }
        return name;
    }

    private static String message(TestExecutionResult result) {
        return result.getThrowable().map(t -> {
            String text = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getName() : t.getMessage().strip();
            return t instanceof AssertionError || t instanceof UnsupportedOperationException
                    ? text : t.getClass().getSimpleName() + ": " + text;
        }).orElse(result.getStatus().toString());
    }

    private synchronized void send(String... fields) {
        try {
            var line = new StringBuilder();
            for (String f : fields) {
                String text = f.length() > 4000 ? f.substring(0, 4000) + "…" : f;
                line.append(line.isEmpty() ? "" : "\t").append(text.replace("\\", "\\\\").replace("\r", "")
                        .replace("\n", "\\n").replace("\t", "\\t"));
            }
            out.write(line.append('\n').toString());
            out.flush();
        } catch (IOException e) {
            Runtime.getRuntime().halt(3); // the grader is gone: nothing to report to
        }
    }
}
