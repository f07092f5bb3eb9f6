package dev.futuresworkbook.wait.exercises;

import static dev.futuresworkbook.wait.exercises.InvokeAllOrWait.resultsWithin;
import static dev.futuresworkbook.wait.exercises.InvokeAllOrWait.submitAndWait;
import static dev.futuresworkbook.wait.exercises.WaitTesting.MARGIN;
import static dev.futuresworkbook.wait.exercises.WaitTesting.SHORT;
import static dev.futuresworkbook.wait.exercises.WaitTesting.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.futuresworkbook.wait.DoneAndNotDone;
import dev.futuresworkbook.wait.exercises.WaitTesting.Call;
import dev.futuresworkbook.wait.exercises.WaitTesting.HeldTask;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("exercise-4")
@DisplayName("Exercise 4 · 연습 4 — invokeAll cancels what is late, wait leaves it running")
@ExtendWith(VirtualThreadsWarmUp.class)
class Exercise4InvokeAllOrWaitTest {

    @Test
    @DisplayName("resultsWithin: a late task is cancelled and interrupted, and gets the fallback · 늦은 작업은 취소되고 대체값")
    void resultsWithinCancelsTheLateOne() throws InterruptedException {
        var a = HeldTask.returning("a");
        var late = HeldTask.returning("late");
        var c = HeldTask.returning("c");
        a.release();
        c.release();
        try (var executor = Executors.newFixedThreadPool(3)) {
            try {
                Call<List<String>> call = Call.start("resultsWithin", () -> resultsWithin(executor, List.of(a, late, c), SHORT, "-"));
                List<String> results = assertThat(call.result).succeedsWithin(SHORT.plus(MARGIN).plus(WAIT)).actual();

                assertThat(results).containsExactly("a", "-", "c");
                assertThat(call.elapsed()).as("a timeout never returns early").isGreaterThanOrEqualTo(SHORT);
                assertThat(call.elapsed()).as("returned long after its timeout of %s", SHORT).isLessThan(SHORT.plus(MARGIN));
                assertThat(late.stopsByInterrupt()).as("the late task must be cancelled with an interrupt, as invokeAll does")
                        .isTrue();
            } finally {
                late.release();
            }
        }
    }

    @Test
    @DisplayName("resultsWithin: results in task order, whatever order they finish in · 끝난 순서와 상관없이 작업 순서대로")
    void resultsWithinKeepsTaskOrder() throws InterruptedException, ExecutionException {
        List<HeldTask<Integer>> tasks = IntStream.range(0, 6).mapToObj(HeldTask::returning).toList();
        for (int i = tasks.size() - 1; i >= 0; i--) tasks.get(i).release();
        try (var executor = Executors.newFixedThreadPool(3)) {
            assertThat(resultsWithin(executor, tasks, WAIT, -1)).containsExactly(0, 1, 2, 3, 4, 5);
        }
    }

    @Test
    @DisplayName("resultsWithin: a queued task that never got a thread gets the fallback, and never runs · 큐에 남은 작업도 대체값")
    void resultsWithinQueuedTask() throws InterruptedException, ExecutionException {
        var running = HeldTask.returning(1);
        var queued = HeldTask.returning(2);
        try (var executor = Executors.newSingleThreadExecutor()) {
            try {
                assertThat(resultsWithin(executor, List.of(running, queued), SHORT, null)).containsExactly(null, null);
                assertThat(running.stopsByInterrupt()).isTrue();
            } finally {
                running.release();
                queued.release();
            }
        }
        assertThat(queued.hasStarted()).as("invokeAll cancels a queued task before it starts").isFalse();
    }

    @Test
    @DisplayName("resultsWithin: a failed task fails the call with its exception as the cause · 실패한 작업의 예외를 전한다")
    void resultsWithinFailure() {
        var boom = new IllegalStateException("boom");
        var ok = HeldTask.returning(1);
        var failing = HeldTask.<Integer>failingWith(boom);
        ok.release();
        failing.release();
        try (var executor = Executors.newFixedThreadPool(2)) {
            assertThatThrownBy(() -> resultsWithin(executor, List.of(ok, failing), WAIT, 0))
                    .isInstanceOf(ExecutionException.class).cause().isSameAs(boom);
        }
    }

