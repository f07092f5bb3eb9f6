package dev.futuresworkbook.instructor;

import dev.futuresworkbook.instructor.ChildRun.Tally;
import dev.futuresworkbook.instructor.Grader.Graded;
import dev.futuresworkbook.instructor.Grader.Status;
import dev.futuresworkbook.testkit.Exercises;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The grader's outputs: the Markdown table, the CSV for a gradebook, and one page per learner. */
final class GradeTables {

    private GradeTables() {}

    /** Writes results.md, results.csv and details/ (old pages removed), once, from the grades. */
    static void write(Path out, String module, List<Exercises.Exercise> list, List<Graded> graded) throws IOException {
        List<Integer> exercises = list.stream().map(Exercises.Exercise::number).toList();
        Map<Integer, String> titles = new TreeMap<>();
        list.forEach(e -> titles.put(e.number(), e.title()));
        Files.createDirectories(out);
        Files.writeString(out.resolve("results.md"), markdown(module, exercises, titles, graded), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("results.csv"), csv(exercises, graded), StandardCharsets.UTF_8);
        Path details = Files.createDirectories(out.resolve("details"));
        try (Stream<Path> old = Files.list(details)) {
            for (Path page : old.filter(p -> p.toString().endsWith(".md")).toList()) Files.delete(page);
        }
        for (Graded g : graded) {
            Files.writeString(details.resolve(fileName(g.learner()) + ".md"), details(module, exercises, titles, g),
                    StandardCharsets.UTF_8);
        }
    }

    /** Learners down the side, exercises across, ✔/✘ with the tests passed out of those run, then a status. */
    static String markdown(String module, List<Integer> exercises, Map<Integer, String> titles, List<Graded> graded) {
        var text = new StringBuilder();
        text.append("## Grades · 채점 결과: ").append(module).append("\n\n");
        List<String> header = new ArrayList<>(List.of("Learner · 학습자"));
        exercises.forEach(n -> header.add("Ex " + n));
        header.add("Solved · 해결");
        header.add("Status · 상태");
        row(text, header);
        List<String> rule = new ArrayList<>();
        header.forEach(h -> rule.add("---"));
        row(text, rule);
        for (Graded g : graded) {
            List<String> cells = new ArrayList<>(List.of(g.learner()));
            for (int n : exercises) cells.add(cell(g.exercises().get(n)));
            cells.add(g.solved() + "/" + exercises.size());
            cells.add(status(g));
            row(text, cells);
        }
        text.append('\n');
        for (int n : exercises) {
            text.append("- Ex ").append(n).append(": ").append(titles.getOrDefault(n, "Exercise " + n + " · 연습 " + n))
                    .append('\n');
        }
        return text.toString();
    }

    /**
     * ✔ 14/14 for a solved exercise, ✘ 3/7 for one with failing tests, – when its tests did not run (or, for a
     * submission stopped by the time limit, did not all finish).
     */
    static String cell(Tally e) {
        if (e == null || e.tests() == 0) return "–";
        return (e.solved() ? "✔ " : "✘ ") + e.passed() + "/" + e.tests();
    }

    static String status(Graded g) {
        String copy = g.notes().stream().filter(n -> n.startsWith(Submissions.SEVERAL_COPIES)).findFirst()
                .map(n -> " — " + n).orElse("");
        if (g.status() == Status.OK) {
            boolean tests = g.notes().stream().anyMatch(n -> n.startsWith(Submissions.TESTS_DIFFER));
            return (tests ? "ok — its tests differ from the workbook's, ignored · 워크북과 다른 테스트 무시 (details)" : "ok") + copy;
        }
        return g.status().label + ": " + g.message() + copy;
    }

    private static void row(StringBuilder text, List<String> cells) {
        text.append('|');
        for (String cell : cells) text.append(' ').append(escape(cell)).append(" |");
        text.append('\n');
    }

