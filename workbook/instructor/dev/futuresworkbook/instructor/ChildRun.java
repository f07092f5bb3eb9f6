package dev.futuresworkbook.instructor;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One submission's test run, seen from the grader: the child JVM ({@link GradeRun}), the channel it reports on,
 * and the end of every process it started.
 *
 * <p>The channel: a server socket on 127.0.0.1 (port 0); the first connection whose first line is the secret
 * drawn for this run (handed to the child on its stdin, the grader's pipe) is the only one read, and the server
 * closes then. The verdict is read from that connection only, never from a file.
 *
 * <p>The end: on Linux the child starts through {@code setsid}, so it leads a session and a process group of its
 * own; every process carries {@code WORKBOOK_GRADING=<run id>} in its environment. When the run ends, however it
 * ends, the grader kills the group, every descendant it saw while the child ran and after, and (on Linux) every
 * process whose environment carries the run id, and repeats until none is alive.
 */
final class ChildRun {

    private static final String MARK = "WORKBOOK_GRADING";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Path SETSID = Stream.ofNullable(System.getenv("PATH")).flatMap(p -> Stream.of(p.split(java.io.File.pathSeparator)))
            .map(d -> Path.of(d, "setsid")).filter(Files::isExecutable).findFirst().orElse(null);

    /** What the channel said about one exercise: tests that ended, those passed, each failure's test and message. */
    record Tally(int tests, int passed, List<String[]> failures) {
        boolean solved() {
            return tests > 0 && tests == passed;
        }
    }

    /**
     * How the run ended.
     *
     * @param ended the child ended within the time limit
     * @param done the channel, authenticated, said {@code done}
     * @param exercises by number: all of them when done, else only those whose test classes all ended
     * @param running the exercise whose test was running when the child stopped (0 if none)
     * @param output the last lines of the child's output
     */
    record Outcome(boolean ended, boolean done, int exit, Map<Integer, Tally> exercises, int running,
            List<String> output) {}

    private final Map<String, Integer> classes = new LinkedHashMap<>();
    private final Set<String> endedClasses = new HashSet<>();
    private final Map<Integer, int[]> counts = new TreeMap<>();
    private final Map<Integer, List<String[]>> failures = new TreeMap<>();
    private final Map<String, Integer> unfinished = new LinkedHashMap<>();
    private volatile boolean done;

    private ChildRun() {}

    /** Runs {@code command} (a java command line whose main class is GradeRun) in {@code work}, at most {@code limit}. */
    static Outcome run(List<String> command, Path work, Duration limit) throws IOException, InterruptedException {
        var run = new ChildRun();
        String id = HexFormat.of().formatHex(bytes(16));
        String secret = HexFormat.of().formatHex(bytes(32));
        List<String> full = new ArrayList<>();
        if (SETSID != null) full.add(SETSID.toString());
        full.addAll(command);
        var builder = new ProcessBuilder(full).directory(work.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        String path = env.get("PATH");
        env.clear(); // nothing of the instructor's shell (project folders, tokens) is passed on
        if (path != null) env.put("PATH", path);
        env.put("LANG", "C.UTF-8");
        env.put(MARK, id);
        Set<ProcessHandle> seen = new HashSet<>();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process process = builder.start();
            seen.add(process.toHandle());
            Tail output = new Tail(process.getInputStream());
            try {
                process.getOutputStream().write((server.getLocalPort() + " " + secret + "\n").getBytes(StandardCharsets.UTF_8));
                process.getOutputStream().close();
            } catch (IOException gone) {
                // the child ended at once: no "done" will come
            }
            Thread reader = Thread.ofPlatform().daemon().name("grader-channel").start(() -> run.listen(server, secret));
            long deadline = System.nanoTime() + limit.toNanos();
            boolean ended = false;
            while (!ended && System.nanoTime() < deadline) {
                ended = process.waitFor(Math.min(250, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)), TimeUnit.MILLISECONDS);
                process.descendants().forEach(seen::add);
            }
            if (ended) reader.join(2_000); // the rest of what the child sent before it ended
            endAll(process, seen, id);
            server.close();
            reader.join(2_000);
            output.join();
            synchronized (run) {
                return run.outcome(ended, ended ? process.exitValue() : -1, output.lines());
            }
        }
    }

    /**
     * Reads the child's report. A connection that does not open with the secret (another process that found the
     * port) is closed and the next one awaited; the first that does is the only one read, and the server closes.
     */
    private void listen(ServerSocket server, String secret) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(5_000);
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                String first = in.readLine();
                if (first == null || !MessageDigest.isEqual(first.getBytes(StandardCharsets.UTF_8),
                        secret.getBytes(StandardCharsets.UTF_8))) continue;
                server.close();
                socket.setSoTimeout(0);
                for (String line; !done && (line = in.readLine()) != null; ) {
                    synchronized (this) {
                        take(line.split("\t", -1));
                    }
                }
                return;
            } catch (IOException | RuntimeException e) {
                // closed by the grader, or a line that is not ours: what was not said "did not finish"
                if (server.isClosed()) return;
            }
        }
    }

    private void take(String[] f) {
        switch (f[0]) {
            case "class" -> classes.put(f[2], Integer.valueOf(f[1]));
            case "start" -> unfinished.put(f[2], Integer.valueOf(f[1]));
            case "test" -> {
                int n = Integer.parseInt(f[1]);
                unfinished.remove(f[3]);
                int[] c = counts.computeIfAbsent(n, k -> new int[2]);
                c[0]++;
                if (f[2].equals("PASS")) c[1]++;
                else failures.computeIfAbsent(n, k -> new ArrayList<>()).add(new String[] {unescape(f[3]), unescape(f[4])});
            }
            case "end" -> endedClasses.add(f[1]);
            case "done" -> done = true;
            default -> throw new IllegalArgumentException("not a line of the grader's protocol");
        }
    }

    private Outcome outcome(boolean ended, int exit, List<String> output) {
        Set<Integer> complete = new HashSet<>(counts.keySet());
        if (!done) classes.forEach((id, n) -> {
            if (!endedClasses.contains(id)) complete.remove(n);
        });
        int running = unfinished.values().stream().reduce((a, b) -> b).orElse(0);
        if (running == 0 && !done) {
            running = classes.entrySet().stream().filter(e -> !endedClasses.contains(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(0);
        }
        complete.remove(running);
        Map<Integer, Tally> exercises = new TreeMap<>();
        for (int n : complete) {
            if (n == 0) continue;
            exercises.put(n, new Tally(counts.get(n)[0], counts.get(n)[1], failures.getOrDefault(n, List.of())));
        }
        return new Outcome(ended, done, exit, exercises, done ? 0 : running, output);
    }

    private static String unescape(String s) {
        var out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            out.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
        }
        return out.toString();
    }

    /**
     * Ends the child's process group, every descendant seen, and every process marked with this run's id, until
     * none is alive (or 10 s have passed).
     */
    private static void endAll(Process process, Set<ProcessHandle> seen, String id) throws InterruptedException {
        long pid = process.pid();
        for (int round = 0; round < 50; round++) {
            Set<ProcessHandle> targets = new HashSet<>(seen);
            process.descendants().forEach(targets::add);
            seen.forEach(p -> p.descendants().forEach(targets::add));
            ProcessHandle.allProcesses().filter(p -> marked(p, id)).forEach(targets::add);
            if (SETSID != null) killGroup(pid);
            targets.removeIf(p -> !p.isAlive());
            if (targets.isEmpty() && !process.isAlive()) return;
            targets.forEach(ProcessHandle::destroyForcibly);
            seen.addAll(targets);
            Thread.sleep(200);
        }
    }

    /** The process carries this run's mark (Linux: its environment; elsewhere nothing can tell). */
    private static boolean marked(ProcessHandle p, String id) {
        try {
            byte[] env = Files.readAllBytes(Path.of("/proc", String.valueOf(p.pid()), "environ"));
            return new String(env, StandardCharsets.ISO_8859_1).contains(MARK + "=" + id);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void killGroup(long pgid) {
        try {
            new ProcessBuilder("kill", "-KILL", "--", "-" + pgid).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no kill command: the descendants and marked processes are still ended one by one
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /** The last lines of the child's output, read to the end on a thread of its own (at most 64 KB kept). */
    private static final class Tail {
        private static final int KEEP = 16 * 1024;
        private final ByteArrayOutputStream last = new ByteArrayOutputStream();
        private final Thread reader;

        Tail(InputStream in) {
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
                    // killed: what was read is kept
                }
            });
        }

        void join() throws InterruptedException {
            reader.join(2_000);
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
}
