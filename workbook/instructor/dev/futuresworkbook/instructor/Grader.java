package dev.futuresworkbook.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Grades a class's submissions of one lesson: which exercises each learner solved, with the tests passed.
 *
 * <p>Instructors run it through Maven, which builds the lesson and its tests once and picks a JDK 21+:
 * <pre>{@code ./mvnw -q -pl module-02-wait -Pgrade -Dsubmissions=submissions}</pre>
 *
 * <p>For each submission (a .zip or a folder holding a learner's module or a whole clone of the workbook), it
 * <ol>
 *   <li>takes only the learner's exercise sources, {@code src/main/java/…/exercises/**}, and ignores the rest
 *       (tests, pom, support code: the workbook's own are used, so an edited test has no effect);
 *   <li>copies them into a scratch folder of its own, refusing any zip entry with {@code ..} or an absolute path;
 *   <li>compiles them against the lesson's classes (the workbook's stub stands in for a missing file);
 *   <li>runs the workbook's exercise tests against them in a separate JVM ({@link GradeRun}), with a time
 *       limit; on timeout that JVM is killed with every process it started;
 *   <li>reads the progress record ({@code workbook-progress.json}) the tests wrote.
 * </ol>
 * Submissions are graded in parallel, as many at a time as there are processors. The results are a Markdown
 * table (printed, and in {@code results.md}), the same data as CSV ({@code results.csv}), and one page per
 * learner ({@code details/<learner>.md}) with each failing test's message.
 *
 * <p>It is no sandbox: the learners' code runs with the instructor's rights. See docs/instructor-guide.md.
 */
public final class Grader {

    /** The progress record the exercise tests write (see ProgressReport). */
    static final String PROGRESS_FILE = "workbook-progress.json";
    /** The note that the submission's tests differ from the workbook's (the table says so). */
    static final String TESTS_DIFFER = "ignored, tests that differ from the workbook's, whose own are used · "
            + "워크북과 다른 테스트는 무시하고 워크북 원본 사용: ";
    private static final long MAX_SOURCE_BYTES = 1 << 20;
    private static final int MAX_ENTRIES = 200_000;
    private static final Pattern EXERCISE_TEST = Pattern.compile("Exercise(\\d+)\\w*Test\\.java");
    private static final Pattern MODULE_NAME = Pattern.compile("module-\\d\\d-[a-z0-9-]+");

    private Grader() {}

    /**
     * What to grade and with what.
     *
     * @param module the lesson's name, e.g. module-02-wait
     * @param moduleDir the lesson in this workbook (its sources are the reference for what a submission holds)
     * @param classes the lesson's compiled classes, with the workbook's stubs
     * @param testClasses the lesson's compiled tests (and the workbook's test support)
     * @param libraries the test libraries (JUnit, AssertJ, ...)
     * @param submissions zip files, folders, folders of submissions, or globs such as {@code class/*.zip}
     * @param out where the table, the CSV and the details go
     * @param timeout the time limit of one submission's tests
     * @param jobs how many submissions are graded at once
     */
    public record Options(String module, Path moduleDir, Path classes, Path testClasses, List<Path> libraries,
            List<String> submissions, Path out, Duration timeout, int jobs) {}

    /** One exercise of one submission, as the progress record has it. */
    public record ExerciseResult(int number, String title, int tests, int passed, boolean solved,
            List<Failure> failures) {}

    /** A failing test: its display name and its (bilingual) message. */
    public record Failure(String test, String message) {}

    /** Kinds of outcome; the CSV's status column. */
    public enum Status {
        OK("ok", "ok"),
        DOES_NOT_COMPILE("does-not-compile", "does not compile · 컴파일 오류"),
        TIMED_OUT("timed-out", "timed out · 시간 초과"),
        NO_MODULE("no-module", "module not found · 모듈 없음"),
        EMPTY("empty", "empty · 비어 있음"),
        REFUSED("refused", "refused · 거부"),
        CRASHED("crashed", "tests did not finish · 테스트 중단");

        final String code;
        final String label;

        Status(String code, String label) {
            this.code = code;
            this.label = label;
        }
    }

    /**
     * The grade of one submission.
     *
     * @param learner the name of the zip or folder
     * @param source the zip or folder
     * @param message what went wrong, in one line (empty when OK)
     * @param details more lines for the learner's page (compiler errors, the end of the output)
     * @param notes what the grader ignored or filled in (edited tests, extra files, missing files)
     */
    public record Graded(String learner, Path source, Status status, String message, List<String> details,
            List<String> notes, Map<Integer, ExerciseResult> exercises, Duration took) {

        public long solved() {
            return exercises.values().stream().filter(ExerciseResult::solved).count();
        }
    }

    /** Everything a run produced: one grade per submission, in the order of their names. */
    public record Report(String module, List<Integer> exercises, Map<Integer, String> titles, List<Graded> graded,
            String table, Path out) {}

    // ------------------------------------------------------------------------------------------------------
    // Command line

    public static void main(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) usage("unknown argument: " + arg);
            given.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        Path base = Path.of(given.getOrDefault("base-dir", "")).toAbsolutePath();
        String submissions = given.getOrDefault("submissions", "").strip();
        if (submissions.isEmpty() || submissions.startsWith("${")) {
            usage("say which submissions to grade: -Dsubmissions=<folder, zip or glob>[,...]");
        }
        String out = given.getOrDefault("out", "");
        Options options = new Options(
                required(given, "module"),
                Path.of(required(given, "module-dir")),
                Path.of(required(given, "classes")),
                Path.of(required(given, "test-classes")),
                Arrays.stream(required(given, "libraries").split(java.io.File.pathSeparator))
                        .filter(s -> !s.isBlank()).map(Path::of).toList(),
                resolveAll(base, Arrays.asList(submissions.split(","))),
                base.resolve(out.isBlank() || out.startsWith("${") ? "grading" : out).normalize(),
                Duration.ofSeconds(number(given.get("timeout"), 120)),
                (int) number(given.get("jobs"), 0));
        try {
            Report report = grade(options, System.err);
            System.out.print(report.table());
            System.out.println();
            System.out.println("Written · 저장: " + report.out().resolve("results.md") + ", "
                    + report.out().resolve("results.csv") + ", " + report.out().resolve("details") + "/");
            System.out.flush();
        } catch (IOException e) {
            System.err.println("grading stopped · 채점 중단: " + e);
            System.exit(1);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
        }
    }

    private static List<String> resolveAll(Path base, List<String> specs) {
        List<String> resolved = new ArrayList<>();
        for (String spec : specs) {
            if (!spec.isBlank()) resolved.add(base.resolve(spec.strip()).toString());
        }
        return resolved;
    }

    private static String required(Map<String, String> given, String key) {
        String value = given.get(key);
        if (value == null || value.isBlank()) usage("missing --" + key + "=...");
        return value;
    }

    private static long number(String text, long fallback) {
        if (text == null || text.isBlank() || text.startsWith("${")) return fallback;
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            usage("not a number: " + text);
            return fallback;
        }
    }

    private static void usage(String problem) {
        System.err.println("grader: " + problem);
        System.err.println("usage · 사용법: ./mvnw -q -pl <module> -Pgrade -Dsubmissions=<folder|zip|glob>[,...]"
                + " [-Dgrading.out=grading] [-Dgrading.timeout=120] [-Dgrading.jobs=<processors>]");
        System.exit(2);
    }

    // ------------------------------------------------------------------------------------------------------
    // Grading

    /**
     * Grades every submission and writes the table, the CSV and the details into {@code options.out()}.
     *
     * @param log one line per submission as it is graded
     */
    public static Report grade(Options options, java.io.PrintStream log) throws IOException {
        List<Submission> submissions = find(options.submissions(), options.out(), log);
        if (submissions.isEmpty()) {
            throw new IllegalArgumentException("no submissions found · 제출물이 없습니다: " + options.submissions());
        }
        Workbook workbook = Workbook.of(options.moduleDir());
        int jobs = options.jobs() > 0 ? options.jobs() : Runtime.getRuntime().availableProcessors();
        jobs = Math.max(1, Math.min(jobs, submissions.size()));
        log.printf("Grading %s: %d submission(s), %d at a time, %d s each at most · 채점: 제출 %d개%n",
                options.module(), submissions.size(), jobs, options.timeout().toSeconds(), submissions.size());

        long start = System.nanoTime();
        Path scratch = Files.createTempDirectory("workbook-grading-");
        List<Graded> graded = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        // Stopped with Ctrl-C: no learner's process may outlive the grader.
        Thread cleanUp = new Thread(() -> {
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
            if (!Boolean.getBoolean("grading.keep")) deleteTree(scratch);
        }, "grader-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            AtomicInteger done = new AtomicInteger();
            List<Callable<Graded>> tasks = new ArrayList<>();
            for (int i = 0; i < submissions.size(); i++) {
                Submission submission = submissions.get(i);
                Path folder = scratch.resolve(String.format("%03d", i));
                tasks.add(() -> {
                    Graded one = gradeOne(options, workbook, submission, folder);
                    log.printf("  [%d/%d] %s: %s (%.1f s)%n", done.incrementAndGet(), submissions.size(),
                            one.learner(), one.status() == Status.OK
                                    ? one.solved() + " solved · 해결" : one.status().label,
                            one.took().toMillis() / 1000.0);
                    return one;
                });
            }
            for (Future<Graded> result : pool.invokeAll(tasks)) {
                graded.add(result.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("grading interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("grading failed", e.getCause());
        } finally {
            pool.shutdownNow();
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook does the cleaning up.
            }
            if (!Boolean.getBoolean("grading.keep")) deleteTree(scratch);
        }

        log.printf("Graded %d submission(s) in %.0f s · 채점 완료%n", graded.size(), (System.nanoTime() - start) / 1e9);

        Set<Integer> numbers = new TreeSet<>(workbook.exerciseNumbers());
        Map<Integer, String> titles = new TreeMap<>();
        for (Graded g : graded) {
            g.exercises().forEach((n, e) -> {
                numbers.add(n);
                if (e.title() != null && !e.title().isBlank()) titles.putIfAbsent(n, e.title());
            });
        }
        List<Integer> exercises = List.copyOf(numbers);
        String table = GradeTables.markdown(options.module(), exercises, titles, graded);
        Files.createDirectories(options.out());
        Files.writeString(options.out().resolve("results.md"), table, StandardCharsets.UTF_8);
        Files.writeString(options.out().resolve("results.csv"), GradeTables.csv(exercises, graded), StandardCharsets.UTF_8);
        Path details = options.out().resolve("details");
        if (Files.isDirectory(details)) {
            try (Stream<Path> old = Files.list(details)) {
                for (Path page : old.filter(p -> p.toString().endsWith(".md")).toList()) Files.delete(page);
            }
        }
        Files.createDirectories(details);
        for (Graded g : graded) {
            Files.writeString(details.resolve(GradeTables.fileName(g.learner()) + ".md"),
                    GradeTables.details(options.module(), exercises, titles, g), StandardCharsets.UTF_8);
        }
        return new Report(options.module(), exercises, titles, graded, table, options.out());
    }

    private static Graded gradeOne(Options options, Workbook workbook, Submission submission, Path folder) {
        long start = System.nanoTime();
        Graded result;
        try {
            result = gradeIn(options, workbook, submission, folder);
        } catch (IOException | RuntimeException e) {
            result = new Graded(submission.learner(), submission.path(), Status.CRASHED,
                    "could not be graded: " + e, List.of(), List.of(), Map.of(), Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = new Graded(submission.learner(), submission.path(), Status.CRASHED,
                    "grading was interrupted", List.of(), List.of(), Map.of(), Duration.ZERO);
        }
        return new Graded(result.learner(), result.source(), result.status(), result.message(), result.details(),
                result.notes(), result.exercises(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static Graded gradeIn(Options options, Workbook workbook, Submission submission, Path folder)
            throws IOException, InterruptedException {
        String learner = submission.learner();
        Files.createDirectories(folder);
        Picked picked;
        try (Entries entries = Entries.of(submission.path())) {
            if (entries.files().isEmpty()) {
                return failed(submission, Status.EMPTY, (entries.zip() ? "no files in the zip" : "no files in the folder")
                        + " · 파일 없음", List.of(), entries.notes());
            }
            picked = workbook.pick(options.module(), entries);
        } catch (Refused e) {
            return failed(submission, Status.REFUSED, e.getMessage(), List.of(), List.of());
        }
        if (picked.sources().isEmpty()) {
            return failed(submission, picked.status(), picked.problem(), List.of(), picked.notes());
        }

        // 1. The learner's exercise sources, alone, in the scratch folder.
        Path src = folder.resolve("src");
        List<Path> files = new ArrayList<>();
        for (var source : picked.sources().entrySet()) {
            Path file = src.resolve(source.getKey()).normalize();
            if (!file.startsWith(src)) throw new IllegalStateException("outside the scratch folder: " + source.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, source.getValue());
            if (file.toString().endsWith(".java")) files.add(file);
        }

        // 2. Compiled against the lesson; the workbook's stub stands in for a missing exercise file.
        Path classes = folder.resolve("classes");
        Files.createDirectories(classes);
        List<String> errors = compile(files, src, options.classes(), classes);
        if (!errors.isEmpty()) {
            String first = errors.get(0);
            return failed(submission, Status.DOES_NOT_COMPILE, first.substring(first.lastIndexOf('/', first.indexOf(':')) + 1),
                    errors, picked.notes());
        }

        // 3. The workbook's exercise tests, in a JVM of their own, with a time limit.
        Path work = folder.resolve("work");
        Path tmp = folder.resolve("tmp");
        Files.createDirectories(work);
        Files.createDirectories(tmp);
        Path record = work.resolve("target");
        Path progress = record.resolve(PROGRESS_FILE);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Djava.io.tmpdir=" + tmp);
        command.add("-Dworkbook.module=" + options.module());
        command.add("-Dworkbook.progress.dir=" + record);
        command.add("-Dworkbook.progress.console=false");
        command.add("-Duser.language=en");
        command.add("-Dstdout.encoding=UTF-8");
        command.add("-classpath");
        List<String> path = new ArrayList<>(List.of(classes.toString(), options.classes().toString(),
                options.testClasses().toString()));
        options.libraries().forEach(library -> path.add(library.toString()));
        command.add(String.join(java.io.File.pathSeparator, path));
        command.add(GradeRun.class.getName());
        command.add(options.testClasses().toString());
        Path running = work.resolve("running.txt");
        command.add(running.toString());

        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        Tail output = Tail.of(process.getInputStream());
        boolean finished = process.waitFor(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        // Whatever the learner's code started is ended with it.
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        if (!finished) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            Journal journal = Journal.read(running);
            String where = journal.running() < 0 ? "" : ", in exercise " + journal.running();
            List<String> details = new ArrayList<>();
            details.add("Tests started, in order (the last one was running when the time was up) · 시작한 테스트:");
            journal.started().forEach(t -> details.add("  " + t));
            details.add("");
            details.add("Output · 출력:");
            details.addAll(output.lines());
            return new Graded(learner, submission.path(), Status.TIMED_OUT,
                    "stopped after " + options.timeout().toSeconds() + " s" + where + " (an endless loop or a wait?) · "
                            + options.timeout().toSeconds() + "초 후 중단" + where.replace(", in exercise ", ", 연습 ")
                            + " (무한 반복이나 대기?)",
                    details, picked.notes(), journal.finished(), Duration.ZERO);
        }
        output.join();
        if (!Files.exists(progress)) {
            return failed(submission, Status.CRASHED, "the tests ended without a progress record (exit code "
                    + process.exitValue() + "; does the code call System.exit?)", output.lines(), picked.notes());
        }
        Map<Integer, ExerciseResult> exercises = readProgress(Files.readString(progress, StandardCharsets.UTF_8));
        Path failures = record.resolve("workbook-failures.json");
        if (Files.exists(failures)) exercises = withFailures(exercises, Files.readString(failures, StandardCharsets.UTF_8));
        return new Graded(learner, submission.path(), Status.OK, "", List.of(), picked.notes(), exercises, Duration.ZERO);
    }

    private static Graded failed(Submission submission, Status status, String message, List<String> details,
            List<String> notes) {
        return new Graded(submission.learner(), submission.path(), status, message, details, notes, Map.of(),
                Duration.ZERO);
    }

    /** Compiles the learner's sources; returns the errors, first first, each with its file and line. */
    private static List<String> compile(List<Path> files, Path src, Path lesson, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) throw new IllegalStateException("no Java compiler in " + System.getProperty("java.home"));
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, Locale.ENGLISH, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "21", "-proc:none", "-implicit:none", "-nowarn", "-Xlint:none",
                    "-encoding", "UTF-8", "-d", classes.toString(), "-classpath", lesson.toString(),
                    "-sourcepath", src.toString());
            var task = javac.getTask(null, manager, diagnostics, options, null, manager.getJavaFileObjectsFromPaths(files));
            boolean ok = task.call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() != Diagnostic.Kind.ERROR) continue;
                String where = d.getSource() == null ? "" : src.relativize(Path.of(d.getSource().toUri())).toString()
                        .replace('\\', '/') + ":" + d.getLineNumber() + ": ";
                errors.add(where + d.getMessage(Locale.ENGLISH).lines().findFirst().orElse("").strip());
            }
            if (!ok && errors.isEmpty()) errors.add("javac failed without a message");
            return errors;
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // The progress record

    /** Reads {@code workbook-progress.json}: per exercise, its title, tests run and passed, failures. */
    static Map<Integer, ExerciseResult> readProgress(String json) {
        Map<Integer, ExerciseResult> exercises = new TreeMap<>();
        Object root = Json.parse(json);
        if (!(root instanceof Map<?, ?> record) || !(record.get("exercises") instanceof List<?> list)) {
            throw new IllegalArgumentException("not a progress record: " + json.lines().findFirst().orElse(""));
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> e)) continue;
            int number = ((Number) e.get("number")).intValue();
            List<Failure> failures = new ArrayList<>();
            if (e.get("failures") instanceof List<?> fs) {
                for (Object f : fs) {
                    if (f instanceof Map<?, ?> failure) {
                        failures.add(new Failure(String.valueOf(failure.get("test")), String.valueOf(failure.get("message"))));
                    }
                }
            }
            int tests = e.get("tests") instanceof Number t ? t.intValue() : 0;
            int passed = e.get("passed") instanceof Number p ? p.intValue() : 0;
            boolean solved = Boolean.TRUE.equals(e.get("solved"));
            exercises.put(number, new ExerciseResult(number, String.valueOf(e.get("title")), tests, passed, solved,
                    failures));
        }
        return exercises;
    }

    /**
     * What the child's journal (see GradeRun) says about a run stopped by the time limit: the exercises whose
     * test classes all finished, with their counts, the tests that started, and the exercise that was running.
     */
    record Journal(Map<Integer, ExerciseResult> finished, List<String> started, int running) {

        static Journal read(Path file) throws IOException {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
            Map<Integer, Set<String>> classes = new TreeMap<>();
            Map<Integer, String> titles = new TreeMap<>();
            Set<String> done = new HashSet<>();
            Map<Integer, int[]> counts = new TreeMap<>();
            List<String> started = new ArrayList<>();
            int running = -1;
            for (String line : lines) {
                String[] f = line.split("\t", 4);
                if (f.length < 3) continue;
                int n = f[1].startsWith("exercise-") ? Integer.parseInt(f[1].substring("exercise-".length())) : -1;
                switch (f[0]) {
                    case "class" -> {
                        if (n < 0) break;
                        classes.computeIfAbsent(n, k -> new HashSet<>()).add(f[2]);
                        if (f.length > 3) titles.putIfAbsent(n, f[3]);
                    }
                    case "start" -> {
                        started.add(f[2]);
                        running = n;
                    }
                    case "test" -> {
                        if (n < 0) break;
                        int[] c = counts.computeIfAbsent(n, k -> new int[2]);
                        c[0]++;
                        if (f[2].equals("PASS")) c[1]++;
                    }
                    case "done" -> done.add(f[2]);
                    default -> { }
                }
            }
            Map<Integer, ExerciseResult> finished = new TreeMap<>();
            classes.forEach((n, ids) -> {
                int[] c = counts.get(n);
                if (c != null && done.containsAll(ids)) {
                    finished.put(n, new ExerciseResult(n, titles.get(n), c[0], c[1], c[0] > 0 && c[0] == c[1], List.of()));
                }
            });
            return new Journal(finished, started, running);
        }
    }

    /** The exercises, each with every one of its failing tests (the progress record keeps the first only). */
    static Map<Integer, ExerciseResult> withFailures(Map<Integer, ExerciseResult> exercises, String json) {
        Map<Integer, List<Failure>> all = new TreeMap<>();
        if (Json.parse(json) instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> f && f.get("exercise") instanceof Number n) {
                    all.computeIfAbsent(n.intValue(), k -> new ArrayList<>()).add(
                            new Failure(String.valueOf(f.get("test")), String.valueOf(f.get("message"))));
                }
            }
        }
        Map<Integer, ExerciseResult> merged = new TreeMap<>();
        exercises.forEach((n, e) -> merged.put(n, all.containsKey(n)
                ? new ExerciseResult(n, e.title(), e.tests(), e.passed(), e.solved(), List.copyOf(all.get(n))) : e));
        return merged;
    }

    /** A small JSON reader (objects, arrays, strings, numbers, booleans, null): the JDK has none. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.blank();
            if (json.at != text.length()) throw json.error("text after the value");
            return value;
        }

        private Object value() {
            blank();
            if (at >= text.length()) throw error("unexpected end");
            char c = text.charAt(at);
            switch (c) {
                case '{' -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    at++;
                    blank();
                    if (peek('}')) return map;
                    do {
                        blank();
                        String key = string();
                        blank();
                        expect(':');
                        map.put(key, value());
                        blank();
                    } while (peek(','));
                    expect('}');
                    return map;
                }
                case '[' -> {
                    List<Object> list = new ArrayList<>();
                    at++;
                    blank();
                    if (peek(']')) return list;
                    do {
                        list.add(value());
                        blank();
                    } while (peek(','));
                    expect(']');
                    return list;
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    if (text.startsWith("true", at)) { at += 4; return true; }
                    if (text.startsWith("false", at)) { at += 5; return false; }
                    if (text.startsWith("null", at)) { at += 4; return null; }
                    Matcher m = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?").matcher(text).region(at, text.length());
                    if (!m.lookingAt()) throw error("unexpected '" + c + "'");
                    at = m.end();
                    return m.group(1) == null && m.group(2) == null ? (Number) Long.valueOf(m.group()) : Double.valueOf(m.group());
                }
            }
        }

        private String string() {
            expect('"');
            var s = new StringBuilder();
            while (true) {
                if (at >= text.length()) throw error("unterminated string");
                char c = text.charAt(at++);
                if (c == '"') return s.toString();
                if (c != '\\') {
                    s.append(c);
                    continue;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case 'n' -> s.append('\n');
                    case 't' -> s.append('\t');
                    case 'r' -> s.append('\r');
                    case 'b' -> s.append('\b');
                    case 'f' -> s.append('\f');
                    case 'u' -> {
                        s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> s.append(e);
                }
            }
        }

        private void blank() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
        }

        private boolean peek(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!peek(c)) throw error("expected '" + c + "'");
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("progress record, at " + at + ": " + what);
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Submissions

    /** A zip or a folder to grade, and the learner's name taken from it. */
    record Submission(String learner, Path path) {}

    /**
     * The submissions named by the command line: zips, folders, folders of submissions, globs; never the output
     * folder {@code out} of an earlier run.
     */
    static List<Submission> find(List<String> specs, Path out, java.io.PrintStream log) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (String spec : specs) {
            Path path = Path.of(spec);
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            if (name.matches(".*[*?\\[{].*")) {
                Path dir = path.getParent() == null ? Path.of("") : path.getParent();
                PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + name);
                if (!Files.isDirectory(dir)) throw new IllegalArgumentException("no such folder · 폴더 없음: " + dir);
                try (Stream<Path> children = Files.list(dir)) {
                    children.filter(p -> glob.matches(p.getFileName())).sorted().forEach(paths::add);
                }
            } else if (Files.isRegularFile(path)) {
                paths.add(path);
            } else if (Files.isDirectory(path)) {
                if (looksLikeOneSubmission(path)) {
                    paths.add(path);
                } else {
                    try (Stream<Path> children = Files.list(path)) {
                        children.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(paths::add);
                    }
                }
            } else {
                throw new IllegalArgumentException("no such file or folder · 파일이나 폴더 없음: " + path);
            }
        }
        List<Submission> submissions = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path path : paths) {
            if (path.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) continue; // an earlier run's output
            String file = path.getFileName().toString();
            boolean zip = file.toLowerCase(Locale.ROOT).endsWith(".zip");
            if (!zip && !Files.isDirectory(path)) {
                log.println("  skipped · 건너뜀: " + path + " (not a .zip or a folder · zip이나 폴더가 아님)");
                continue;
            }
            String learner = zip ? file.substring(0, file.length() - 4) : file;
            String unique = learner;
            for (int n = 2; !names.add(unique.toLowerCase(Locale.ROOT)); n++) unique = learner + " (" + n + ")";
            submissions.add(new Submission(unique, path));
        }
        submissions.sort(Comparator.comparing(Submission::learner, String.CASE_INSENSITIVE_ORDER));
        return submissions;
    }

    /** A folder that is itself a learner's module or clone, not a folder of submissions. */
    private static boolean looksLikeOneSubmission(Path dir) throws IOException {
        if (Files.exists(dir.resolve("src")) || Files.exists(dir.resolve("pom.xml"))) return true;
        try (Stream<Path> children = Files.list(dir)) {
            return children.anyMatch(p -> MODULE_NAME.matcher(p.getFileName().toString()).matches());
        }
    }

    /** A zip entry or a folder's file that may not be read. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * The files of a submission, by their path inside it ('/'-separated), read on demand while it is open.
     *
     * @param notes what was skipped while listing (links)
     */
    record Entries(boolean zip, Map<String, Reader> files, List<String> notes, AutoCloseable closer)
            implements AutoCloseable {

        interface Reader {
            byte[] read() throws IOException;
        }

        static Entries of(Path path) throws IOException, Refused {
            return Files.isDirectory(path) ? folder(path) : zip(path);
        }

        @Override
        public void close() throws IOException {
            try {
                closer.close();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }

        private static boolean skipped(String name) {
            for (String part : name.split("/", -1)) {
                if (part.equals("__MACOSX") || part.equals(".git") || part.equals("target") || part.startsWith("._")
                        || part.equals(".DS_Store")) {
                    return true;
                }
            }
            return false;
        }

        private static Entries folder(Path dir) throws IOException {
            Map<String, Reader> files = new TreeMap<>();
            List<String> notes = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.toList()) {
                    String name = dir.relativize(p).toString().replace('\\', '/');
                    if (name.isEmpty() || skipped(name)) continue;
                    if (Files.isSymbolicLink(p)) {
                        notes.add("ignored a symbolic link · 심볼릭 링크 무시: " + name);
                    } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        files.put(name, () -> readLimited(Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS), name));
                    }
                    if (files.size() > MAX_ENTRIES) break;
                }
            }
            return new Entries(false, files, notes, () -> {});
        }

        private static Entries zip(Path file) throws IOException, Refused {
            ZipFile zip;
            try {
                zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                try {
                    zip = new ZipFile(file.toFile(), java.nio.charset.Charset.forName("IBM437"));
                } catch (IOException again) {
                    throw new Refused("not a readable zip · 읽을 수 없는 zip: " + e.getMessage());
                }
            }
            boolean ok = false;
            try {
                Map<String, Reader> files = new TreeMap<>();
                ZipFile open = zip;
                if (zip.size() > MAX_ENTRIES) throw new Refused("too many entries · 항목이 너무 많음: " + zip.size());
                for (ZipEntry entry : zip.stream().toList()) {
                    String raw = entry.getName();
                    String name = raw.replace('\\', '/');
                    if (name.startsWith("/") || name.matches("^[A-Za-z]:.*") || Arrays.asList(name.split("/", -1)).contains("..")) {
                        throw new Refused("a zip entry points outside the zip, refused · zip 밖을 가리키는 항목이 있어 거부: " + raw);
                    }
                    if (entry.isDirectory() || skipped(name)) continue;
                    files.put(name, () -> readLimited(open.getInputStream(entry), name));
                }
                ok = true;
                return new Entries(true, files, List.of(), zip);
            } finally {
                if (!ok) zip.close();
            }
        }

        private static byte[] readLimited(InputStream stream, String name) throws IOException {
            try (InputStream in = stream) {
                byte[] bytes = in.readNBytes((int) MAX_SOURCE_BYTES + 1);
                if (bytes.length > MAX_SOURCE_BYTES) throw new IOException("larger than 1 MB: " + name);
                return bytes;
            }
        }
    }

    /**
     * The exercise sources taken from a submission, by their path under src/main/java.
     *
     * @param problem why nothing was taken (when sources is empty)
     */
    record Picked(Map<String, byte[]> sources, List<String> notes, Status status, String problem) {}

    /** This workbook's lesson: its exercise files and tests, the reference for every submission. */
    record Workbook(Path moduleDir, Set<String> exerciseFiles, Set<String> packages, Set<Integer> exerciseNumbers) {

        static Workbook of(Path moduleDir) throws IOException {
            Path main = moduleDir.resolve("src/main/java");
            Set<String> files = new TreeSet<>();
            Set<String> packages = new TreeSet<>();
            try (Stream<Path> walk = Files.walk(main)) {
                walk.filter(Files::isRegularFile).forEach(p -> {
                    String rel = main.relativize(p).toString().replace('\\', '/');
                    int at = rel.indexOf("/exercises/");
                    if (at >= 0) {
                        files.add(rel);
                        packages.add(rel.substring(0, at + "/exercises/".length()));
                    }
                });
            }
            if (files.isEmpty()) throw new IllegalArgumentException("no exercises in " + main);
            Set<Integer> numbers = new TreeSet<>();
            Path tests = moduleDir.resolve("src/test/java");
            if (Files.isDirectory(tests)) {
                try (Stream<Path> walk = Files.walk(tests)) {
                    walk.map(p -> EXERCISE_TEST.matcher(p.getFileName().toString())).filter(Matcher::matches)
                            .forEach(m -> numbers.add(Integer.valueOf(m.group(1))));
                }
            }
            return new Workbook(moduleDir, files, packages, numbers);
        }

        /** Takes the learner's exercise sources of this lesson out of a submission, and notes the rest. */
        Picked pick(String module, Entries entries) throws IOException {
            List<String> notes = new ArrayList<>(entries.notes());
            // Where the module sits in the submission: the prefix before src/main/java/<exercise package>.
            Map<String, List<String>> byPrefix = new TreeMap<>();
            for (String name : entries.files().keySet()) {
                int at = name.indexOf("src/main/java/");
                while (at >= 0) {
                    if (at == 0 || name.charAt(at - 1) == '/') {
                        String rest = name.substring(at + "src/main/java/".length());
                        if (packages.stream().anyMatch(rest::startsWith)) {
                            byPrefix.computeIfAbsent(name.substring(0, at), k -> new ArrayList<>()).add(name);
                            break;
                        }
                    }
                    at = name.indexOf("src/main/java/", at + 1);
                }
            }
            if (byPrefix.isEmpty()) {
                Picked loose = loose(entries, notes);
                if (loose != null) return loose;
                Set<String> others = new TreeSet<>();
                for (String name : entries.files().keySet()) {
                    for (String part : name.split("/", -1)) {
                        if (MODULE_NAME.matcher(part).matches() && !part.equals(module)) others.add(part);
                    }
                }
                String problem = others.isEmpty()
                        ? "no " + module + " exercises (src/main/java/" + packages.iterator().next()
                                + ") in it · 이 모듈의 연습 파일이 없음"
                        : "no " + module + " in it, only " + String.join(", ", others) + " · 이 모듈이 없음";
                return new Picked(Map.of(), notes, Status.NO_MODULE, problem);
            }
            String prefix = byPrefix.keySet().stream()
                    .filter(p -> p.equals(module + "/") || p.endsWith("/" + module + "/"))
                    .min(Comparator.comparing(String::length))
                    .orElseGet(() -> byPrefix.keySet().stream().min(Comparator.comparing(String::length)).orElseThrow());
            if (byPrefix.size() > 1) {
                notes.add("several copies of the module; graded " + (prefix.isEmpty() ? "the top one" : prefix)
                        + " · 모듈이 여러 벌 있어 하나만 채점");
            }

            Map<String, byte[]> sources = new TreeMap<>();
            List<String> ignoredChanged = new ArrayList<>();
            List<String> ignoredExtra = new ArrayList<>();
            for (var entry : entries.files().entrySet()) {
                String name = entry.getKey();
                if (!name.startsWith(prefix)) continue;
                String inModule = name.substring(prefix.length());
                String underMain = inModule.startsWith("src/main/java/") ? inModule.substring("src/main/java/".length()) : null;
                if (underMain != null && packages.stream().anyMatch(underMain::startsWith)) {
                    if (underMain.endsWith(".java")) {
                        sources.put(underMain, entry.getValue().read());
                        if (!exerciseFiles.contains(underMain)) notes.add("extra exercise file, compiled · 추가 파일도 컴파일함: " + inModule);
                    } else {
                        notes.add("ignored, not a .java file · .java 파일이 아니라 무시: " + inModule);
                    }
                } else if (inModule.startsWith("src/") || inModule.equals("pom.xml")) {
                    // Anything else of the module is the workbook's own: a learner's copy is ignored.
                    Path ours = moduleDir.resolve(inModule);
                    if (!Files.isRegularFile(ours)) {
                        ignoredExtra.add(inModule);
                    } else if (!sameBytes(entry.getValue(), ours)) {
                        ignoredChanged.add(inModule);
                    }
                }
            }
            // A learner may have edited them, or cloned another version of the workbook: either way, they do not count.
            List<String> tests = ignoredChanged.stream().filter(f -> f.startsWith("src/test/")).toList();
            List<String> others = ignoredChanged.stream().filter(f -> !f.startsWith("src/test/")).toList();
            if (!tests.isEmpty()) {
                notes.add(TESTS_DIFFER + list(tests));
            }
            if (!others.isEmpty()) {
                notes.add("ignored, differ from the workbook's, whose own are used · 워크북과 달라 무시하고 워크북 원본 사용: "
                        + list(others));
            }
            if (!ignoredExtra.isEmpty()) {
                notes.add("ignored, not an exercise source · 연습 소스가 아니라 무시: " + list(ignoredExtra));
            }
            for (String file : exerciseFiles) {
                if (!sources.containsKey(file)) {
                    notes.add("missing, the workbook's stub is used · 없어서 워크북의 스텁 사용: src/main/java/" + file);
                }
            }
            if (sources.isEmpty()) {
                return new Picked(Map.of(), notes, Status.NO_MODULE, "no exercise sources · 연습 소스 없음");
            }
            return new Picked(sources, notes, Status.OK, "");
        }

        /**
         * Exercise files sent without the module's folders (e.g. a zip of the exercises folder alone): taken by
         * their file names, from the one folder that holds the most of them, when their package is this lesson's.
         */
        private Picked loose(Entries entries, List<String> notes) throws IOException {
            Map<String, String> byName = new TreeMap<>();
            exerciseFiles.forEach(f -> byName.put(f.substring(f.lastIndexOf('/') + 1), f));
            Map<String, Map<String, String>> byFolder = new TreeMap<>();
            for (String name : entries.files().keySet()) {
                if (name.contains("src/solutions/") || name.contains("src/test/")) continue;
                String file = name.substring(name.lastIndexOf('/') + 1);
                if (!byName.containsKey(file)) continue;
                String folder = name.substring(0, name.length() - file.length());
                byFolder.computeIfAbsent(folder, k -> new TreeMap<>()).put(byName.get(file), name);
            }
            var best = byFolder.entrySet().stream().max(Comparator.comparing((Map.Entry<String, Map<String, String>> e) -> e.getValue().size())
                    .thenComparing(e -> -e.getKey().length()));
            if (best.isEmpty()) return null;
            Map<String, byte[]> sources = new TreeMap<>();
            for (var file : best.get().getValue().entrySet()) {
                byte[] bytes = entries.files().get(file.getValue()).read();
                String pkg = file.getKey().substring(0, file.getKey().lastIndexOf('/')).replace('/', '.');
                if (!new String(bytes, StandardCharsets.UTF_8).contains("package " + pkg + ";")) continue;
                sources.put(file.getKey(), bytes);
            }
            if (sources.isEmpty()) return null;
            notes.add("exercise files without the module's folders, taken by name from " + (best.get().getKey().isEmpty()
                    ? "the top" : best.get().getKey()) + " · 모듈 폴더 없이 보낸 연습 파일을 이름으로 찾음");
            for (String file : exerciseFiles) {
                if (!sources.containsKey(file)) {
                    notes.add("missing, the workbook's stub is used · 없어서 워크북의 스텁 사용: src/main/java/" + file);
                }
            }
            return new Picked(sources, notes, Status.OK, "");
        }

        private static boolean sameBytes(Entries.Reader theirs, Path ours) {
            try {
                return Arrays.equals(theirs.read(), Files.readAllBytes(ours));
            } catch (IOException e) {
                return false;
            }
        }

        private static String list(List<String> names) {
            return names.size() <= 5 ? String.join(", ", names)
                    : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more · 외 " + (names.size() - 5) + "개";
        }
    }

    /** Keeps the last lines of a child's output, reading it to the end on a thread of its own. */
    private static final class Tail {
        private static final int KEEP = 16 * 1024;
        private final ByteArrayOutputStream last = new ByteArrayOutputStream();
        private final Thread reader;

        private Tail(InputStream in) {
            reader = Thread.ofPlatform().daemon().name("grader-output").start(() -> {
                byte[] buffer = new byte[8192];
                try (in) {
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        synchronized (last) {
                            last.write(buffer, 0, n);
                            if (last.size() > 4 * KEEP) {
                                byte[] all = last.toByteArray();
                                last.reset();
                                last.write(all, all.length - KEEP, KEEP);
                            }
                        }
                    }
                } catch (IOException e) {
                    // The process was killed: what was read is kept.
                }
            });
        }

        static Tail of(InputStream in) {
            return new Tail(in);
        }

        void join() throws InterruptedException {
            reader.join(TimeUnit.SECONDS.toMillis(10));
        }

        List<String> lines() {
            byte[] all;
            synchronized (last) {
                all = last.toByteArray();
            }
            int from = Math.max(0, all.length - KEEP);
            List<String> lines = new String(all, from, all.length - from, StandardCharsets.UTF_8).lines().toList();
            return lines.subList(Math.max(0, lines.size() - 40), lines.size());
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            System.err.println("could not delete the scratch folder " + root + ": " + e);
        }
    }
}
