package dev.futuresworkbook.submit.exercises;

import static dev.futuresworkbook.submit.exercises.SubmitAll.submitAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Call;
import dev.futuresworkbook.testkit.ExerciseTest;
import dev.futuresworkbook.testkit.Timeline.Drawn;
import dev.futuresworkbook.testkit.HeldTask;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-2")
class Exercise2SubmitAllTest extends ExerciseTest {

    @Test
    @DisplayName("returns one future per item, in the work list's order · 항목마다 퓨처 하나를 작업 목록 순서대로 돌려준다")
    void futuresInWorkOrder() {
        try (var executor = pool(3)) {
            List<Future<Integer>> futures = submitAll(executor, List.of("a", "bbb", "cc", "dddd"), String::length);

            assertThat(futures).as("one future per item · 항목마다 퓨처 하나").hasSize(4);
            for (Future<Integer> future : futures) {
                assertThat(future).as("every submitted task finishes · 제출한 작업은 모두 끝나야 합니다").succeedsWithin(WAIT);
            }
            assertThat(futures).map(Future::resultNow)
                    .as("futures.get(i) belongs to work.get(i) · i번째 퓨처는 i번째 항목의 결과를 담아야 합니다")
                    .containsExactly(1, 3, 2, 4);
        }
    }

    @Test
    @DisplayName("returns at once, without waiting for any task · 어떤 작업도 기다리지 않고 바로 돌아온다")
    @Drawn("submitAll returns while every task still runs · 작업이 모두 아직 도는 동안 submitAll 호출이 돌아온다")
    void doesNotWait() {
        List<HeldTask<Long>> tasks = List.of(HeldTask.returning(10L), HeldTask.returning(20L), HeldTask.returning(30L));
        try (var executor = pool(2)) {
            var call = Call.start("submitAll", () -> submitAll(executor, tasks, HeldTask::callUnchecked));

            List<Future<Long>> futures = call.assertReturnsWithin(WAIT, """
                    Expected submitAll to return while every task is still held: submit, do not wait.
                    작업이 모두 붙잡혀 있어도 submitAll은 돌아와야 합니다. 제출만 하고 기다리지 마세요.""");
            assertThat(futures).as("three futures, none done yet · 아직 끝나지 않은 퓨처 세 개")
                    .hasSize(3).noneMatch(Future::isDone);
        }
    }

    @Test
    @DisplayName("submits every task before it returns, so that they run at the same time · 돌아오기 전에 모든 작업을 제출해서 작업들이 동시에 돈다")
    @Drawn("every task bar starts together, side by side · 모든 작업 막대가 나란히 함께 시작한다")
    void allTasksRunAtOnce() throws InterruptedException {
        List<HeldTask<String>> tasks = List.of(HeldTask.returning("X"), HeldTask.returning("Y"), HeldTask.returning("Z"));
        try (var executor = pool(3)) {
            var call = Call.start("submitAll", () -> submitAll(executor, tasks, HeldTask::callUnchecked));
            List<Future<String>> futures = call.assertReturnsWithin(WAIT, """
                    Expected submitAll to return while every task is still held: submit, do not wait.
                    작업이 모두 붙잡혀 있어도 submitAll은 돌아와야 합니다. 제출만 하고 기다리지 마세요.""");
            for (HeldTask<String> task : tasks) {
                assertThat(task.awaitStarted())
                        .as("every task runs while all are still held: three tasks on three threads at once"
                                + " · 작업이 모두 붙잡힌 채로, 세 작업이 세 스레드에서 동시에 돌아야 합니다")
                        .isTrue();
            }
            tasks.forEach(HeldTask::release);
            for (Future<String> future : futures) {
                assertThat(future).as("every released task finishes · 풀어 준 작업은 모두 끝나야 합니다").succeedsWithin(WAIT);
            }
            assertThat(futures).map(Future::resultNow).as("results in work order · 작업 순서대로의 결과")
                    .containsExactly("X", "Y", "Z");
        }
    }

    @Test
    @DisplayName("a task's exception stays in its own future · 작업의 예외는 그 작업의 퓨처에만 담긴다")
    void failureStaysInItsFuture() {
        try (var executor = pool(2)) {
            List<Future<Integer>> futures = submitAll(executor, List.of(4, 0, 2), n -> 100 / n);

            assertThat(futures.get(0)).as("100 / 4").succeedsWithin(WAIT).isEqualTo(25);
            assertThat(futures.get(2)).as("100 / 2").succeedsWithin(WAIT).isEqualTo(50);
            assertThat(futures.get(1))
                    .as("100 / 0 fails in its own future, with ExecutionException whose cause is ArithmeticException"
                            + " · 100 / 0의 실패는 그 퓨처에 담겨, 원인이 ArithmeticException인 ExecutionException으로 나와야 합니다")
                    .failsWithin(WAIT).withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(ArithmeticException.class);
        }
    }

    @Test
    @DisplayName("an empty work list submits nothing · 빈 작업 목록이면 아무것도 제출하지 않는다")
    void emptyWorkList() {
        try (var executor = (ThreadPoolExecutor) Executors.newFixedThreadPool(1)) {
            assertThat(submitAll(executor, List.<String>of(), String::length))
                    .as("no items, no futures · 항목이 없으면 퓨처도 없어야 합니다").isEmpty();
            assertThat(executor.getTaskCount()).as("tasks submitted · 제출된 작업 수").isZero();
        }
    }

    @Test
    @DisplayName("rejects a null executor, work list or task with NullPointerException · null 실행기, 작업 목록, 작업은 NullPointerException으로 거부한다")
    void nulls() {
        try (var executor = pool(1)) {
            Function<String, Integer> length = String::length;
            assertThrows(NullPointerException.class, () -> submitAll(null, List.of("a"), length),
                    "a null executor: expected NullPointerException · null 실행기는 NullPointerException으로 거부해야 합니다");
            assertThrows(NullPointerException.class, () -> submitAll(executor, null, length),
                    "a null work list: expected NullPointerException · null 작업 목록은 NullPointerException으로 거부해야 합니다");
            assertThrows(NullPointerException.class, () -> submitAll(executor, List.of("a"), null),
                    "a null task: expected NullPointerException · null 작업은 NullPointerException으로 거부해야 합니다");
        }
    }
}