    @Test
    @DisplayName("resultsWithin: one timeout for all the tasks · 타임아웃은 모든 작업에 한 번")
    void resultsWithinOneTimeout() throws InterruptedException {
        List<HeldTask<Integer>> tasks = IntStream.range(0, 20).mapToObj(HeldTask::returning).toList();
        try (var executor = Executors.newFixedThreadPool(20)) {
            try {
                Call<List<Integer>> call = Call.start("resultsWithin", () -> resultsWithin(executor, tasks, SHORT, -1));
                List<Integer> results = assertThat(call.result).succeedsWithin(SHORT.multipliedBy(20).plus(WAIT)).actual();
                assertThat(results).containsOnly(-1).hasSize(20);
                assertThat(call.elapsed()).as("20 tasks, one timeout of %s for all of them, not one each", SHORT)
                        .isLessThan(SHORT.plus(MARGIN));
            } finally {
                tasks.forEach(HeldTask::release);
            }
        }
    }

    @Test
    @DisplayName("submitAndWait: a late task is NOT cancelled, it goes on and finishes · 늦은 작업을 취소하지 않는다")
    void submitAndWaitLeavesTheLateOneRunning() throws InterruptedException {
        var a = HeldTask.returning("a");
        var late = HeldTask.returning("late");
        a.release();
        try (var executor = Executors.newFixedThreadPool(2)) {
            try {
                Call<DoneAndNotDone<Future<String>>> call =
                        Call.start("submitAndWait", () -> submitAndWait(executor, List.of(a, late), SHORT));
                DoneAndNotDone<Future<String>> result = assertThat(call.result).succeedsWithin(SHORT.plus(MARGIN).plus(WAIT)).actual();

                assertThat(call.elapsed()).as("a timeout never returns early").isGreaterThanOrEqualTo(SHORT);
                assertThat(call.elapsed()).as("returned long after its timeout of %s", SHORT).isLessThan(SHORT.plus(MARGIN));
                assertThat(result.done()).map(Future::resultNow).containsExactly("a");
                assertThat(result.notDone()).hasSize(1);
                Future<String> lateFuture = result.notDone().iterator().next();
                assertThat(lateFuture.isCancelled()).as("submitAndWait must cancel nothing: that is the caller's choice").isFalse();
                assertThat(late.wasInterrupted()).isFalse();

                late.release();
                assertThat(lateFuture).as("the late task goes on, and its future completes later").succeedsWithin(WAIT).isEqualTo("late");
            } finally {
                late.release();
            }
        }
    }

    @Test
    @DisplayName("submitAndWait: returns as soon as all are done, in task order · 모두 끝나면 바로, 작업 순서대로")
    void submitAndWaitReturnsWhenAllAreDone() {
        List<HeldTask<Integer>> tasks = IntStream.range(0, 5).mapToObj(HeldTask::returning).toList();
        tasks.forEach(HeldTask::release);
        try (var executor = Executors.newFixedThreadPool(2)) {
            Call<DoneAndNotDone<Future<Integer>>> call =
                    Call.start("submitAndWait", () -> submitAndWait(executor, tasks, Duration.ofSeconds(30)));
            DoneAndNotDone<Future<Integer>> result = assertThat(call.result)
                    .as("every task is quick: submitAndWait must not wait for its 30 s timeout").succeedsWithin(WAIT).actual();
            assertThat(result.done()).map(Future::resultNow).containsExactly(0, 1, 2, 3, 4);
            assertThat(result.notDone()).isEmpty();
        }
    }

    @Test
    @DisplayName("bad input: NullPointerException, IllegalArgumentException · 잘못된 입력은 예외")
    void badInput() {
        Callable<Integer> task = () -> 1;
        try (var executor = Executors.newSingleThreadExecutor()) {
            List<Callable<Integer>> withNull = new ArrayList<>(Arrays.asList(task, null));
            assertThatThrownBy(() -> resultsWithin(null, List.of(task), SHORT, 0)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> resultsWithin(executor, withNull, SHORT, 0)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> resultsWithin(executor, List.of(task), null, 0)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> resultsWithin(executor, List.of(task), Duration.ofMillis(-1), 0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> submitAndWait(null, List.of(task), SHORT)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> submitAndWait(executor, withNull, SHORT)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> submitAndWait(executor, List.of(task), null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> submitAndWait(executor, List.of(task), Duration.ofMillis(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
