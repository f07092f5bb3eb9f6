package dev.futuresworkbook.instructor;

import dev.futuresworkbook.instructor.ChildRun.Tally;
import dev.futuresworkbook.instructor.Submissions.Picked;
import dev.futuresworkbook.instructor.Submissions.Refused;
import dev.futuresworkbook.instructor.Submissions.Submission;
import dev.futuresworkbook.testkit.Delays;
import dev.futuresworkbook.testkit.Exercises;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/**
 * Grades a class's submissions of one lesson: {@code ./mvnw -q -pl module-02-wait -Pgrade -Dsubmissions=submissions}.
 *
 * <p>For each submission, alone in a scratch folder of its own: the learner's exercise sources ({@link Submissions})
 * are compiled against the lesson; a learner class outside the lesson's {@code exercises} packages, or named like
 * a workbook test, is refused by name; the lesson's classes (with the learner's over the stubs), its compiled
 * tests and the child's runner are copied in and made read-only. Then, each in a JVM of its own with a time limit
 * ({@link ChildRun}), the workbook's exercise tests run, and report over a channel the learner's code is not
 * given. A test or lesson class missing or changed after the run makes the row "tampered". The table, the CSV and
 * one page per learner are written once, at the end, from what the grader read. No sandbox: see the instructor guide.
 */
public final class Grader {

    /** Kinds of outcome; the CSV's status column and the table's label. */
    public enum Status {
        OK("ok", "ok"),
        DOES_NOT_COMPILE("does-not-compile", "does not compile · 컴파일 오류"),
        TIMED_OUT("timed-out", "timed out · 시간 초과"),
        NO_MODULE("no-module", "module not found · 모듈 없음"),
        EMPTY("empty", "empty · 비어 있음"),
        REFUSED("refused", "refused · 거부"),
        TAMPERED("tampered", "tampered · 변조됨"),
        CRASHED("crashed", "tests did not finish · 테스트 중단");

        final String code;
        final String label;

        Status(String code, String label) {
            this.code = code;
            this.label = label;
        }
    }

    /** What to grade and with what (see the {@code grade} profile of the root pom). */
    public record Options(String module, Path moduleDir, Path classes, Path testClasses, List<Path> libraries,
            List<String> submissions, Path out, Duration timeout, int jobs) {}

    /** The grade of one submission. */
    public record Graded(String learner, Path source, Status status, String message, List<String> details,
            List<String> notes, Map<Integer, Tally> exercises, Duration took) {
        public long solved() {
            return exercises.values().stream().filter(Tally::solved).count();
        }
    }

    /** A submission ready to run: its scratch folder and the digest of every class copied into it. */
    private record Prepared(Submission submission, Path folder, List<String> notes, Map<String, String> digests) {}

    private Grader() {}

