package dev.futuresworkbook.wait.exercises;

import static dev.futuresworkbook.wait.exercises.InvokeAllOrWait.resultsWithin;
import static dev.futuresworkbook.wait.exercises.InvokeAllOrWait.submitAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Call;
import dev.futuresworkbook.testkit.ExerciseTest;
import dev.futuresworkbook.testkit.Korean;
import dev.futuresworkbook.testkit.Timeline.Drawn;
import dev.futuresworkbook.testkit.HeldTask;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-4")
class Exercise4InvokeAllOrWaitTest extends ExerciseTest {

    @Test
    @DisplayName("resultsWithin: a late task is cancelled with an interrupt, and gets the fallback · resultsWithin은 늦은 작업을 인터럽트와 함께 취소하고 그 자리에 대체값을 넣는다")
    @Drawn("at the timeout the call returns and the late task ends with x · 타임아웃에 호출이 돌아오고 늦은 작업은 x로 끝난다")
    void resultsWithinCancelsTheLateOne() throws InterruptedException {
        var a = HeldTask.returning("a");
        var late = HeldTask.returning("late");
        var c = HeldTask.returning("c");
        a.release();
        c.release();
        try (var executor = pool(3)) {
            var call = Call.start("resultsWithin", () -> resultsWithin(executor, List.of(a, late, c), SHORT, "-"));

            var results = call.assertReturnsWithin(WAIT, """
                    Expected resultsWithin to return when its timeout has passed.
                    타임아웃이 지나면 resultsWithin은 돌아와야 합니다.""");
            assertEndedWithin(call.elapsed(), SHORT, "resultsWithin");
            assertThat(results).as("the late task's place holds the fallback · 늦은 작업의 자리에는 대체값")
                    .containsExactly("a", "-", "c");
            assertThat(late.stopsByInterrupt())
                    .as("the late task must be cancelled with an interrupt, as invokeAll does"
                            + " · invokeAll처럼 늦은 작업은 인터럽트와 함께 취소해야 합니다")
                    .isTrue();
        }
    }

    @Test
    @DisplayName("resultsWithin: results in task order, whatever order they finish in · resultsWithin은 끝난 순서와 상관없이 작업 순서대로 결과를 돌려준다")
    void resultsWithinKeepsTaskOrder() throws InterruptedException, ExecutionException {
        List<HeldTask<Integer>> tasks = IntStream.range(0, 6).mapToObj(HeldTask::returning).toList();
        for (int i = tasks.size() - 1; i >= 0; i--) tasks.get(i).release();
        try (var executor = pool(3)) {
            assertThat(resultsWithin(executor, tasks, WAIT, -1)).as("results in task order · 작업 순서대로의 결과")
                    .containsExactly(0, 1, 2, 3, 4, 5);
        }
    }

