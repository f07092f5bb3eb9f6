package dev.futuresworkbook.instructor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Submissions: which zips and folders a run grades, and the learner's exercise sources taken out of each. Only
 * {@code src/main/java/…/exercises/**} of the lesson is taken; everything else of a submission is ignored (the
 * workbook's own tests, pom and classes are used).
 */
final class Submissions {

    static final String SEVERAL_COPIES = "several copies of the module, graded · 모듈이 여러 벌, 채점한 것: ";
    static final String TESTS_DIFFER = "ignored, tests that differ from the workbook's, whose own are used · "
            + "워크북과 다른 테스트는 무시하고 워크북 원본 사용: ";
    private static final int MAX_FILE = 1 << 20;
    private static final long MAX_TOTAL = 32L << 20;
    private static final int MAX_ENTRIES = 200_000;
    private static final Pattern MODULE_NAME = Pattern.compile("module-\\d\\d-[a-z0-9-]+");

    private Submissions() {}

    /** A zip or folder to grade, with the learner's name taken from it. */
    record Submission(String learner, Path path) {}

    /** Why a submission is not graded: its status and a one-line message. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final Grader.Status status;

        Refused(Grader.Status status, String message) {
            super(message);
            this.status = status;
        }
    }

    /**
     * The exercise sources of one submission, by their path under src/main/java, and what was ignored or filled in.
     */
    record Picked(Map<String, byte[]> sources, List<String> notes) {}

    /** The submissions the command line names (zips, folders, folders of them, globs), never the output folder. */
    static List<Submission> find(List<String> specs, Path out) throws IOException {
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
            } else if (Files.isRegularFile(path) || Files.isDirectory(path) && looksLikeOne(path)) {
                paths.add(path);
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(paths::add);
                }
            } else {
                throw new IllegalArgumentException("no such file or folder · 파일이나 폴더 없음: " + path);
            }
        }
        List<Submission> found = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path path : paths) {
            if (path.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) continue;
            String file = path.getFileName().toString();
            boolean zip = file.toLowerCase(Locale.ROOT).endsWith(".zip");
            if (!zip && !Files.isDirectory(path)) continue;
            String learner = zip ? file.substring(0, file.length() - 4) : file;
            String unique = learner;
            for (int n = 2; !names.add(unique.toLowerCase(Locale.ROOT)); n++) unique = learner + " (" + n + ")";
            found.add(new Submission(unique, path));
        }
        found.sort(Comparator.comparing(Submission::learner, String.CASE_INSENSITIVE_ORDER));
        return found;
    }

    private static boolean looksLikeOne(Path dir) throws IOException {
        if (Files.exists(dir.resolve("src")) || Files.exists(dir.resolve("pom.xml"))) return true;
        try (Stream<Path> children = Files.list(dir)) {
            return children.anyMatch(p -> MODULE_NAME.matcher(p.getFileName().toString()).matches());
        }
    }

    /**
     * Takes the exercise sources of {@code module} (the instructor's lesson in {@code moduleDir}) out of a
     * submission.
     */
    static Picked pick(Submission submission, String module, Path moduleDir) throws IOException, Refused {
        Path real = submission.path().toRealPath();
        if (moduleDir.toRealPath().startsWith(real) || real.startsWith(moduleDir.toRealPath())) {
            throw new Refused(Grader.Status.REFUSED, "this is the workbook itself, not a submission · 워크북 자신은 제출물이 아님");
        }
        Path main = moduleDir.resolve("src/main/java");
        Map<String, byte[]> stubs = new TreeMap<>();
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(main)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = main.relativize(p).toString().replace('\\', '/');
                int at = rel.indexOf("/exercises/");
                if (at < 0) continue;
                stubs.put(rel, Files.readAllBytes(p));
                packages.add(rel.substring(0, at + "/exercises/".length()));
            }
        }
        try (Entries entries = Files.isDirectory(submission.path()) ? Entries.folder(submission.path()) : Entries.zip(submission.path())) {
            if (entries.files.isEmpty()) throw new Refused(Grader.Status.EMPTY, "no files · 파일 없음");
            // Each copy of the module: the prefix before src/main/java/<an exercise package>.
            Map<String, List<String>> copies = new TreeMap<>();
            for (String name : entries.files.keySet()) {
                for (int at = name.indexOf("src/main/java/"); at >= 0; at = name.indexOf("src/main/java/", at + 1)) {
                    String rest = name.substring(at + "src/main/java/".length());
                    if ((at == 0 || name.charAt(at - 1) == '/') && packages.stream().anyMatch(rest::startsWith)) {
                        copies.computeIfAbsent(name.substring(0, at), k -> new ArrayList<>()).add(rest);
                        break;
                    }
                }
            }
            if (copies.isEmpty()) throw new Refused(Grader.Status.NO_MODULE, noModule(module, entries, packages));
            List<String> notes = new ArrayList<>(entries.notes);
            // Several copies (a learner who cloned twice): the one that differs most from the stubs, then the shortest.
            String prefix = null;
            long best = -1;
            for (var copy : copies.entrySet()) {
                long changed = 0;
                for (String rest : copy.getValue()) {
                    if (!Arrays.equals(stubs.get(rest), entries.read(copy.getKey() + "src/main/java/" + rest))) changed++;
                }
                if (changed > best || changed == best && copy.getKey().length() < prefix.length()) {
                    prefix = copy.getKey();
                    best = changed;
                }
            }
            if (copies.size() > 1) {
                notes.add(SEVERAL_COPIES + (prefix.isEmpty() ? "./" : prefix) + " (" + copies.size() + ")");
            }
            Map<String, byte[]> sources = new TreeMap<>();
            List<String> changedTests = new ArrayList<>();
            for (String rest : copies.get(prefix)) {
                if (rest.endsWith(".java")) sources.put(rest, entries.read(prefix + "src/main/java/" + rest));
            }
            for (String name : entries.files.keySet()) {
                if (!name.startsWith(prefix + "src/test/")) continue;
                Path ours = moduleDir.resolve(name.substring(prefix.length()));
                try {
                    if (!Files.isRegularFile(ours) || !Arrays.equals(Files.readAllBytes(ours), entries.read(name))) {
                        changedTests.add(name.substring(prefix.length()));
                    }
                } catch (Refused tooLarge) {
                    changedTests.add(name.substring(prefix.length()));
                }
            }
            if (!changedTests.isEmpty()) notes.add(TESTS_DIFFER + String.join(", ", changedTests.subList(0, Math.min(5, changedTests.size())))
                    + (changedTests.size() > 5 ? " and " + (changedTests.size() - 5) + " more · 외" : ""));
            stubs.keySet().stream().filter(f -> !sources.containsKey(f) && f.endsWith(".java"))
                    .forEach(f -> notes.add("missing, the workbook's stub is used · 없어서 워크북의 스텁 사용: src/main/java/" + f));
            if (sources.isEmpty()) throw new Refused(Grader.Status.NO_MODULE, "no exercise sources · 연습 소스 없음");
            return new Picked(sources, notes);
        }
    }

    private static String noModule(String module, Entries entries, Set<String> packages) {
        Set<String> others = new TreeSet<>();
        for (String name : entries.files.keySet()) {
            for (String part : name.split("/", -1)) {
                if (MODULE_NAME.matcher(part).matches() && !part.equals(module)) others.add(part);
            }
        }
        return others.isEmpty()
                ? "no " + module + " exercises (src/main/java/" + packages.iterator().next() + ") in it · 이 모듈의 연습 파일이 없음"
                : "no " + module + " in it, only " + String.join(", ", others) + " · 이 모듈이 없음";
    }

    /** The files of a zip or folder by their '/'-separated path, read on demand, 1 MB each and 32 MB in all. */
    private static final class Entries implements AutoCloseable {
        interface Source {
            InputStream open() throws IOException;
        }

        final Map<String, Source> files = new TreeMap<>();
        final List<String> notes = new ArrayList<>();
        private ZipFile zip;
        private long total;

        static Entries folder(Path dir) throws IOException, Refused {
            var entries = new Entries();
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.toList()) {
                    String name = dir.relativize(p).toString().replace('\\', '/');
                    if (name.isEmpty() || skipped(name)) continue;
                    if (Files.isSymbolicLink(p)) entries.notes.add("ignored a symbolic link · 심볼릭 링크 무시: " + name);
                    else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) entries.files.put(name, () -> Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS));
                    if (entries.files.size() > MAX_ENTRIES) throw new Refused(Grader.Status.REFUSED, "too many files · 파일이 너무 많음");
                }
            }
            return entries;
        }

        static Entries zip(Path file) throws Refused, IOException {
            var entries = new Entries();
            try {
                entries.zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                try {
                    entries.zip = new ZipFile(file.toFile(), Charset.forName("IBM437"));
                } catch (IOException again) {
                    throw new Refused(Grader.Status.REFUSED, "not a readable zip · 읽을 수 없는 zip: " + e.getMessage());
                }
            }
            try {
                if (entries.zip.size() > MAX_ENTRIES) throw new Refused(Grader.Status.REFUSED, "too many entries · 항목이 너무 많음: " + entries.zip.size());
                for (ZipEntry entry : entries.zip.stream().toList()) {
                    String name = entry.getName().replace('\\', '/');
                    if (name.startsWith("/") || name.matches("^[A-Za-z]:.*") || Arrays.asList(name.split("/", -1)).contains("..")) {
                        throw new Refused(Grader.Status.REFUSED, "a zip entry points outside the zip · zip 밖을 가리키는 항목: " + entry.getName());
                    }
                    if (!entry.isDirectory() && !skipped(name)) entries.files.put(name, () -> entries.zip.getInputStream(entry));
                }
                return entries;
            } catch (Refused | RuntimeException e) {
                entries.close();
                throw e;
            }
        }

        /** The bytes of one file; more than 1 MB (or 32 MB read from the submission in all) is refused. */
        byte[] read(String name) throws IOException, Refused {
            Source source = files.get(name);
            if (source == null) return null;
            try (InputStream in = source.open()) {
                byte[] bytes = in.readNBytes(MAX_FILE + 1);
                total += bytes.length;
                if (bytes.length > MAX_FILE || total > MAX_TOTAL) {
                    throw new Refused(Grader.Status.REFUSED, "unpacks to more than 1 MB a file or 32 MB in all (a zip bomb?) · "
                            + "압축을 풀면 너무 큼: " + name);
                }
                return bytes;
            }
        }

        private static boolean skipped(String name) {
            for (String part : name.split("/", -1)) {
                if (part.equals("__MACOSX") || part.equals(".git") || part.equals("target") || part.startsWith("._")
                        || part.equals(".DS_Store")) return true;
            }
            return false;
        }

        @Override
        public void close() throws IOException {
            if (zip != null) zip.close();
        }
    }
}
