package dev.futuresworkbook.learner;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.File;
import java.io.IOException;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 *   <li>A save reruns only the exercises it can change: those whose stub or test it touched, and those whose stub
 *       or test names a stub it touched (and so on). A save of any other file reruns them all. The summary shows
 *       the others as their last run left them, marked as not rerun ({@code ProgressReport}'s carried results).</li>
 *   <li>An exercise file listed in {@code exercises.tsv} but missing is named, instead of the compiler's errors.</li>
 *   <li>The tests' JVM is started ahead, after each run, and waits for the next save with JUnit loaded: C1 only,
 *       serial GC, a class-data archive of the test libraries that the first run records (AppCDS).</li>
 * </ul>
 *
 * {@code ./mvnw -q -pl <module> -Pwatch} compiles it and runs {@code java -cp <watch classes>:<test libraries>
 * dev.futuresworkbook.learner.Watch <module dir> <workbook dir>}. Option: {@code -Dworkbook.watch.groups=exercise-2} (one exercise).
 * Its save → summary benchmark is the maintainers' ({@code workbook/maintainer/.../WatchBench.java}).
 */
public final class Watch {

    private static final Duration QUIET = Duration.ofMillis(60); // a save is a burst of events: wait for quiet

    final Path module, sources, tests, testResources, workbook, work, kit, classes, archive, carried;
    private final String name, tag;
    private final List<String> libraries;
    private final Duration perTest;
    private final double factor;
    private final PrintStream out;
    private final Consumer<String> onRunEnd;
    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    final List<?> exercises;
    private volatile WatchService service;
    private volatile TestRun current;
    private volatile Process dumping;
    private Spare spare; // guarded by this
    volatile Duration compileTime = Duration.ZERO; // of the last save: for the maintainers' benchmark
    private boolean stopped; // guarded by this
    private final Set<Integer> stale = new TreeSet<>(); // the exercises the next run must rerun; guarded by this
    private long starts; // guarded by this
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
        this.carried = work.resolve("last-results.properties");
        this.tag = tag;
        this.out = out;
        this.onRunEnd = onRunEnd;
        this.libraries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar")).toList();
        compileTestKit();
        this.exercises = (List<?>) fromKit("Exercises", "of");
        var junit = new Properties();
        try (var in = Files.newInputStream(kit.resolve("junit-platform.properties"))) {
            junit.load(in);
        }
        this.factor = (double) fromKit("Delays", "FACTOR");
        this.perTest = Duration.ofNanos(Math.round(factor * duration(System.getProperty("junit.jupiter.execution.timeout.default",
                junit.getProperty("junit.jupiter.execution.timeout.default", "20 s"))).toNanos()));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) throw new IllegalArgumentException("usage: Watch <module directory> <workbook directory>");
        String tag = System.getProperty("workbook.watch.groups", "").strip();
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
            Files.deleteIfExists(carried); // a new session starts from a run of every exercise
            start("start · 시작", Affected.all(exercises));
            while (true) {
                WatchKey key = watching.poll(200, TimeUnit.MILLISECONDS);
                TestRun run = current;
                if (run != null) run.stopIfOverdue();
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
                List<Path> touched = Stream.concat(now.keySet().stream().filter(f -> !now.get(f).equals(seen.get(f))),
                        seen.keySet().stream().filter(f -> !now.containsKey(f))).toList(); // changed, then deleted
                if (touched.isEmpty()) continue;
                String what = touched.stream().map(f -> f.getFileName() + (now.containsKey(f) ? "" : " (deleted · 삭제)"))
                        .collect(Collectors.joining(", "));
                Set<Integer> affected = Affected.by(touched, now, exercises, sources, tests);
                seen.clear();
                seen.putAll(now);
                start(what, affected);
            }
        } catch (ClosedWatchServiceException stopped) {
            // stop(): the normal way out
        }
    }

    /** Ends watching and the run in progress, with every process it started. */
    void stop() {
        TestRun run = current;
        if (run != null) run.cancel();
        try {
            if (service != null) service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (dumping != null) dumping.destroyForcibly();
        synchronized (this) {
            stopped = true;
            if (spare != null) spare.process().destroyForcibly();
        }
    }

    /**
     * Ends the run in progress (the newest save wins), compiles, and starts the tests in the spare JVM: of the
     * exercises {@code affected} by this save and those no run has passed through since they were.
     */
    private void start(String why, Set<Integer> affected) throws IOException, InterruptedException {
        Set<Integer> rerun;
        long generation;
        synchronized (this) {
            stale.addAll(affected);
            rerun = Set.copyOf(stale);
            generation = ++starts;
        }
        TestRun previous = current;
        if (previous != null && !previous.done()) previous.cancel();
        runs++;
        out.printf("%n─── %s · run %d · 실행 %d: %s%s ───%n", LocalTime.now(ZoneId.systemDefault()).format(DateTimeFormatter.ofPattern("HH:mm:ss")),
                runs, runs, why, previous != null && previous.cancelled() ? " (the run before was stopped · 이전 실행은 멈춤)" : "");
        long compiling = System.nanoTime();
        boolean compiled = !missing() && compile();
        compileTime = Duration.ofNanos(System.nanoTime() - compiling);
        if (!compiled) {
            current = null;
            onRunEnd.accept("not run");
            return;
        }
        Spare spare = takeSpare();
        String selected = !tag.isEmpty() || rerun.containsAll(Affected.all(exercises)) ? tag
                : exercises.stream().filter(e -> rerun.contains(Affected.number(e)))
                        .map(e -> field(e, "tag")).collect(Collectors.joining(" | ")); // the kit's own tag names
        current = new TestRun(spare.process(), classes.toString(), perTest, selected, out, result -> {
            synchronized (this) { // a newer save's run reruns these itself, whatever this run said
                if (result.equals("summary") && generation == starts) stale.removeAll(rerun);
            }
            onRunEnd.accept(result);
            if (spare.recording() && result.equals("summary")) dumpArchive();
            startSpare();
        });
    }

    /** A tests' JVM started ahead of the save that runs it: JUnit and the kit load while the learner types. */
    private record Spare(Process process, boolean recording) {}

    /** Starts the JVM for the next save now, unless one waits already or watch mode has stopped. */
    private synchronized void startSpare() {
        try {
            if (!stopped && spare == null) spare = launch();
        } catch (IOException e) { // the next save starts one itself
        }
    }

    private synchronized Spare takeSpare() throws IOException {
        Spare taken = spare != null && spare.process().isAlive() ? spare : launch();
        spare = null;
        return taken;
    }

    private Spare launch() throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:disable", "-Xlog:all=error:stderr",
                "-Dworkbook.module=" + name, "-Dworkbook.progress.dir=" + module.resolve("target"),
                "-Dworkbook.failures.console=true", "-Djunit.jupiter.execution.timeout.default=" + perTest.toMillis() + " ms",
                "-Dworkbook.delay.factor=" + factor));
        if (tag.isEmpty()) command.add("-Dworkbook.progress.carry=" + carried);
        boolean recording = dumping == null && !Files.exists(archive);
        if (recording) {
            command.add("-XX:DumpLoadedClassList=" + work.resolve("test-libraries.classlist"));
        } else if (Files.exists(archive)) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto"));
        }
        var path = new ArrayList<>(libraries); // the archive's class path first: it must be a prefix of this one
        path.add(kit.toString());
        command.addAll(List.of("-cp", String.join(File.pathSeparator, path), "dev.futuresworkbook.testkit.ExerciseRunner", "--next"));
        return new Spare(new ProcessBuilder(command).redirectErrorStream(true).start(), recording);
    }

    /** Once, after the first run: the classes it loaded from the test libraries, archived for faster starts. */
    private void dumpArchive() {
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        Path list = work.resolve("test-libraries.classlist");
        try {
            // The lesson's classes came through a class loader of their own: only the libraries' go in the archive.
            Files.write(list, Files.readAllLines(list).stream().filter(line -> !line.contains(" source: ")).toList());
            dumping = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                    "-XX:SharedArchiveFile=" + partial, "-cp", String.join(File.pathSeparator, libraries))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
            dumping.waitFor(); // on this run's own thread, after its summary: nothing waits for it
            if (dumping.exitValue() == 0) Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // no archive: slower starts, nothing else
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A stub or a test listed in exercises.tsv that is not there: named, instead of the compiler's errors. */
    private boolean missing() throws IOException {
        boolean any = false;
        for (Object exercise : exercises) {
            String number = field(exercise, "number"), test = field(exercise, "test") + ".java";
            Path testFile = Trees.find(tests, test);
            Path file = testFile == null ? tests.resolve(test)
                    : sources.resolve(tests.relativize(testFile.getParent())).resolve(field(exercise, "stub") + ".java");
            if (testFile != null && Files.exists(file)) continue;
            out.printf("✘ Exercise %s's file is missing: %s. Restore it (from git or the hand-out) to run the tests.%n"
                    + "  연습 %s의 파일이 없습니다: %s. 파일을 되살리면(git이나 배포 파일에서) 테스트를 실행합니다.%n",
                    number, shown(file), number, shown(file));
            any = true;
        }
        return any;
    }

    /** The lesson and its tests, into target/watch/classes, with the tests' resources; false on an error. */
    private boolean compile() throws IOException {
        Trees.delete(classes);
        Files.createDirectories(classes);
        var files = new ArrayList<>(Trees.javaFiles(sources));
        files.addAll(Trees.javaFiles(tests));
        var path = new ArrayList<>(libraries);
        path.add(kit.toString());
        if (!compile(files, classes, path)) return false;
        Trees.copy(testResources, classes);
        return true;
    }

    private void compileTestKit() throws IOException {
        Trees.delete(kit);
        Files.createDirectories(kit);
        Path root = workbook.resolve(Path.of("test-kit", "src", "main"));
        if (!compile(Trees.javaFiles(root.resolve("java")), kit, libraries)) throw new IllegalStateException("the test kit does not compile");
        Trees.copy(root.resolve("resources"), kit);
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

    /**
     * What the test kit itself says, from its classes just compiled: the lesson's exercise list ({@code Exercises.of})
     * and the time knob ({@code Delays.FACTOR}), which scales the per-test limit here and goes to the tests' JVM.
     */
    private Object fromKit(String kitClass, String member) throws IOException {
        try (var loader = new URLClassLoader(new java.net.URL[] {kit.toUri().toURL()}, Watch.class.getClassLoader())) {
            Class<?> c = loader.loadClass("dev.futuresworkbook.testkit." + kitClass);
            return member.equals("of") ? c.getMethod("of", Path.class).invoke(null, module) : c.getField(member).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the test kit's " + kitClass + "." + member, e);
        }
    }

    static String field(Object record, String name) {
        try {
            return String.valueOf(record.getClass().getMethod(name).invoke(record));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "20 s" or "500 ms", as the test kit's junit-platform.properties writes it. */
    private static Duration duration(String text) {
        Matcher m = Pattern.compile("\\s*(\\d+)\\s*(ms|s)?\\s*").matcher(text);
        if (!m.matches()) throw new IllegalArgumentException("a per-test limit in s or ms, not: " + text);
        return "ms".equals(m.group(2)) ? Duration.ofMillis(Long.parseLong(m.group(1))) : Duration.ofSeconds(Long.parseLong(m.group(1)));
    }

    private String shown(Path file) {
        Path root = module.getParent() == null ? module : module.getParent();
        return file.startsWith(root) ? root.relativize(file).toString() : file.toString();
    }

    private Map<Path, String> snapshot() throws IOException {
        var files = new TreeMap<Path, String>();
        for (Path root : List.of(sources, tests)) {
            for (Path file : Trees.javaFiles(root)) {
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
}
