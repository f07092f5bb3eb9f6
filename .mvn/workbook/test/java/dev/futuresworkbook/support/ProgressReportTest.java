package dev.futuresworkbook.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.support.ProgressReport.Exercise;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Progress report · 진행 요약: right for a partly solved module")
class ProgressReportTest {

    private static final Exercise ONE_SOLVED = new Exercise(1, "Exercise 1 · 연습 1 — one", 4, 4);
    private static final Exercise TWO_HALF = new Exercise(2, "Exercise 2 · 연습 2 — two", 6, 3);
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
                .contains("Next · 다음: exercise 2 — hint: module-09-x/README.md#exercise-2")
                .contains("module-09-x/README.ko.md#exercise-2")
                .contains("./mvnw test -pl module-09-x -Dgroups=exercise-2")
                .doesNotContain("Well done");
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
}
