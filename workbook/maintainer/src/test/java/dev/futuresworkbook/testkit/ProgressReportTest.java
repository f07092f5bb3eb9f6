package dev.futuresworkbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.ProgressReport.Failure;
import dev.futuresworkbook.testkit.ProgressReport.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learner's summary for a partly solved lesson (in the test kit's package: render is not public). */
@DisplayName("Progress report · 진행 상황 요약: right for a partly solved module")
class ProgressReportTest {

    private static final List<Exercises.Exercise> LIST = List.of(
            new Exercises.Exercise(1, "One", "Exercise1OneTest", "exercise-1", "one", "하나"),
            new Exercises.Exercise(2, "Two", "Exercise2TwoTest", "exercise-2", "two", "둘"),
            new Exercises.Exercise(3, "Three", "Exercise3ThreeTest", "exercise-3", "three", "셋"));
    private static final String PACKAGE = "dev.futuresworkbook.x.exercises";
    private static final Result ONE_SOLVED = new Result(1, 4, 4, null, PACKAGE);
    private static final Result TWO_HALF = new Result(2, 6, 3, new Failure("keeps the order · 순서를 지킵니다",
            "expected [1, 2] · 기대한 값 [1, 2]\nbut was [2, 1] · 실제 값 [2, 1]"), PACKAGE);
    private static final Result THREE_RED = new Result(3, 5, 0, null, PACKAGE);

    @Test
    @DisplayName("marks solved and unsolved exercises and points at the first unsolved one's stub and hint")
    void partlySolved() {
        String report = ProgressReport.render("module-09-x", LIST, Map.of(1, ONE_SOLVED, 2, TWO_HALF, 3, THREE_RED));
        assertThat(report)
                .contains("✔ Exercise 1 — one · 연습 1 — 하나  (4/4 tests")
                .contains("✘ Exercise 2 — two · 연습 2 — 둘  (3/6 tests")
                .contains("✘ Exercise 3 — three · 연습 3 — 셋  (0/5 tests")
                .contains("1 of 3 exercises solved").contains("연습 3개 중 1개 해결")
                .contains("Next · 다음: exercise 2 · 연습 2")
                .contains("✘ keeps the order · 순서를 지킵니다\n      expected [1, 2] · 기대한 값 [1, 2]\n      but was [2, 1]")
                .contains("Edit · 고칠 파일: module-09-x/src/main/java/dev/futuresworkbook/x/exercises/Two.java")
                .contains("Hint · 힌트: module-09-x/README.md#exercise-2 · module-09-x/README.ko.md#exercise-2")
                .doesNotContain("Well done");
        assertThat(report.strip().lines().reduce((first, second) -> second).map(String::strip))
                .as("the last line is the command for the next exercise · 마지막 줄은 다음 연습을 실행하는 명령")
                .hasValue("  Only this one · 이것만 실행: ./mvnw test -pl module-09-x -Dgroups=exercise-2".strip());
    }

    @Test
    @DisplayName("watch mode: the exercises not rerun show the results the file carried over, marked")
    void carriedOver(@TempDir Path dir) {
        Path file = dir.resolve("last-results.properties");
        assertThat(ProgressReport.carriedFrom(file)).as("no file: nothing carried").isEmpty();
        Map<Integer, Result> all = Map.of(1, ONE_SOLVED, 2, TWO_HALF, 3, THREE_RED);
        ProgressReport.carryTo(file, all);
        assertThat(ProgressReport.carriedFrom(file)).as("read back, Korean and line breaks included").isEqualTo(all);

        String report = ProgressReport.render("module-09-x", LIST, all, Set.of(1, 2));
        assertThat(report)
                .contains("✔ Exercise 1 — one · 연습 1 — 하나  (4/4 tests · 테스트; not rerun: nothing it uses changed")
                .contains("✘ Exercise 2 — two · 연습 2 — 둘  (3/6 tests · 테스트; not rerun")
                .contains("✘ Exercise 3 — three · 연습 3 — 셋  (0/5 tests · 테스트)\n")
                .contains("1 of 3 exercises solved, 1 of them rerun now").contains("연습 3개 중 1개 해결, 이번에 다시 실행한 연습은 1개")
                .contains("Next · 다음: exercise 2 · 연습 2", "but was [2, 1]");
    }

    @Test
    @DisplayName("congratulates only when every listed exercise ran and passed")
    void allSolved() {
        assertThat(ProgressReport.render("m", LIST.subList(0, 1), Map.of(1, ONE_SOLVED))).contains("All solved");
        assertThat(ProgressReport.render("m", LIST.subList(0, 2), Map.of(1, ONE_SOLVED)))
                .doesNotContain("All solved")
                .contains("Exercise 2 — two · 연습 2 — 둘  (not run this time")
                .contains("Every exercise that ran passes");
    }
}