    private static String escape(String cell) {
        return cell.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * The same data for a gradebook: one row per learner; per exercise solved (1/0), tests passed, tests run.
     */
    static String csv(List<Integer> exercises, List<Graded> graded) {
        var text = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("learner", "status", "solved", "exercises"));
        for (int n : exercises) {
            header.add("exercise_" + n + "_solved");
            header.add("exercise_" + n + "_passed");
            header.add("exercise_" + n + "_tests");
        }
        header.add("message");
        csvRow(text, header);
        for (Graded g : graded) {
            List<String> cells = new ArrayList<>(List.of(g.learner(), g.status().code,
                    String.valueOf(g.solved()), String.valueOf(exercises.size())));
            for (int n : exercises) {
                Tally e = g.exercises().get(n);
                cells.add(e != null && e.solved() ? "1" : "0");
                cells.add(e == null ? "0" : String.valueOf(e.passed()));
                cells.add(e == null ? "0" : String.valueOf(e.tests()));
            }
            cells.add(g.status() == Status.OK ? String.join("; ", g.notes()) : g.message());
            csvRow(text, cells);
        }
        return text.toString();
    }

    private static void csvRow(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) text.append(',');
            String cell = cells.get(i).replace('\n', ' ').replace('\r', ' ');
            // A cell a spreadsheet would take for a formula is kept as text.
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) cell = "'" + cell;
            if (cell.matches(".*[,\"].*") || !cell.equals(cell.strip())) cell = '"' + cell.replace("\"", "\"\"") + '"';
            text.append(cell);
        }
        text.append("\r\n");
    }

    /** A learner's page: the status, what was ignored, and every failing test with its message. */
    static String details(String module, List<Integer> exercises, Map<Integer, String> titles, Graded g) {
        var text = new StringBuilder();
        text.append("# ").append(g.learner()).append(" — ").append(module).append("\n\n");
        text.append("- Submission · 제출물: `").append(g.source()).append("`\n");
        text.append("- Status · 상태: ").append(status(g)).append('\n');
        text.append("- Solved · 해결: ").append(g.solved()).append(" of ").append(exercises.size()).append('\n');
        text.append(String.format(Locale.ROOT, "- Graded in · 채점 시간: %.1f s%n", g.took().toMillis() / 1000.0));
        if (!g.notes().isEmpty()) {
            text.append("\n## Notes · 참고\n\n");
            g.notes().forEach(n -> text.append("- ").append(n).append('\n'));
        }
        if (!g.details().isEmpty()) {
            text.append("\n## ").append(g.status() == Status.DOES_NOT_COMPILE
                    ? "Compiler errors · 컴파일 오류" : "What ran · 실행 내용")
                    .append("\n\n```text\n");
            g.details().forEach(line -> text.append(line).append('\n'));
            text.append("```\n");
        }
        if (g.status() == Status.OK || !g.exercises().isEmpty()) {
            text.append("\n## Exercises · 연습\n");
            for (int n : exercises) {
                Tally e = g.exercises().get(n);
                text.append("\n### ").append(cell(e)).append(' ').append(titles.getOrDefault(n, "Exercise " + n)).append('\n');
                if (e == null || e.tests() == 0) {
                    text.append(g.status() == Status.TIMED_OUT
                            ? "\nIts tests did not all finish before the time limit. · 시간 제한 전에 테스트가 다 끝나지 않았습니다.\n"
                            : "\nIts tests did not run. · 테스트가 실행되지 않았습니다.\n");
                    continue;
                }
                for (String[] failure : e.failures()) {
                    text.append("\n- ✘ ").append(failure[0]).append("\n\n  ~~~text\n  ")
                            .append(failure[1].strip().replace("~~~", "~ ~ ~").replace("\n", "\n  "))
                            .append("\n  ~~~\n");
                }
            }
        }
        return text.toString();
    }

    /** A file name for a learner's page: the learner's name with only safe characters. */
    static String fileName(String learner) {
        String safe = learner.replaceAll("[^\\p{L}\\p{N}._ ()-]", "_").strip();
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }
}
