package dev.futuresworkbook.maintainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.maintainer.ProgressReport.Exercise;
import dev.futuresworkbook.maintainer.ProgressReport.Failure;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Progress report · 진행 요약: right for a partly solved module")
class ProgressReportTest {

    private static final Exercise ONE_SOLVED = new Exercise(1, "Exercise 1 · 연습 1 — one", 4, 4);
    private static final Exercise TWO_HALF = new Exercise(2, "Exercise 2 · 연습 2 — two", 6, 3,
            new Failure("keeps the order · 순서를 지킵니다", "expected [1, 2] · 기대한 값 [1, 2]\nbut was [2, 1] · 실제 값 [2, 1]"));
    private static final Exercise THREE_RED = new Exercise(3, "Exercise 3 · 연습 3 — three", 5, 0);

    @Test
    @DisplayName("marks solved and unsolved exercises and points at the first unsolved one's hint")
    void partlySolved() {
        String report = ProgressReport.render("module-09-x", Map.of(1, ONE_SOLVED, 2, TWO_HALF, 3, THREE_RED), Set.of(1, 2, 3));

        assertThat(report)
                .contains("✔ Exercise 1 · 연습 1 — one  (4/4 tests")
                .contains("✘ Exercise 2 · 연습 2 — two  (3/6 tests")
                .contains("✘ Exercise 3 · 연습 3 — three  (0/5 tests")
                .contains("1 of 3 exercises solved")
                .contains("연습 3개 중 1개 해결")
                .contains("Next · 다음: exercise 2 · 연습 2")
                .contains("✘ keeps the order · 순서를 지킵니다\n      expected [1, 2] · 기대한 값 [1, 2]\n      but was [2, 1]")
                .contains("Hint · 힌트: module-09-x/README.md#exercise-2 · module-09-x/README.ko.md#exercise-2")
                .contains("./mvnw test -pl module-09-x -Dgroups=exercise-2")
                .doesNotContain("Well done");
        assertThat(report.strip().lines().reduce((first, second) -> second))
                .as("the last line is the command for the next exercise · 마지막 줄은 다음 연습을 실행하는 명령")
                .hasValueSatisfying(last -> assertThat(last).contains("-Dgroups=exercise-2"));
    }

    @Test
    @DisplayName("congratulates only when every exercise of the module ran and passed")
    void allSolved() {
        assertThat(ProgressReport.render("m", Map.of(1, ONE_SOLVED), Set.of(1))).contains("All solved");
        assertThat(ProgressReport.render("m", Map.of(1, ONE_SOLVED), Set.of(1, 2)))
                .doesNotContain("All solved")
                .contains("Exercise 2 · 연습 2  (not run this time")
                .contains("Every exercise that ran passes");
    }

    @Test
    @DisplayName("writes the same facts as JSON for programs (the grader, the classroom workflow)")
    void json() {
        String json = ProgressReport.json("module-09-x", Map.of(1, ONE_SOLVED, 2, TWO_HALF), Set.of(1, 2, 3));

        assertThat(json)
                .startsWith("{\"module\":\"module-09-x\",\"solved\":1,\"total\":3,\"testsRun\":10,\"testsFailed\":3,")
                .contains("{\"number\":1,\"title\":\"Exercise 1 · 연습 1 — one\",\"tests\":4,\"passed\":4,\"solved\":true,\"failures\":[]}")
                .contains("\"failures\":[{\"test\":\"keeps the order · 순서를 지킵니다\",\"message\":\"expected [1, 2] · 기대한 값 [1, 2]\\nbut was [2, 1] · 실제 값 [2, 1]\"}]")
                .contains("{\"number\":3,\"title\":\"Exercise 3 · 연습 3\",\"tests\":0,\"passed\":0,\"solved\":false,\"failures\":[]}");
    }
}
