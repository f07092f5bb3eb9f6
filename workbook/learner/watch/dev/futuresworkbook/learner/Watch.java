package dev.futuresworkbook.support;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Watch mode · 감시 모드: the learner's loop in one warm JVM.
 *
 * <p>Started by {@code ./mvnw -q -pl <module> -Pwatch} (the root pom runs this file with the toolchain's
 * {@code java}, as a single-file program, with the test libraries on the class path). Each time a file under
 * the module's {@code src/main/java} is saved, it
 * <ol>
 *   <li>compiles the module's main sources in this JVM with {@code javax.tools} ({@code --release 21}, no
 *       Error Prone), then the exercise tests against them (into {@code target/watch/});</li>
 *   <li>runs only the exercise tests ({@code **}{@code /exercises/Exercise*Test}) with the JUnit Platform
 *       launcher, in a fresh class loader so that the changed classes are the ones tested;</li>
 *   <li>prints one verdict line, then the progress summary ({@link ProgressReport}, registered through
 *       {@code META-INF/services}), which is the last thing printed.</li>
 * </ol>
 * A compile error prints the compiler's message with file and line, and the watcher keeps running. Ctrl-C
 * ends it. Only the JDK and the JUnit Platform launcher (test scope) are used, and paths go through
 * {@code java.nio}, so it runs the same on Linux, macOS and Windows.
 *
 * <p>With {@code -Dworkbook.watch.bench=N} it measures itself instead: see {@link #benchmark}.
 */
public final class Watch {

    /** Events closer together than this are one save (editors write, rename and touch in bursts). */
    private static final Duration QUIET = Duration.ofMillis(80);
    /** A burst of events never delays a run longer than this. */
    private static final Duration MAX_SETTLE = Duration.ofSeconds(1);
    /** How often the sources are compared when the platform's WatchService only polls (macOS). */
    private static final Duration POLL = Duration.ofMillis(250);
    private static final String RELEASE = "21";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * Where everything is: the sources watched and compiled, the test sources and resources, and the
     * working directory for the compiled classes.
     *
     * @param module       the module's name, for the banner
     * @param mainSources  the learner's sources, watched: {@code <module>/src/main/java}
     * @param testSources  the module's tests and the shared test support
     * @param testResources resources for the test run ({@code junit-platform.properties}, services)
     * @param work         where classes are compiled to ({@code <module>/target/watch})
     * @param shownFrom    compiler messages name files relative to this directory
     */
    public record Layout(String module, Path mainSources, List<Path> testSources, List<Path> testResources,
            Path work, Path shownFrom) {

        /** The standard layout of a workbook module, with the shared support in {@code .mvn/workbook}. */
        public static Layout of(Path moduleDir, Path supportDir) {
            Path module = moduleDir.toAbsolutePath().normalize();
            Path support = supportDir.toAbsolutePath().normalize();
            Path shownFrom = module.getParent() == null ? module : module.getParent();
            return new Layout(module.getFileName().toString(),
                    module.resolve("src").resolve("main").resolve("java"),
                    List.of(module.resolve("src").resolve("test").resolve("java"), support.resolve("test").resolve("java")),
                    List.of(module.resolve("src").resolve("test").resolve("resources"), support.resolve("test").resolve("resources")),
                    module.resolve("target").resolve("watch"),
                    shownFrom);
        }
    }

    /**
     * What one run found: whether the code compiled, the compiler's errors, and the test counts.
     *
     * @param run       1 for the run at start, then one more per save
     * @param compiled  false if the main sources or the tests did not compile
     * @param errors    the compiler's errors, as printed
     * @param solved    for each exercise that ran (by number), whether all its tests passed
     */
    public record Outcome(int run, boolean compiled, String errors, int passed, int failed,
            SortedMap<Integer, Boolean> solved, Duration compileMain, Duration compileTests, Duration tests) {}

    private final Layout layout;
    private final PrintStream out;
    private final Consumer<Outcome> onOutcome;
    private final List<String> tags;
    private final JavaCompiler javac;
    private volatile boolean stopped;
    private volatile WatchService watchService;
    private int runs;
    /** The main code's API (see {@link #api}) the compiled tests were compiled against; null: none yet. */
    private Map<String, String> testedApi;

    /**
     * @param layout    what to watch and compile
     * @param out       where the banner, the verdicts, the compiler's messages and the summary go
     * @param onOutcome told after every run, once the summary is printed (for tests and the benchmark)
     * @param tags      run only the tests with one of these tags (e.g. {@code exercise-2}); empty: all
     */
    public Watch(Layout layout, PrintStream out, Consumer<Outcome> onOutcome, List<String> tags) {
        this.layout = layout;
        this.out = out;
        this.onOutcome = onOutcome;
        this.tags = List.copyOf(tags);
        this.javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("No Java compiler in " + System.getProperty("java.home")
                    + ": watch mode needs a JDK, not a JRE · 감시 모드에는 JRE가 아니라 JDK가 필요합니다");
        }
    }

    /**
     * {@code Watch <module dir> <support dir>}: watches until Ctrl-C. System properties:
     * {@code workbook.watch.groups} (tags to run, comma-separated), {@code workbook.watch.bench} (a number of
     * edits: measure instead of watching).
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Watch <module directory> <.mvn/workbook directory>");
        }
        Layout layout = Layout.of(Path.of(args[0]), Path.of(args[1]));
        List<String> tags = Arrays.stream(System.getProperty("workbook.watch.groups", "").split(",", -1))
                .map(String::strip).filter(tag -> !tag.isEmpty()).toList();
        int edits = Integer.getInteger("workbook.watch.bench", 0);
        if (edits > 0) {
            benchmark(layout, edits, System.out);
            return;
        }
        Watch watch = new Watch(layout, System.out, outcome -> { }, tags);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> watch.stopAndWait(main), "watch-stop"));
        watch.run();
    }

    /** Ends {@link #run()} from another thread; the run in progress, if any, finishes first. */
    public void stop() {
        stopped = true;
        WatchService service = watchService;
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Ctrl-C: stop, give the watching thread a moment to leave quietly, and say goodbye. */
    private void stopAndWait(Thread watching) {
        stop();
        try {
            watching.join(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.println();
        out.println("Watch mode stopped · 감시 모드를 끝냈습니다.");
        out.flush();
    }

    /** Prints the banner, runs once, then again after every save, until {@link #stop()}. */
    public void run() throws IOException, InterruptedException {
        if (!Files.isDirectory(layout.mainSources())) {
            throw new NoSuchFileException(layout.mainSources().toString(), null, "no sources to watch · 감시할 소스가 없습니다");
        }
        banner();
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            watchService = service;
            if (stopped) return;
            registerTree(service, layout.mainSources());
            boolean polling = service.getClass().getSimpleName().startsWith("Polling");
            Map<Path, byte[]> sources = snapshot();
            runSafely(List.of());
            while (!stopped) {
                WatchKey key = service.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (key == null && !polling) continue;
                if (key != null) handle(service, key);
                Map<Path, byte[]> now = snapshot();
                if (changes(sources, now).isEmpty()) continue;
                now = settled(service, now);
                List<Path> changed = changes(sources, now);
                if (changed.isEmpty()) continue;
                sources = now;
                runSafely(changed);
            }
        } catch (ClosedWatchServiceException e) {
            if (!stopped) throw e; // closed by stop(): the normal way out
        } finally {
            watchService = null;
        }
    }

    private void banner() {
        String only = tags.isEmpty() ? "" : " Tags · 태그: " + String.join(", ", tags);
        out.printf("""

                ─── Watch mode · 감시 모드: %s ───
                  Watching · 감시 중: %s
                  Each save compiles the sources and runs the exercise tests.%s
                  파일을 저장할 때마다 컴파일하고 연습 테스트를 실행합니다.
                  Stop · 끝내기: Ctrl-C
                """, layout.module(), shown(layout.mainSources()), only);
        out.flush();
    }

    // ───────────────────────────── watching ─────────────────────────────

    private static void registerTree(WatchService service, Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            }
        } catch (NoSuchFileException e) {
            // A folder created and deleted again at once: nothing left to watch there.
            return;
        }
    }

    /** Takes the key's events; a new folder is watched too. */
    private static void handle(WatchService service, WatchKey key) throws IOException {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) continue;
            Path child = dir.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) registerTree(service, child);
        }
        key.reset();
    }

    /**
     * Debounce: editors save in bursts (truncate, write, rename, touch). Waits until neither an event came nor
     * the sources changed for {@link #QUIET}, or {@link #MAX_SETTLE} passed; returns the sources then.
     */
    private Map<Path, byte[]> settled(WatchService service, Map<Path, byte[]> sources)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + MAX_SETTLE.toNanos();
        Map<Path, byte[]> last = sources;
        while (System.nanoTime() < deadline) {
            WatchKey next = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS);
            if (next != null) handle(service, next);
            Map<Path, byte[]> now = snapshot();
            boolean quiet = next == null && changes(last, now).isEmpty();
            last = now;
            if (quiet) break;
        }
        return last;
    }

    /** The content of every {@code .java} file under the sources, so that a save that changes nothing is no run. */
    private Map<Path, byte[]> snapshot() throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return javaFiles(layout.mainSources()).stream().collect(Collectors.toMap(
                        file -> file, Watch::read, (a, b) -> a, TreeMap::new));
            } catch (UncheckedIOException e) {
                // Windows: an editor may hold the file for a moment while saving. Try again shortly.
                if (attempt == 5) throw e.getCause();
                TimeUnit.MILLISECONDS.sleep(QUIET.toMillis());
            }
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new byte[0]; // deleted since the listing: the next snapshot will not list it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> changes(Map<Path, byte[]> before, Map<Path, byte[]> after) {
        Set<Path> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        return all.stream()
                .filter(file -> !Arrays.equals(before.get(file), after.get(file)))
                .toList();
    }

    // ───────────────────────────── one run ─────────────────────────────

    /** One run; a file that cannot be read or written this time (Windows locks, a virus scanner) is no reason to stop. */
    private void runSafely(List<Path> changed) {
        try {
            runOnce(changed);
        } catch (IOException | UncheckedIOException e) {
            out.println("✘ " + e + "\n  Save again to retry; still watching · 다시 저장하면 다시 시도합니다. 계속 감시 중입니다.");
            out.flush();
        }
    }

    private void runOnce(List<Path> changed) throws IOException {
        int run = ++runs;
        out.printf("%n─── %s · run %d · 실행 %d%s ───%n", LocalTime.now(ZoneId.systemDefault()).format(CLOCK), run, run,
                changed.isEmpty() ? "" : " · " + changed.stream().map(p -> p.getFileName().toString())
                        .collect(Collectors.joining(", ")));
        out.flush();
        long start = System.nanoTime();
        Path mainClasses = layout.work().resolve("classes");
        Path testClasses = layout.work().resolve("test-classes");

        List<Path> mainFiles = javaFiles(layout.mainSources());
        Map<String, String> api = new TreeMap<>();
        Optional<String> errors = compile(mainFiles, List.of(layout.mainSources()), List.of(), mainClasses, api);
        Duration compileMain = Duration.ofNanos(System.nanoTime() - start);
        // The tests are compiled again only when what they can see of the code changed: a save that changes
        // a method's body leaves the compiled tests valid (binary compatible), and saves most of the time.
        if (errors.isEmpty() && !api.equals(testedApi)) {
            testedApi = null;
            List<Path> classPath = new ArrayList<>();
            classPath.add(mainClasses);
            classPath.addAll(libraries());
            errors = compile(testFiles(), layout.testSources(), classPath, testClasses, new TreeMap<>())
                    .map(e -> e + """
                            The tests do not compile against your code: did a name or a signature change?
                            테스트가 여러분의 코드와 맞지 않습니다. 이름이나 시그니처를 바꾸지 않았나요?
                            """);
            if (errors.isEmpty()) testedApi = api;
        }
        Duration compileTests = Duration.ofNanos(System.nanoTime() - start).minus(compileMain);
        if (errors.isPresent()) {
            out.print(errors.get());
            out.println("✘ Does not compile · 컴파일 오류 — fix it and save again · 고친 뒤 다시 저장하세요 (still watching · 계속 감시 중)");
            out.flush();
            onOutcome.accept(new Outcome(run, false, errors.get(), 0, 0, Collections.emptySortedMap(), compileMain, compileTests, Duration.ZERO));
            return;
        }
        Duration compiled = Duration.ofNanos(System.nanoTime() - start);
        Verdict verdict = runTests(mainClasses, testClasses, compiled);
        out.flush();
        onOutcome.accept(new Outcome(run, true, "", verdict.passed(), verdict.failed(), verdict.solved(), compileMain, compileTests, verdict.duration()));
    }

    /** The exercise tests and the classes the test run's services name (the progress report, the guards). */
    private List<Path> testFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : layout.testSources()) {
            for (Path file : javaFiles(root)) {
                if (isExerciseTest(root.relativize(file), ".java")) files.add(file);
            }
        }
        for (String provider : serviceProviders()) {
            for (Path root : layout.testSources()) {
                Path source = resolve(root, provider, ".java");
                if (Files.isRegularFile(source) && !files.contains(source)) files.add(source);
            }
        }
        return files;
    }

    /** {@code **}{@code /exercises/Exercise*Test}, given a path relative to its source or class root. */
    private static boolean isExerciseTest(Path relative, String extension) {
        int n = relative.getNameCount();
        String name = relative.getFileName().toString();
        return n >= 2 && relative.getName(n - 2).toString().equals("exercises")
                && name.startsWith("Exercise") && name.endsWith("Test" + extension) && !name.contains("$");
    }

    private Set<String> serviceProviders() throws IOException {
        Set<String> providers = new TreeSet<>();
        for (Path root : layout.testResources()) {
            Path services = root.resolve("META-INF").resolve("services");
            if (!Files.isDirectory(services)) continue;
            try (Stream<Path> files = Files.list(services)) {
                for (Path file : files.toList()) {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        String provider = line.replaceFirst("#.*", "").strip();
                        if (!provider.isEmpty()) providers.add(provider);
                    }
                }
            }
        }
        return providers;
    }

    /** The jars on this JVM's class path: the test libraries (folders there may hold stale classes). */
    private static List<Path> libraries() {
        return Arrays.stream(System.getProperty("java.class.path", "").split(Pattern.quote(File.pathSeparator), -1))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .filter(Files::isRegularFile)
                .toList();
    }

    /**
     * Compiles the files into a fresh {@code output} folder; returns the errors as javac shows them
     * (file relative to the workbook, line, message, the line of code and a caret), if any.
     */
    private Optional<String> compile(List<Path> files, List<Path> sourcePath, List<Path> classPath, Path output,
            Map<String, String> api) throws IOException {
        deleteTree(output);
        Files.createDirectories(output);
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (StandardJavaFileManager files0 = javac.getStandardFileManager(diagnostics, Locale.getDefault(), StandardCharsets.UTF_8)) {
            files0.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
            files0.setLocationFromPaths(StandardLocation.SOURCE_PATH, sourcePath);
            files0.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
            List<String> options = List.of("--release", RELEASE, "-proc:none", "-implicit:class", "-g",
                    "-encoding", "UTF-8", "-Xlint:none", "-nowarn", "-Xmaxerrs", "20");
            var task = (JavacTask) javac.getTask(null, files0, diagnostics, options, null, files0.getJavaFileObjectsFromPaths(files));
            task.addTaskListener(new TaskListener() {
                @Override
                public void finished(TaskEvent event) {
                    if (event.getKind() == TaskEvent.Kind.ANALYZE && event.getTypeElement() != null) {
                        api(event.getTypeElement(), api);
                    }
                }
            });
            Boolean ok = task.call();
            if (Boolean.TRUE.equals(ok)) return Optional.empty();
        }
        var text = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) continue;
            text.append(describe(d));
        }
        if (text.isEmpty()) text.append("javac failed without a message · javac가 메시지 없이 실패했습니다\n");
        return Optional.of(text.toString());
    }

    /**
     * What other classes can see of a class and its nested classes: every non-private member's kind,
     * modifiers, name, type and constant value (constants are copied into the classes that use them).
     */
    private static void api(TypeElement type, Map<String, String> api) {
        var text = new StringBuilder();
        text.append(type.getModifiers()).append(' ').append(type.getSuperclass()).append(' ').append(type.getInterfaces()).append('\n');
        for (Element member : type.getEnclosedElements()) {
            if (member.getModifiers().contains(Modifier.PRIVATE)) continue;
            if (member instanceof TypeElement nested) {
                api(nested, api);
                continue;
            }
            text.append(member.getKind()).append(' ').append(member.getModifiers()).append(' ')
                    .append(member.getSimpleName()).append(' ').append(member.asType());
            if (member instanceof ExecutableElement method) text.append(" throws ").append(method.getThrownTypes());
            if (member instanceof VariableElement field && field.getConstantValue() != null) {
                text.append(" = ").append(field.getConstantValue());
            }
            text.append('\n');
        }
        api.put(type.getQualifiedName().toString(), text.toString());
    }

    private String describe(Diagnostic<? extends JavaFileObject> d) {
        var text = new StringBuilder();
        String message = d.getMessage(Locale.getDefault());
        if (d.getSource() == null) return "error: " + message + "\n";
        Path file = Path.of(d.getSource().toUri());
        text.append(shown(file)).append(':').append(d.getLineNumber()).append(": error: ").append(message).append('\n');
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            long line = d.getLineNumber();
            if (line >= 1 && line <= lines.size()) {
                String code = lines.get((int) line - 1);
                text.append(code).append('\n');
                long column = d.getColumnNumber();
                if (column >= 1 && column <= code.length() + 1) {
                    text.append(code.substring(0, (int) column - 1).replaceAll("[^\\t]", " ")).append("^\n");
                }
            }
        } catch (IOException e) {
            text.append("(").append(e.getMessage()).append(")\n");
        }
        return text.toString();
    }

    private String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(layout.shownFrom()) ? layout.shownFrom().relativize(absolute).toString() : absolute.toString();
    }

    /** Runs the exercise tests in a fresh class loader; the verdict and the summary are printed meanwhile. */
    private Verdict runTests(Path mainClasses, Path testClasses, Duration compiled) throws IOException {
        var loader = new RunLoader(List.of(mainClasses, testClasses), layout.testResources(), Watch.class.getClassLoader());
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (Path file : classFiles(testClasses)) {
            if (isExerciseTest(testClasses.relativize(file), ".class")) {
                selectors.add(DiscoverySelectors.selectClass(loader, className(testClasses.relativize(file))));
            }
        }
        var verdict = new Verdict(out, compiled);
        Thread current = Thread.currentThread();
        ClassLoader previousLoader = current.getContextClassLoader();
        PrintStream previousOut = System.out;
        PrintStream previousErr = System.err;
        current.setContextClassLoader(loader);
        if (out != previousOut) {
            // The tests' own output, and the progress report, go where the watcher prints.
            System.setOut(out);
            System.setErr(out);
        }
        try {
            if (selectors.isEmpty()) {
                out.println("No exercise tests found · 연습 테스트가 없습니다 (**/exercises/Exercise*Test)");
                return verdict;
            }
            LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request().selectors(selectors);
            if (!tags.isEmpty()) request.filters(TagFilter.includeTags(tags));
            LauncherDiscoveryRequest built = request.build();
            // A new launcher each run: its listeners (the progress report) come fresh from this run's loader.
            // Listeners given here are told last that the run finished, so the summary comes after the verdict.
            LauncherFactory.create().execute(built, verdict);
            return verdict;
        } finally {
            System.setOut(previousOut);
            System.setErr(previousErr);
            current.setContextClassLoader(previousLoader);
        }
    }

    /** Counts the results and prints the one-line verdict just before the progress summary. */
    private static final class Verdict implements TestExecutionListener {
        private final PrintStream out;
        private final Duration compiled;
        private final Map<Integer, int[]> exercises = new TreeMap<>();
        private int passed;
        private int failed;
        private String brokenContainer;
        private long started;
        private long finished;

        Verdict(PrintStream out, Duration compiled) {
            this.out = out;
            this.compiled = compiled;
        }

        @Override
        public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
            started = System.nanoTime();
        }

        @Override
        public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
            boolean ok = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
            if (!id.isTest()) {
                if (!ok && brokenContainer == null) {
                    brokenContainer = id.getDisplayName() + ": "
                            + result.getThrowable().map(Throwable::toString).orElse(result.getStatus().toString());
                }
                return;
            }
            if (ok) passed++;
            else failed++;
            id.getTags().stream().map(TestTag::getName).filter(tag -> tag.matches("exercise-\\d+")).findFirst()
                    .ifPresent(tag -> {
                        int[] counts = exercises.computeIfAbsent(Integer.valueOf(tag.substring("exercise-".length())), n -> new int[2]);
                        counts[0]++;
                        if (ok) counts[1]++;
                    });
        }

        @Override
        public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
            finished = System.nanoTime();
            double tests = (finished - started) / 1e9;
            double javac = compiled.toNanos() / 1e9;
            boolean green = failed == 0 && passed > 0 && brokenContainer == null;
            out.printf(Locale.ROOT, "%s %d passed, %d failed · 통과 %d개, 실패 %d개  (compile · 컴파일 %.1f s, tests · 테스트 %.1f s)%n",
                    green ? "✔" : "✘", passed, failed, passed, failed, javac, tests);
            if (brokenContainer != null) out.println("  " + brokenContainer);
            out.flush();
        }

        synchronized Duration duration() {
            return Duration.ofNanos(finished - started);
        }

        synchronized int passed() {
            return passed;
        }

        synchronized int failed() {
            return failed;
        }

        synchronized SortedMap<Integer, Boolean> solved() {
            SortedMap<Integer, Boolean> solved = new TreeMap<>();
            exercises.forEach((n, counts) -> solved.put(n, counts[0] > 0 && counts[0] == counts[1]));
            return Collections.unmodifiableSortedMap(solved);
        }
    }

    // ───────────────────────────── class loading ─────────────────────────────

    /**
     * Child-first for the classes compiled by this run (and only those); everything else (the JDK, JUnit,
     * AssertJ) comes from the parent and stays warm. Resources found in the test resource folders hide the
     * parent's, so that JUnit sees one {@code junit-platform.properties} and one list of each service.
     */
    private static final class RunLoader extends ClassLoader {
        private final List<Path> classRoots;
        private final List<Path> resourceRoots;

        RunLoader(List<Path> classRoots, List<Path> resourceRoots, ClassLoader parent) {
            super("workbook-watch", parent);
            this.classRoots = classRoots;
            this.resourceRoots = resourceRoots;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    for (Path root : classRoots) {
                        Path file = resolve(root, name, ".class");
                        if (Files.isRegularFile(file)) {
                            loaded = define(name, root, file);
                            break;
                        }
                    }
                }
                if (loaded == null) return super.loadClass(name, resolve);
                if (resolve) resolveClass(loaded);
                return loaded;
            }
        }

        private Class<?> define(String name, Path root, Path file) throws ClassNotFoundException {
            try {
                byte[] bytes = Files.readAllBytes(file);
                var source = new CodeSource(root.toUri().toURL(), (CodeSigner[]) null);
                return defineClass(name, bytes, 0, bytes.length, new ProtectionDomain(source, null, this, null));
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }

        @Override
        public URL getResource(String name) {
            List<URL> own = own(name);
            return own.isEmpty() ? super.getResource(name) : own.get(0);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> own = own(name);
            return own.isEmpty() ? super.getResources(name) : Collections.enumeration(own);
        }

        private List<URL> own(String name) {
            List<URL> found = new ArrayList<>();
            List<Path> roots = new ArrayList<>(resourceRoots);
            roots.addAll(classRoots);
            for (Path root : roots) {
                Path file = root;
                for (String part : name.split("/", -1)) {
                    if (!part.isEmpty()) file = file.resolve(part);
                }
                if (Files.isRegularFile(file)) {
                    try {
                        found.add(file.toUri().toURL());
                    } catch (MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return found;
        }
    }

    // ───────────────────────────── files ─────────────────────────────

    /** {@code root/a/b/C<extension>} for the binary name {@code a.b.C}, without assuming a separator. */
    private static Path resolve(Path root, String binaryName, String extension) {
        String[] parts = binaryName.split("\\.", -1);
        Path file = root;
        for (int i = 0; i < parts.length - 1; i++) file = file.resolve(parts[i]);
        return file.resolve(parts[parts.length - 1] + extension);
    }

    private static String className(Path relativeClassFile) {
        var name = new StringBuilder();
        for (Path part : relativeClassFile) {
            if (!name.isEmpty()) name.append('.');
            name.append(part.toString());
        }
        return name.substring(0, name.length() - ".class".length());
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".java") && Files.isRegularFile(f))
                    .sorted().toList();
        }
    }

    private static List<Path> classFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".class")).sorted().toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(file);
        }
    }

    // ───────────────────────────── benchmark ─────────────────────────────

    /**
     * Measures save → summary: copies the module's sources to {@code target/watch-bench}, watches the copy in
     * this JVM, and saves the first exercise file {@code edits} times, alternating the stub and the reference
     * solution (when {@code src/solutions/java} has one; otherwise a comment is added and removed). Each time
     * it measures from the moment the file is written to the moment the progress summary has been printed.
     * Prints every figure, the median and the slowest.
     *
     * <p>{@code ./mvnw -o -q -pl module-01-submit -Pwatch -Dworkbook.watch.bench=20}
     */
    static void benchmark(Layout layout, int edits, PrintStream report) throws IOException, InterruptedException {
        Path copy = layout.work().resolveSibling("watch-bench");
        deleteTree(copy);
        Path sources = copy.resolve("src").resolve("main").resolve("java");
        copyTree(layout.mainSources(), sources);
        Path stubFile = exerciseOneStub(layout, sources);
        Path relative = sources.relativize(stubFile);
        Path solutionFile = layout.mainSources().getParent().getParent().resolve("solutions").resolve("java").resolve(relative);
        byte[] stub = Files.readAllBytes(stubFile);
        byte[] other = Files.isRegularFile(solutionFile)
                ? Files.readAllBytes(solutionFile)
                : (new String(stub, StandardCharsets.UTF_8) + "\n// edited by the benchmark\n").getBytes(StandardCharsets.UTF_8);

        Layout bench = new Layout(layout.module(), sources, layout.testSources(), layout.testResources(),
                copy.resolve("target"), layout.shownFrom());
        BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
        var quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        var watch = new Watch(bench, quiet, outcomes::add, List.of());
        var failure = new LinkedBlockingQueue<Throwable>();
        Thread watching = new Thread(() -> {
            try {
                watch.run();
            } catch (IOException | RuntimeException e) {
                failure.add(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "watch-bench");
        watching.start();
        try {
            long first = System.nanoTime();
            Outcome initial = next(outcomes, failure);
            report.printf(Locale.ROOT, "Watch-mode benchmark · %s · JDK %s · %d cores%n", layout.module(),
                    Runtime.version(), Runtime.getRuntime().availableProcessors());
            report.printf(Locale.ROOT, "  start (cold JVM: compile + tests): %d ms, %s%n",
                    (System.nanoTime() - first) / 1_000_000, describe(initial));
            report.printf(Locale.ROOT, "  %d saves of %s, alternating %s%n", edits, relative,
                    Files.isRegularFile(solutionFile) ? "the stub and the solution" : "a comment");
            List<Long> millis = new ArrayList<>();
            List<Long> stubSide = new ArrayList<>();
            List<Long> solvedSide = new ArrayList<>();
            List<Long> overhead = new ArrayList<>();
            for (int i = 1; i <= edits; i++) {
                byte[] content = i % 2 == 1 ? other : stub;
                Path temp = stubFile.resolveSibling(stubFile.getFileName() + ".tmp");
                Files.write(temp, content);
                long saved = System.nanoTime();
                Files.move(temp, stubFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Outcome outcome = next(outcomes, failure);
                long ms = (System.nanoTime() - saved) / 1_000_000;
                millis.add(ms);
                (i % 2 == 0 ? stubSide : solvedSide).add(ms);
                overhead.add(ms - outcome.tests().toMillis());
                report.printf(Locale.ROOT, "  save %2d → summary: %5d ms  (%s)%n", i, ms, describe(outcome));
            }
            report.printf(Locale.ROOT, "  save → summary, all %d saves: %s%n", millis.size(), figures(millis));
            report.printf(Locale.ROOT, "    saves of the stub (its tests fail at once): %s%n", figures(stubSide));
            report.printf(Locale.ROOT, "    saves of the %s: %s%n",
                    Files.isRegularFile(solutionFile) ? "solution" : "stub with a comment", figures(solvedSide));
            report.printf(Locale.ROOT, "  the watcher's own share (save → summary minus the tests' run time): %s%n", figures(overhead));
        } finally {
            watch.stop();
            watching.join(Duration.ofSeconds(30));
            deleteTree(copy);
        }
    }

    private static String figures(List<Long> millis) {
        if (millis.isEmpty()) return "none";
        List<Long> sorted = millis.stream().sorted().toList();
        int n = sorted.size();
        long median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return String.format(Locale.ROOT, "median %d ms, min %d ms, max %d ms (n=%d)", median, sorted.get(0), sorted.get(n - 1), n);
    }

    /** The stub exercise 1's tests name most often (so that its solution turns exercise 1 green). */
    private static Path exerciseOneStub(Layout layout, Path sources) throws IOException {
        List<Path> stubs = javaFiles(sources).stream()
                .filter(f -> f.getParent().getFileName().toString().equals("exercises"))
                .toList();
        if (stubs.isEmpty()) throw new NoSuchFileException(sources.toString(), null, "no exercises");
        var test = new StringBuilder();
        for (Path root : layout.testSources()) {
            for (Path file : javaFiles(root)) {
                if (file.getFileName().toString().matches("Exercise1\\D\\w*Test\\.java")) {
                    test.append(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return stubs.stream()
                .max(Comparator.comparingInt((Path stub) -> mentions(test, stub.getFileName().toString().replace(".java", "")))
                        .thenComparing(Comparator.<Path>naturalOrder().reversed()))
                .orElseThrow();
    }

    private static int mentions(CharSequence text, String word) {
        return (int) Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).results().count();
    }

    private static Outcome next(BlockingQueue<Outcome> outcomes, BlockingQueue<Throwable> failure)
            throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            Outcome outcome = outcomes.poll(100, TimeUnit.MILLISECONDS);
            if (outcome != null) return outcome;
            Throwable failed = failure.peek();
            if (failed != null) throw new IOException("the watcher failed", failed);
        }
        throw new IOException("no run within 2 minutes of the save");
    }

    private static String describe(Outcome outcome) {
        if (!outcome.compiled()) return "compile error";
        long solved = outcome.solved().values().stream().filter(Boolean::booleanValue).count();
        return outcome.passed() + " passed, " + outcome.failed() + " failed, " + solved + "/" + outcome.solved().size()
                + " solved; javac " + outcome.compileMain().toMillis() + " + " + outcome.compileTests().toMillis()
                + " ms, tests " + outcome.tests().toMillis() + " ms";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file));
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