    public static void main(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) given.put(arg.substring(2, eq), arg.substring(eq + 1).strip());
        }
        String subs = given.getOrDefault("submissions", "");
        if (subs.isEmpty() || subs.startsWith("${")) {
            usage("say what to grade: -Dsubmissions=<folder|zip|glob>[,...] · 채점할 제출물을 -Dsubmissions=<폴더|zip|glob> 로 지정하세요");
        }
        try {
            Path base = Path.of(given.getOrDefault("base-dir", "")).toAbsolutePath();
            String out = given.getOrDefault("out", "");
            grade(new Options(given.get("module"), Path.of(given.get("module-dir")),
                    Path.of(given.get("classes")), Path.of(given.get("test-classes")),
                    Arrays.stream(given.getOrDefault("libraries", "").split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList(),
                    Arrays.stream(subs.split(",")).filter(s -> !s.isBlank()).map(s -> base.resolve(s.strip()).toString()).toList(),
                    base.resolve(out.isEmpty() || out.startsWith("${") ? "grading" : out).normalize(),
                    Duration.ofSeconds(number(given.get("timeout"), 120)), (int) number(given.get("jobs"), 0)), System.err);
            Path dir = Path.of(outOf(base, out));
            System.out.println(Files.readString(dir.resolve("results.md")));
            System.out.println("Written · 저장: " + dir.resolve("results.md") + ", " + dir.resolve("results.csv") + ", "
                    + dir.resolve("details") + File.separator);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
        } catch (IOException | RuntimeException e) {
            usage("grading stopped · 채점 중단: " + e);
        }
    }

    private static String outOf(Path base, String out) {
        return base.resolve(out.isEmpty() || out.startsWith("${") ? "grading" : out).normalize().toString();
    }

    private static long number(String text, long fallback) {
        try {
            return text == null || text.isBlank() || text.startsWith("${") ? fallback : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number · 숫자가 아님: " + text);
        }
    }

    /** One line, no stack trace, status 2. */
    private static void usage(String problem) {
        System.err.println("grader: " + problem);
        System.exit(2);
    }

    /** Grades every submission, then writes results.md, results.csv and details/ into {@code options.out()}. */
    public static List<Graded> grade(Options options, PrintStream log) throws IOException {
        List<Submission> submissions = Submissions.find(options.submissions(), options.out());
        if (submissions.isEmpty()) throw new IllegalArgumentException("no submissions in · 제출물 없음: " + options.submissions());
        List<Exercises.Exercise> exercises = Exercises.of(options.moduleDir());
        int jobs = Math.max(1, Math.min(options.jobs() > 0 ? options.jobs() : Runtime.getRuntime().availableProcessors(), submissions.size()));
        log.printf("Grading %s: %d submission(s), %d at a time, %d s each at most · 채점: 제출 %d개%n", options.module(),
                submissions.size(), jobs, options.timeout().toSeconds(), submissions.size());
        long start = System.nanoTime();
        // A scratch folder of its own per submission, none inside another: "../.." of a run's work/ is its own.
        List<Path> scratch = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) scratch.add(Files.createTempDirectory("workbook-grading-"));
        Thread cleanUp = new Thread(() -> {
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
            scratch.forEach(Grader::deleteTree);
        }, "grader-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        List<Graded> graded = new ArrayList<>();
        try {
            // 1. Every submission prepared, before any learner code runs: no child can touch a folder being set up.
            List<Object> prepared = all(pool, submissions.stream().map(s -> (Callable<Object>) () -> {
                long t = System.nanoTime();
                Path folder = scratch.get(submissions.indexOf(s));
                try {
                    return prepare(options, s, folder);
                } catch (Refused e) {
                    return graded(s, e.status, e.getMessage(), List.of(), List.of(), Map.of(), t);
                }
            }).toList());
            for (Path folder : scratch) readOnly(folder, true);
            // 2. Each one's tests in a JVM of its own.
            AtomicInteger done = new AtomicInteger();
            for (Object one : all(pool, prepared.stream().map(p -> (Callable<Object>) () -> {
                Graded g = p instanceof Prepared ready ? runSafely(options, ready) : (Graded) p;
                log.printf("  [%d/%d] %s: %s (%.1f s)%n", done.incrementAndGet(), submissions.size(), g.learner(),
                        g.status() == Status.OK ? g.solved() + " solved · 해결" : g.status().label, g.took().toMillis() / 1e3);
                return g;
            }).toList())) graded.add((Graded) one);
        } finally {
            pool.shutdownNow();
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook cleans up
            }
            if (!Boolean.getBoolean("grading.keep")) scratch.forEach(Grader::deleteTree);
        }
        log.printf("Graded %d submission(s) in %.0f s · 채점 완료%n", graded.size(), (System.nanoTime() - start) / 1e9);
        GradeTables.write(options.out(), options.module(), exercises, graded);
        return graded;
    }

    private static List<Object> all(ExecutorService pool, List<Callable<Object>> tasks) throws IOException {
        List<Object> results = new ArrayList<>();
        try {
            for (Future<Object> f : pool.invokeAll(tasks)) results.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("grading interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("grading failed: " + e.getCause(), e.getCause());
        }
        return results;
    }

    private static Prepared prepare(Options options, Submission submission, Path folder) throws IOException, Refused {
        Picked picked = Submissions.pick(submission, options.module(), options.moduleDir());
        Path src = folder.resolve("src");
        List<Path> files = new ArrayList<>();
        for (var source : picked.sources().entrySet()) {
            Path file = src.resolve(source.getKey()).normalize();
            if (!file.startsWith(src)) throw new Refused(Status.REFUSED, "a path outside the exercises · 연습 밖 경로: " + source.getKey());
            Files.createDirectories(file.getParent());
            files.add(Files.write(file, source.getValue()));
        }
        Path learner = Files.createDirectories(folder.resolve("learner"));
        List<String> errors = compile(files, src, options.classes(), learner);
        if (!errors.isEmpty()) {
            String first = errors.get(0);
            throw new Refused(Status.DOES_NOT_COMPILE, first.substring(first.lastIndexOf('/', Math.max(0, first.indexOf(':'))) + 1)
                    + "\n" + String.join("\n", errors));
        }
        // A learner class may stand for an exercise class only: never for a test, the test kit or the lesson's other classes.
        try (Stream<Path> walk = Files.walk(learner)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = learner.relativize(p).toString().replace('\\', '/');
                String top = rel.substring(rel.lastIndexOf('/') + 1).replaceAll("[$.].*", "");
                if (!rel.contains("/exercises/") || !Files.isDirectory(options.classes().resolve(rel.substring(0, rel.lastIndexOf('/'))))
                        || Exercises.TEST_CLASS.matcher(top).matches() || Files.exists(options.testClasses().resolve(rel))) {
                    throw new Refused(Status.REFUSED, "a class that would stand for the workbook's own, not an exercise · "
                            + "워크북 자신의 클래스를 가리는 클래스: " + rel.replace(".class", "").replace('/', '.'));
                }
            }
        }
        copyTree(options.classes(), folder.resolve("classes"));
        copyTree(learner, folder.resolve("classes"));
        copyTree(options.testClasses(), folder.resolve("tests"));
        Path ours = Path.of(location(GradeRun.class)).resolve(GradeRun.class.getPackageName().replace('.', '/'));
        Path runner = Files.createDirectories(folder.resolve("runner").resolve(GradeRun.class.getPackageName().replace('.', '/')));
        try (Stream<Path> list = Files.list(ours)) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith("GradeRun")).toList()) Files.copy(p, runner.resolve(p.getFileName()));
        }
        Files.createDirectories(folder.resolve("run/work/tmp"));
        return new Prepared(submission, folder, picked.notes(), digests(folder));
    }

    private static java.net.URI location(Class<?> c) {
        try {
            return c.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Graded runSafely(Options options, Prepared p) throws InterruptedException {
        long start = System.nanoTime();
        try {
            return run(options, p);
        } catch (IOException | RuntimeException e) {
            return graded(p.submission(), Status.CRASHED, "could not be run · 실행할 수 없음: " + e, List.of(), p.notes(), Map.of(), start);
        }
    }

    private static Graded run(Options options, Prepared p) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path work = p.folder().resolve("run/work");
        List<String> path = new ArrayList<>(List.of("tests", "classes", "runner").stream().map(d -> p.folder().resolve(d).toString()).toList());
        options.libraries().stream().filter(l -> Files.isRegularFile(l) && l.toString().endsWith(".jar")).forEach(l -> path.add(l.toString()));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Djava.io.tmpdir=" + work.resolve("tmp"),
                "-Dworkbook.module=" + options.module(), "-Dworkbook.progress.dir=" + work, "-Dworkbook.progress.console=false",
                "-Duser.language=en", "-Dstdout.encoding=UTF-8", "-Dworkbook.delay.factor=" + Delays.FACTOR, // the child's environment is cleared
                "-classpath", String.join(File.pathSeparator, path), GradeRun.class.getName(), p.folder().resolve("tests").toString());
        ChildRun.Outcome outcome = ChildRun.run(command, work, options.timeout());
        Map<String, String> after = digests(p.folder());
        List<String> changed = p.digests().keySet().stream().filter(k -> !p.digests().get(k).equals(after.get(k))).toList();
        List<String> details = new ArrayList<>(List.of("Output · 출력 (last lines · 마지막 줄):"));
        details.addAll(outcome.output());
        if (!changed.isEmpty()) {
            return graded(p.submission(), Status.TAMPERED, "missing or changed after the run · 실행 뒤 없어지거나 바뀜: "
                    + changed.get(0) + (changed.size() > 1 ? " (+" + (changed.size() - 1) + ")" : ""), details, p.notes(), Map.of(), start);
        }
        if (!outcome.ended()) {
            long s = options.timeout().toSeconds();
            String where = outcome.running() > 0 ? ", in exercise " + outcome.running() : "";
            return graded(p.submission(), Status.TIMED_OUT, "stopped after " + s + " s" + where + " (an endless loop or a wait?) · "
                    + s + "초 후 중단" + where.replace(", in exercise ", ", 연습 ") + " (무한 반복이나 대기?)",
                    details, p.notes(), outcome.exercises(), start);
        }
        if (!outcome.done()) {
            return graded(p.submission(), Status.CRASHED, "the test run ended before its last test (exit code " + outcome.exit()
                    + "; System.exit or halt in the code?) · 마지막 테스트 전에 끝남", details, p.notes(), Map.of(), start);
        }
        return graded(p.submission(), Status.OK, "", List.of(), p.notes(), outcome.exercises(), start);
    }

    private static Graded graded(Submission s, Status status, String message, List<String> details, List<String> notes,
            Map<Integer, Tally> exercises, long start) {
        List<String> lines = new ArrayList<>(message.lines().toList());
        String first = lines.isEmpty() ? "" : lines.remove(0);
        if (!lines.isEmpty()) details = lines;
        return new Graded(s.learner(), s.path(), status, first, details, notes, exercises, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Compiles the learner's sources against the lesson; the errors, first first, each with its file and line. */
    private static List<String> compile(List<Path> files, Path src, Path lesson, Path out) throws IOException {
        var javac = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (var manager = javac.getStandardFileManager(diagnostics, Locale.ENGLISH, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(null, manager, diagnostics, List.of("--release", "21", "-proc:none", "-implicit:none",
                    "-nowarn", "-Xlint:none", "-encoding", "UTF-8", "-d", out.toString(), "-classpath", lesson.toString(),
                    "-sourcepath", src.toString()), null, manager.getJavaFileObjectsFromPaths(files)).call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() != Diagnostic.Kind.ERROR) continue;
                String where = d.getSource() == null ? "" : src.relativize(Path.of(d.getSource().toUri())).toString().replace('\\', '/')
                        + ":" + d.getLineNumber() + ": ";
                errors.add(where + d.getMessage(Locale.ENGLISH).lines().findFirst().orElse("").strip());
            }
            if (!ok && errors.isEmpty()) errors.add("javac failed without a message");
            return errors;
        }
    }

    /** SHA-256 of every file under classes/, tests/ and runner/ of a submission's folder. */
    private static Map<String, String> digests(Path folder) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        for (String dir : List.of("classes", "tests", "runner")) {
            if (!Files.isDirectory(folder.resolve(dir))) continue;
            try (Stream<Path> walk = Files.walk(folder.resolve(dir))) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    try {
                        digests.put(folder.relativize(p).toString().replace('\\', '/'),
                                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                    } catch (NoSuchAlgorithmException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return digests;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * Makes the scratch folder read-only but for each submission's work/ (POSIX: folders r-x, files r--, so that a
     * child cannot delete or replace another's files, or its own tests, without first changing their rights);
     * or writable again, to delete it. Windows: files are marked read-only, folders cannot be.
     */
    private static void readOnly(Path scratch, boolean on) throws IOException {
        boolean posix = scratch.getFileSystem().supportedFileAttributeViews().contains("posix");
        try (Stream<Path> walk = Files.walk(scratch)) {
            for (Path p : walk.toList()) {
                boolean work = scratch.relativize(p).toString().replace('\\', '/').matches("run/work(/.*)?");
                if (work && on || Files.isSymbolicLink(p)) continue; // a link's target is never touched
                boolean dir = Files.isDirectory(p);
                if (posix) Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(on ? (dir ? "r-x------" : "r--------") : "rwx------"));
                else p.toFile().setWritable(!on);
            }
        }
    }

    private static void deleteTree(Path root) {
        try {
            readOnly(root, false);
        } catch (IOException | RuntimeException e) {
            // deleted below as far as the rights allow
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            System.err.println("could not delete the scratch folder · 임시 폴더를 지우지 못함: " + root + ": " + e);
        }
    }
}