    @Test
    @DisplayName("resultsWithin: a queued task that never got a thread gets the fallback, and does not run on after the call · resultsWithin은 스레드를 얻지 못하고 큐에 남은 작업도 대체값으로 채우고, 그 작업은 호출 뒤에 계속 돌지 않는다")
    void resultsWithinQueuedTask() throws InterruptedException, ExecutionException {
        var running = HeldTask.returning(1);
        var queued = HeldTask.returning(2);
        try (var executor = pool(1)) {
            assertThat(resultsWithin(executor, List.of(running, queued), SHORT, null))
                    .as("both late: both places hold the fallback · 둘 다 늦었으니 두 자리 모두 대체값")
                    .containsExactly(null, null);
            assertThat(running.stopsByInterrupt())
                    .as("the running task is interrupted · 돌던 작업은 인터럽트되어야 합니다").isTrue();
            // invokeAll cancels in task order: the thread freed by the first cancellation may take the queued
            // task before it is cancelled too, and is then interrupted at once. Either way nothing is left.
            executor.shutdown();
            assertThat(executor.awaitTermination(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                    .as("""
                        the queued task is cancelled too: it never runs, or is interrupted at once; \
                        after the call no task of it keeps the pool busy · \
                        큐에 있던 작업도 취소되어야 합니다. 시작하지 않거나 곧바로 인터럽트되어, \
                        호출이 끝난 뒤 풀을 붙잡고 있는 작업이 없어야 합니다""")
                    .isTrue();
        }
    }

    @Test
    @DisplayName("resultsWithin: a failed task fails the call with ExecutionException, its exception as the cause · resultsWithin은 실패한 작업이 있으면 그 예외를 원인으로 담은 ExecutionException을 던진다")
    void resultsWithinFailure() {
        var boom = new IllegalStateException("boom");
        var ok = HeldTask.returning(1);
        var failing = HeldTask.<Integer>failingWith(boom);
        ok.release();
        failing.release();
        try (var executor = pool(2)) {
            ExecutionException thrown = assertThrows(ExecutionException.class,
                    () -> resultsWithin(executor, List.of(ok, failing), WAIT, 0), """
                    A failed task: expected ExecutionException.
                    실패한 작업이 있으면 ExecutionException이 나와야 합니다.""");
            assertThat(thrown.getCause()).as("the task's own exception as the cause · 원인은 작업이 던진 바로 그 예외")
                    .isSameAs(boom);
        }
    }

    @Test
    @DisplayName("resultsWithin: one timeout for all the tasks · resultsWithin의 타임아웃은 모든 작업에 한 번이다")
    void resultsWithinOneTimeout() {
        List<HeldTask<Integer>> tasks = IntStream.range(0, 20).mapToObj(HeldTask::returning).toList();
        try (var executor = pool(20)) {
            var call = Call.start("resultsWithin", () -> resultsWithin(executor, tasks, SHORT, -1));

            var results = call.assertReturnsWithin(SHORT.multipliedBy(20).plus(WAIT), """
                    Expected resultsWithin to return when its timeout has passed.
                    타임아웃이 지나면 resultsWithin은 돌아와야 합니다.""");
            assertThat(results).as("every task late: every place holds the fallback · 모두 늦었으니 모든 자리에 대체값")
                    .containsOnly(-1).hasSize(20);
            assertEndedWithin(call.elapsed(), SHORT, """
                    20 tasks, one timeout for all of them, not one each
                    작업 20개에 타임아웃은 모두 합쳐 한 번입니다. 작업마다 따로 세지 않습니다""");
        }
    }

    @Test
    @DisplayName("submitAndWait: a late task is NOT cancelled, it goes on and finishes · submitAndWait는 늦은 작업을 취소하지 않고, 그 작업은 계속 돌아 끝난다")
    @Drawn("at the timeout the call returns; the late task keeps running (>) · 타임아웃에 호출이 돌아오고 늦은 작업은 계속 돈다(>)")
    void submitAndWaitLeavesTheLateOneRunning() {
        var a = HeldTask.returning("a");
        var late = HeldTask.returning("late");
        a.release();
        try (var executor = pool(2)) {
            var call = Call.start("submitAndWait", () -> submitAndWait(executor, List.of(a, late), SHORT));

            var result = call.assertReturnsWithin(WAIT, """
                    Expected submitAndWait to return when its timeout has passed.
                    타임아웃이 지나면 submitAndWait는 돌아와야 합니다.""");
            assertEndedWithin(call.elapsed(), SHORT, "submitAndWait");
            assertThat(result.done()).map(Future::resultNow).as("done · done 집합").containsExactly("a");
            assertThat(result.notDone()).as("not done · notDone 집합").hasSize(1);
            Future<String> lateFuture = result.notDone().iterator().next();
            assertThat(lateFuture.isCancelled() || late.wasInterrupted())
                    .as("submitAndWait must cancel nothing: that is the caller's choice"
                            + " · submitAndWait는 아무것도 취소하면 안 됩니다. 취소는 호출자가 정합니다")
                    .isFalse();

            late.release();
            assertThat(lateFuture)
                    .as("the late task goes on, and its future completes later · 늦은 작업은 계속 돌고, 그 퓨처는 나중에 끝납니다")
                    .succeedsWithin(WAIT).isEqualTo("late");
        }
    }

    @Test
    @DisplayName("submitAndWait: returns as soon as all are done, in task order · submitAndWait는 모두 끝나면 바로 작업 순서대로 돌려준다")
    void submitAndWaitReturnsWhenAllAreDone() {
        List<HeldTask<Integer>> tasks = IntStream.range(0, 5).mapToObj(HeldTask::returning).toList();
        tasks.forEach(HeldTask::release);
        try (var executor = pool(2)) {
            var call = Call.start("submitAndWait", () -> submitAndWait(executor, tasks, LONG));

            var result = call.assertReturnsWithin(WAIT, """
                    Every task is quick: expected submitAndWait to return at once, not to wait for its 30 s timeout.
                    모든 작업이 빠르니 submitAndWait는 타임아웃 30초를 기다리지 말고 바로 돌아와야 합니다.""");
            assertThat(result.done()).map(Future::resultNow).as("done, in task order · done 집합, 작업 순서대로")
                    .containsExactly(0, 1, 2, 3, 4);
            assertThat(result.notDone()).as("not done · notDone 집합").isEmpty();
        }
    }

    @Test
    @DisplayName("both reject a null executor, tasks or timeout with NullPointerException, a negative timeout with IllegalArgumentException · 두 메서드 모두 null 실행기, 작업, 타임아웃은 NullPointerException으로, 음수 타임아웃은 IllegalArgumentException으로 거부한다")
    void badInput() {
        Callable<Integer> task = () -> 1;
        try (var executor = pool(1)) {
            List<Callable<Integer>> withNull = new ArrayList<>(Arrays.asList(task, null));
            assertThrows(NullPointerException.class, () -> resultsWithin(null, List.of(task), SHORT, 0),
                    rejects("resultsWithin", "a null executor", "null 실행기", "NullPointerException"));
            assertThrows(NullPointerException.class, () -> resultsWithin(executor, withNull, SHORT, 0),
                    rejects("resultsWithin", "a null task", "null 작업", "NullPointerException"));
            assertThrows(NullPointerException.class, () -> resultsWithin(executor, List.of(task), null, 0),
                    rejects("resultsWithin", "a null timeout", "null 타임아웃", "NullPointerException"));
            assertThrows(IllegalArgumentException.class, () -> resultsWithin(executor, List.of(task), NEGATIVE, 0),
                    rejects("resultsWithin", "a negative timeout", "음수 타임아웃", "IllegalArgumentException"));
            assertThrows(NullPointerException.class, () -> submitAndWait(null, List.of(task), SHORT),
                    rejects("submitAndWait", "a null executor", "null 실행기", "NullPointerException"));
            assertThrows(NullPointerException.class, () -> submitAndWait(executor, withNull, SHORT),
                    rejects("submitAndWait", "a null task", "null 작업", "NullPointerException"));
            assertThrows(NullPointerException.class, () -> submitAndWait(executor, List.of(task), null),
                    rejects("submitAndWait", "a null timeout", "null 타임아웃", "NullPointerException"));
            assertThrows(IllegalArgumentException.class, () -> submitAndWait(executor, List.of(task), NEGATIVE),
                    rejects("submitAndWait", "a negative timeout", "음수 타임아웃", "IllegalArgumentException"));
        }
    }

    /** "method rejects what with exception", in both languages. */
    private static String rejects(String method, String what, String whatKo, String exception) {
        return "%s, %s: expected %s · %s: %s %s 거부해야 합니다".formatted(method, what, exception, method,
                Korean.particle(whatKo, "은/는"), Korean.particle(exception, "으로/로"));
    }
}
