package dev.futuresworkbook.learner;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Watch mode's benchmark (docs/performance.md, "Watch mode"): watches a copy of a lesson (in its
 * {@code target/watch-bench}) with {@link Watch} in this JVM, saves exercise 1's file N times, the reference
 * solution and the stub in turn, one second after the summary before (a learner reading it), and prints each
 * save → summary time (until the summary's last line is printed) and the medians. A documented harness, not a
 * test: from the repository root,
 *
 * <pre>./mvnw -o -q -Psolutions -pl workbook/maintainer test-compile exec:exec@watch-bench -Dlesson=module-02-wait -Dsaves=20</pre>
 */
final class WatchBench {

    private WatchBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) throw new IllegalArgumentException("usage: WatchBench <module directory> <workbook directory> <saves>");
        Path moduleDir = Path.of(args[0]), workbook = Path.of(args[1]);
        int saves = Integer.parseInt(args[2]);
        Path module = moduleDir.toAbsolutePath().normalize();
        Path copy = module.resolve(Path.of("target", "watch-bench", module.getFileName().toString()));
        Trees.delete(copy.getParent());
        Trees.copy(module.resolve("src"), copy.resolve("src"));
        BlockingQueue<String> ends = new LinkedBlockingQueue<>();
        BlockingQueue<Long> summaries = new LinkedBlockingQueue<>(); // when the summary's last line was printed
        var printed = new PrintStream(new LineEnds(summaries), true, StandardCharsets.UTF_8);
        var watch = new Watch(copy, workbook, "", printed, ends::add);
        Object first = watch.exercises.get(0);
        Path test = Trees.find(watch.tests, Watch.field(first, "test") + ".java");
        Path relative = watch.tests.relativize(test.getParent()).resolve(Watch.field(first, "stub") + ".java");
        Path file = watch.sources.resolve(relative);
        byte[] stub = Files.readAllBytes(file);
        byte[] solution = Files.readAllBytes(module.resolve(Path.of("src", "solutions", "java")).resolve(relative));
        Thread watching = new Thread(() -> {
            try {
                watch.watch();
            } catch (IOException e) {
                ends.add("failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        watching.start();
        System.out.printf("Watch-mode benchmark · %s · JDK %s · %d cores · first run: %s%n", module.getFileName(),
                Runtime.version(), Runtime.getRuntime().availableProcessors(), ends.poll(5, TimeUnit.MINUTES));
        for (int i = 0; i < 1200 && !Files.exists(watch.archive); i++) Thread.sleep(50); // measure with the archive (at most 1 min)
        var times = new TreeMap<String, List<Long>>();
        for (int i = 1; i <= saves; i++) {
            String kind = i % 2 == 1 ? "solution" : "stub";
            TimeUnit.SECONDS.sleep(1); // the learner reads the summary and edits: watch mode readies the next run meanwhile
            Path temp = file.resolveSibling(file.getFileName() + ".saving");
            Files.write(temp, i % 2 == 1 ? solution : stub);
            summaries.clear();
            long saved = System.nanoTime();
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            String end = ends.poll(5, TimeUnit.MINUTES); // the run's JVM has exited: the next save starts clean
            Long shown = summaries.poll();
            long ms = ((shown == null ? System.nanoTime() : shown) - saved) / 1_000_000;
            times.computeIfAbsent(kind, k -> new ArrayList<>()).add(ms);
            System.out.printf("  save %2d (%s) → %s: %d ms (compiling: %d ms)%n", i, kind, end, ms, watch.compileTime.toMillis());
        }
        times.forEach((kind, ms) -> System.out.printf("  %s saves: median %d ms, min %d, max %d (n=%d)%n", kind,
                ms.stream().sorted().toList().get((ms.size() - 1) / 2), ms.stream().min(Long::compare).orElseThrow(),
                ms.stream().max(Long::compare).orElseThrow(), ms.size()));
        watch.stop();
        watching.join();
        Trees.delete(copy.getParent());
    }

    /** Notes the time at which a line that ends a summary is printed: what the learner waits for. */
    private static final class LineEnds extends OutputStream {
        private final BlockingQueue<Long> summaries;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        LineEnds(BlockingQueue<Long> summaries) {
            this.summaries = summaries;
        }

        @Override
        public void write(int b) {
            if (b != '\n') {
                line.write(b);
                return;
            }
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            if (TestRun.SUMMARY_END.matcher(text).matches()) {
                summaries.add(System.nanoTime());
            }
        }
    }
}
