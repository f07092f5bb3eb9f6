package dev.futuresworkbook.learner;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Watch mode · 감시 모드: every save under a lesson's {@code src/main/java} or {@code src/test/java} compiles the
 * lesson in this warm JVM ({@code javax.tools}) and runs its exercise tests in a JVM of their own, through the
 * test kit's {@code ExerciseRunner}, whose progress summary is the last thing printed.
 *
 * <ul>
 *   <li>The tests' JVM is ended (with everything it started) when a test outlives the build's per-test limit
 *       ({@code junit.jupiter.execution.timeout.default}; the JVM reports it), or the whole run outlives twice
 *       that limit plus 10 s; watch mode names the exercise and waits for the next save.</li>
 *   <li>A save during a run ends that run and starts a new one: the newest save wins, nothing queues.</li>
 *   <li>An exercise file listed in {@code exercises.tsv} but missing is named, instead of the compiler's errors.</li>
 *   <li>The tests' JVM starts fast: C1 only, serial GC, and a class-data archive of the test libraries that the
 *       first run records into {@code target/watch} (AppCDS).</li>
 * </ul>
 *
 * {@code ./mvnw -q -pl <module> -Pwatch} runs it as a single-file program: {@code java -cp <test libraries>
 * Watch.java <module dir> <workbook dir>}. Options: {@code -Dworkbook.watch.groups=exercise-2} (one exercise),
 * {@code -Dworkbook.watch.bench=20} (measures save → summary instead of watching; see {@link #bench}).
 */
public final class Watch {

    private static final Duration QUIET = Duration.ofMillis(60); // a save is a burst of events: wait for quiet
    private static final Pattern FAILED = Pattern.compile("✘ FAILED · 실패: (\\S+)(.*)");
    private static final Pattern TIMED_OUT = Pattern.compile("\\s+java\\.util\\.concurrent\\.TimeoutException: .*timed out.*");
    private static final Pattern SUMMARY_END = Pattern.compile("  (Only this one · |All solved|Every exercise that ran).*");

    private final Path module, sources, tests, testResources, workbook, work, kit, classes, archive;
    private final String name, tag;
    private final List<String> libraries;
    private final Duration perTest;
    private final PrintStream out;
    private final Consumer<String> onRunEnd;
    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final List<?> exercises;
    private volatile WatchService service;
    private volatile Run current;
    private volatile Process dumping;
    private int runs;

    Watch(Path module, Path workbook, String tag, PrintStream out, Consumer<String> onRunEnd) throws IOException {
        if (javac == null) throw new IllegalStateException("watch mode needs a JDK, not a JRE · 감시 모드에는 JDK가 필요합니다");
        this.module = module.toAbsolutePath().normalize();
        this.workbook = workbook.toAbsolutePath().normalize();
        this.name = this.module.getFileName().toString();
        this.sources = this.module.resolve(Path.of("src", "main", "java"));
        this.tests = this.module.resolve(Path.of("src", "test", "java"));
        this.testResources = this.module.resolve(Path.of("src", "test", "resources"));
        this.work = this.module.resolve(Path.of("target", "watch"));
        this.kit = work.resolve("test-kit");
        this.classes = work.resolve("classes");
        this.archive = work.resolve("test-libraries.jsa");
        this.tag = tag;
        this.out = out;
        this.onRunEnd = onRunEnd;
        this.libraries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar")).toList();
        compileTestKit();
        this.exercises = exercises();
        var junit = new Properties();
        try (var in = Files.newInputStream(kit.resolve("junit-platform.properties"))) {
            junit.load(in);
        }
        this.perTest = duration(System.getProperty("junit.jupiter.execution.timeout.default",
                junit.getProperty("junit.jupiter.execution.timeout.default", "20 s")));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) throw new IllegalArgumentException("usage: Watch <module directory> <workbook directory>");
        String tag = System.getProperty("workbook.watch.groups", "").strip();
        int saves = Integer.getInteger("workbook.watch.bench", 0);
        if (saves > 0) {
            bench(Path.of(args[0]), Path.of(args[1]), saves);
            return;
        }
        Watch watch = new Watch(Path.of(args[0]), Path.of(args[1]), tag, System.out, line -> { });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            watch.stop();
            System.out.println("\nWatch mode stopped · 감시 모드를 끝냈습니다.");
        }));
        watch.watch();
    }

    /** Runs once, then after every save, until {@link #stop()}. */
    void watch() throws IOException, InterruptedException {
        out.printf("%n─── Watch mode · 감시 모드: %s ───%n  Watching · 감시 중: %s, %s%s%n"
                + "  Each save compiles the lesson and runs its exercise tests. · 저장할 때마다 컴파일하고 연습 테스트를 실행합니다.%n"
                + "  Stop · 끝내기: Ctrl-C%n", name, shown(sources), shown(tests),
                tag.isEmpty() ? "" : "  (" + tag + ")");
        try (WatchService watching = FileSystems.getDefault().newWatchService()) {
            service = watching;
            for (Path root : List.of(sources, tests)) register(watching, root);
            Map<Path, String> seen = snapshot();
            start("start · 시작");
            while (true) {
                WatchKey key = watching.poll(200, TimeUnit.MILLISECONDS);
                Run run = current;
                if (run != null && !run.done() && System.nanoTime() / 1_000_000 >= run.deadline) {
                    run.stop(runLimit(), null);
                }
                if (key == null) continue;
                do { // a save is a burst: take events until none came for QUIET
                    Path dir = (Path) key.watchable();
                    key.pollEvents().forEach(event -> {
                        Path child = dir.resolve((Path) event.context());
                        if (Files.isDirectory(child)) register(watching, child);
                    });
                    key.reset();
                } while ((key = watching.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null);
                Map<Path, String> now = snapshot();
                List<String> changed = now.keySet().stream().filter(f -> !now.get(f).equals(seen.get(f)))
                        .map(f -> f.getFileName().toString()).toList();
                List<String> deleted = seen.keySet().stream().filter(f -> !now.containsKey(f))
                        .map(f -> f.getFileName() + " (deleted · 삭제)").toList();
                if (changed.isEmpty() && deleted.isEmpty()) continue;
                seen.clear();
                seen.putAll(now);
                var what = new ArrayList<>(changed);
                what.addAll(deleted);
                start(String.join(", ", what));
            }
        } catch (ClosedWatchServiceException stopped) {
            // stop(): the normal way out
        }
    }

    /** Ends watching and the run in progress, with every process it started. */
    void stop() {
        Run run = current;
        if (run != null) run.cancel();
        try {
            if (service != null) service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (dumping != null) dumping.destroyForcibly();
    }

    /** Ends the run in progress (the newest save wins), compiles, and starts the tests' JVM. */
    private void start(String why) throws IOException, InterruptedException {
        Run previous = current;
        if (previous != null && !previous.done()) previous.cancel();
        runs++;
        out.printf("%n─── %s · run %d · 실행 %d: %s%s ───%n", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")),
                runs, runs, why, previous != null && previous.cancelled ? " (the run before was stopped · 이전 실행은 멈춤)" : "");
        if (missing() || !compile()) {
            current = null;
            onRunEnd.accept("not run");
            return;
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:disable", "-Xlog:all=error:stderr",
                "-Dworkbook.module=" + name, "-Dworkbook.progress.dir=" + module.resolve("target"),
                "-Dworkbook.failures.console=true", "-Djunit.jupiter.execution.timeout.default=" + perTest.toMillis() + " ms"));
        boolean recording = dumping == null && !Files.exists(archive);
        if (recording) {
            command.add("-XX:DumpLoadedClassList=" + work.resolve("test-libraries.classlist"));
        } else if (Files.exists(archive)) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto"));
        }
        var path = new ArrayList<>(libraries); // the archive's class path first: it must be a prefix of this one
        path.addAll(List.of(kit.toString(), classes.toString()));
        command.addAll(List.of("-cp", String.join(File.pathSeparator, path),
                "dev.futuresworkbook.testkit.ExerciseRunner", classes.toString()));
        if (!tag.isEmpty()) command.add(tag);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        current = new Run(child, System.nanoTime() / 1_000_000 + runLimit().toMillis(), recording);
        Thread pump = new Thread(current::pump, "watch-run-" + runs);
        pump.setDaemon(true);
        pump.start();
    }

    /** One run of the tests' JVM: its output goes through, except the failure reports it reads for timeouts. */
    private final class Run {
        final Process child;
        final long deadline;
        final boolean recording;
        volatile boolean cancelled, ended;
        volatile String stopped;

        Run(Process child, long deadline, boolean recording) {
            this.child = child;
            this.deadline = deadline;
            this.recording = recording;
        }

        boolean done() {
            return ended;
        }

        void pump() {
            boolean summary = false, report = false, frames = false;
            String failing = null;
            try (var in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    Matcher failed = FAILED.matcher(line);
                    if (failed.matches()) { // a failure report: header, exception (any lines), stack frames
                        failing = failed.group(1) + failed.group(2);
                        report = true;
                        frames = false;
                        continue;
                    }
                    if (report && line.startsWith("      at ")) {
                        frames = true;
                        continue;
                    }
                    if (report && !frames && !line.startsWith("─── Progress")) {
                        if (TIMED_OUT.matcher(line).matches()) stop(perTest, failing);
                        continue;
                    }
                    report = false;
                    if (!cancelled && stopped == null) out.println(line);
                    summary |= SUMMARY_END.matcher(line).matches();
                }
            } catch (IOException closed) {
                // the tests' JVM was ended while its output was read: the output is over
            }
            try {
                int status = child.waitFor();
                if (!cancelled && stopped != null) {
                    out.println(stopped);
                } else if (!cancelled && !summary) {
                    out.printf("✘ The tests ended without a summary (exit status %d): System.exit or a crash? · "
                            + "요약 없이 테스트가 끝났습니다(종료 상태 %d). System.exit나 비정상 종료인가요?%n", status, status);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                out.flush();
                ended = true;
                onRunEnd.accept(cancelled ? "cancelled" : stopped != null ? "stopped" : "summary");
                if (recording && !cancelled && stopped == null) dumpArchive();
            }
        }

        /** Ends the tests' JVM: a test outlived its limit (named by the report), or the whole run did. */
        synchronized void stop(Duration limit, String test) {
            if (stopped != null || cancelled) return;
            Matcher number = Pattern.compile("Exercise(\\d+)").matcher(test == null ? tag : test);
            String which = number.find() ? number.group(1) : tag.replace("exercise-", "");
            String s = which.isEmpty() ? "the exercise tests" : "exercise " + which;
            String k = which.isEmpty() ? "연습 테스트가" : "연습 " + which + "이이가이가가이이이가".charAt(which.charAt(which.length() - 1) - '0');
            stopped = String.format("✘ %s did not finish within %d s · %s %d초 안에 끝나지 않았습니다%s%n"
                    + "  An endless loop, or a wait that nothing ends? The run was stopped; save to run again.%n"
                    + "  끝나지 않는 반복문이나, 아무것도 끝내 주지 않는 대기가 있나요? 실행을 멈췄습니다. 저장하면 다시 실행합니다.",
                    s, limit.toSeconds(), k, limit.toSeconds(), test == null ? "" : "\n  " + test);
            destroy();
        }

        void cancel() {
            cancelled = true;
            destroy();
            try {
                for (int i = 0; i < 400 && !ended; i++) Thread.sleep(5); // its last lines before the next header
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void destroy() {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly();
        }
    }

    /** Once, after the first run: the classes it loaded from the test libraries, archived for faster starts. */
    private void dumpArchive() {
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        try {
            dumping = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:dump", "-XX:SharedClassListFile=" + work.resolve("test-libraries.classlist"),
                    "-XX:SharedArchiveFile=" + partial, "-cp", String.join(File.pathSeparator, libraries))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
            dumping.waitFor(); // on this run's own thread, after its summary: nothing waits for it
            if (dumping.exitValue() == 0) Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | InterruptedException e) {
            // no archive: slower starts, nothing else
        }
    }

    /** A stub or a test listed in exercises.tsv that is not there: named, instead of the compiler's errors. */
    private boolean missing() throws IOException {
        boolean any = false;
        for (Object exercise : exercises) {
            String number = field(exercise, "number"), stub = field(exercise, "stub"), test = field(exercise, "test");
            Path testFile = find(tests, test + ".java");
            Path dir = testFile == null ? null : tests.relativize(testFile.getParent());
            Path stubFile = dir == null ? find(sources, stub + ".java") : sources.resolve(dir).resolve(stub + ".java");
            for (Path file : testFile == null ? List.of(tests.resolve(test + ".java")) : stubFile == null || !Files.exists(stubFile)
                    ? List.of(stubFile == null ? sources.resolve(stub + ".java") : stubFile) : List.<Path>of()) {
                out.printf("✘ Exercise %s's file is missing: %s. Restore it (from git or the hand-out) to run the tests.%n"
                        + "  연습 %s의 파일이 없습니다: %s. 파일을 되살리면(git이나 배포 파일에서) 테스트를 실행합니다.%n",
                        number, shown(file), number, shown(file));
                any = true;
            }
        }
        return any;
    }

    /** The lesson and its tests, into target/watch/classes, with the tests' resources; false on an error. */
    private boolean compile() throws IOException {
        deleteTree(classes);
        Files.createDirectories(classes);
        var files = new ArrayList<>(javaFiles(sources));
        files.addAll(javaFiles(tests));
        var path = new ArrayList<>(libraries);
        path.add(kit.toString());
        if (!compile(files, classes, path)) return false;
        copyTree(testResources, classes);
        return true;
    }

    private void compileTestKit() throws IOException {
        deleteTree(kit);
        Files.createDirectories(kit);
        Path root = workbook.resolve(Path.of("test-kit", "src", "main"));
        if (!compile(javaFiles(root.resolve("java")), kit, libraries)) throw new IllegalStateException("the test kit does not compile");
        copyTree(root.resolve("resources"), kit);
    }

    private boolean compile(List<Path> files, Path into, List<String> path) throws IOException {
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "21", "-encoding", "UTF-8", "-proc:none", "-implicit:none",
                    "-d", into.toString(), "-cp", String.join(File.pathSeparator, path));
            if (javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files)).call()) return true;
        }
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) continue;
            String file = d.getSource() == null ? "" : shown(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber() + ": ";
            out.println(file + "error: " + d.getMessage(null));
        }
        out.println("✘ Does not compile: fix the error above and save. · 컴파일되지 않습니다. 위의 오류를 고치고 저장하세요.");
        return false;
    }

    /** The lesson's exercise list, read by the test kit's own reader ({@code Exercises.of}). */
    private List<?> exercises() throws IOException {
        try (var loader = new URLClassLoader(new java.net.URL[] {kit.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            return (List<?>) loader.loadClass("dev.futuresworkbook.testkit.Exercises").getMethod("of", Path.class).invoke(null, module);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the exercise list", e);
        }
    }

    private static String field(Object record, String name) {
        try {
            return String.valueOf(record.getClass().getMethod(name).invoke(record));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A run outliving this was not stopped by a test's own limit: twice that limit, plus time for a slow start. */
    private Duration runLimit() {
        return perTest.multipliedBy(2).plusSeconds(10);
    }

    /** "20 s", "500 ms", "2 m": JUnit's duration syntax. */
    private static Duration duration(String text) {
        Matcher m = Pattern.compile("\\s*(\\d+)\\s*(ns|μs|ms|s|m|h|d)?\\s*").matcher(text);
        if (!m.matches()) return Duration.ofSeconds(20);
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ns" -> Duration.ofNanos(n);
            case "μs" -> Duration.ofNanos(n * 1000);
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofSeconds(n);
        };
    }

    private String shown(Path file) {
        Path root = module.getParent() == null ? module : module.getParent();
        return file.startsWith(root) ? root.relativize(file).toString() : file.toString();
    }

    private Map<Path, String> snapshot() throws IOException {
        var files = new TreeMap<Path, String>();
        for (Path root : List.of(sources, tests)) {
            for (Path file : javaFiles(root)) {
                try {
                    files.put(file, new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                } catch (IOException gone) {
                    // deleted or being replaced while we looked: the next event brings it back
                }
            }
        }
        return files;
    }

    private static void register(WatchService service, Path root) {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
        } catch (IOException | UncheckedIOException e) {
            // a folder created and deleted at once: nothing to watch there
        }
    }

    private static Path find(Path root, String fileName) throws IOException {
        return javaFiles(root).stream().filter(f -> f.getFileName().toString().equals(fileName)).findFirst().orElse(null);
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) return;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(file);
        }
    }

    /**
     * {@code -Dworkbook.watch.bench=N}: watches a copy of the lesson (in {@code target/watch-bench}) in this JVM and
     * saves exercise 1's file N times, the reference solution and the stub in turn; prints each save → summary
     * time and the medians.
     */
    static void bench(Path moduleDir, Path workbook, int saves) throws Exception {
        Path module = moduleDir.toAbsolutePath().normalize();
        Path copy = module.resolve(Path.of("target", "watch-bench", module.getFileName().toString()));
        deleteTree(copy.getParent());
        copyTree(module.resolve("src"), copy.resolve("src"));
        BlockingQueue<String> ends = new LinkedBlockingQueue<>();
        var watch = new Watch(copy, workbook, "", new PrintStream(OutputStream.nullOutputStream()), ends::add);
        Object first = watch.exercises.get(0);
        Path test = find(watch.tests, field(first, "test") + ".java");
        Path relative = watch.tests.relativize(test.getParent()).resolve(field(first, "stub") + ".java");
        Path file = watch.sources.resolve(relative);
        byte[] stub = Files.readAllBytes(file);
        byte[] solution = Files.readAllBytes(module.resolve(Path.of("src", "solutions", "java")).resolve(relative));
        Thread watching = new Thread(() -> {
            try {
                watch.watch();
            } catch (Exception e) {
                ends.add("failed: " + e);
            }
        });
        watching.start();
        System.out.printf("Watch-mode benchmark · %s · JDK %s · %d cores · first run: %s%n", module.getFileName(),
                Runtime.version(), Runtime.getRuntime().availableProcessors(), ends.poll(5, TimeUnit.MINUTES));
        for (int i = 0; i < 6000 && !Files.exists(watch.archive); i++) Thread.sleep(50); // measure with the archive
        var times = new TreeMap<String, List<Long>>();
        for (int i = 1; i <= saves; i++) {
            String kind = i % 2 == 1 ? "solution" : "stub";
            Path temp = file.resolveSibling(file.getFileName() + ".saving");
            Files.write(temp, i % 2 == 1 ? solution : stub);
            long saved = System.nanoTime();
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            String end = ends.poll(5, TimeUnit.MINUTES);
            long ms = (System.nanoTime() - saved) / 1_000_000;
            times.computeIfAbsent(kind, k -> new ArrayList<>()).add(ms);
            System.out.printf("  save %2d (%s) → %s: %d ms%n", i, kind, end, ms);
        }
        times.forEach((kind, ms) -> System.out.printf("  %s saves: median %d ms, min %d, max %d (n=%d)%n", kind,
                ms.stream().sorted().toList().get((ms.size() - 1) / 2), ms.stream().min(Long::compare).orElseThrow(),
                ms.stream().max(Long::compare).orElseThrow(), ms.size()));
        watch.stop();
        watching.join();
        deleteTree(copy.getParent());
    }
}
