package dev.futuresworkbook.timeout.exercises;

import static dev.futuresworkbook.timeout.exercises.GetAll.getAll;
import static dev.futuresworkbook.timeout.exercises.Waits.WAIT;
import static dev.futuresworkbook.timeout.exercises.Waits.assertEndedOnTime;
import static dev.futuresworkbook.timeout.exercises.Waits.millisSince;
import static dev.futuresworkbook.timeout.exercises.Waits.thrownWhenInterrupted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-4")
@DisplayName("Exercise 4 · 연습 4 — getAll: many results, one deadline")
class Exercise4GetAllTest {

    @Test
    @DisplayName("returns every result in the list's order · 목록 순서대로 모든 결과를 돌려준다")
    void resultsInOrder() throws InterruptedException, ExecutionException, TimeoutException {
        try (var arrivals = new Arrivals()) {
            // completed in the reverse order of the list
            List<CompletableFuture<String>> futures = List.of(
                    arrivals.after(150, "first"), arrivals.after(100, "second"), arrivals.after(50, "third"));

            assertThat(getAll(futures, WAIT)).containsExactly("first", "second", "third");
            assertThat(futures).as("futures that completed in time are not cancelled").noneMatch(Future::isCancelled);
        }
    }

    @Test
    @DisplayName("one deadline for the whole call, not a timeout per get · get마다가 아니라 호출 전체에 하나의 마감")
    void oneDeadlineNotOnePerCall() {
        try (var arrivals = new Arrivals()) {
            oneDeadlineNotOnePerCall(arrivals);
        }
    }

    private static void oneDeadlineNotOnePerCall(Arrivals arrivals) {
        // Each result arrives 500 ms after the one before: every single get would be in time with a 1 s timeout
        // of its own, so a timeout per call returns all four after 2 s. One deadline of 1 s ends the call at 1 s.
        Duration timeout = Duration.ofSeconds(1);
        long start = System.nanoTime();
        List<CompletableFuture<String>> futures = List.of(
                arrivals.after(500, "a"), arrivals.after(1_000, "b"), arrivals.after(1_500, "c"),
                arrivals.after(2_000, "d"));

        assertThatThrownBy(() -> getAll(futures, timeout),
                "the four results need 2 s in all: with one deadline of %s, getAll must throw"
                        + " TimeoutException · 마감 %s 안에 다 오지 않으면 TimeoutException", timeout, timeout)
                .isInstanceOf(TimeoutException.class);

        long elapsed = millisSince(start);
        assertThat(elapsed).as("ms until getAll gave up (never before the deadline)").isGreaterThanOrEqualTo(timeout.toMillis());
        // A timeout per get cannot end before 1.5 s (the first result at 0.5 s, then up to 1 s for the next).
        assertThat(elapsed)
                .as("ms until getAll gave up: one deadline of %s for the whole call, not %s for each get()"
                        + " · get()마다 새 타임아웃을 주지 말고, 남은 시간만 주세요", timeout, timeout)
                .isLessThan(1_400);
        assertThat(futures.subList(2, 4)).as("the late futures are cancelled").allMatch(Future::isCancelled);
        assertThat(futures.get(0).isCancelled()).as("a future that completed in time is not cancelled").isFalse();
    }

    @Test
    @DisplayName("never gives up before the deadline · 마감 전에는 포기하지 않는다")
    void neverEarly() {
        Duration timeout = Duration.ofMillis(200);
        List<CompletableFuture<String>> futures = List.of(
                new CompletableFuture<>(), new CompletableFuture<>(), new CompletableFuture<>());
        long start = System.nanoTime();

        assertThatThrownBy(() -> getAll(futures, timeout)).isInstanceOf(TimeoutException.class);

        assertEndedOnTime(start, timeout, "the timeout: the whole budget, not a share of it per future");
    }

    @Test
    @DisplayName("uses the whole budget: results that come in time are all returned · 마감 안의 결과는 모두 받는다")
    void waitsForLateButInTimeResults() throws InterruptedException, ExecutionException, TimeoutException {
        try (var arrivals = new Arrivals()) {
            List<CompletableFuture<Integer>> futures = List.of(
                    arrivals.after(200, 1), arrivals.after(100, 2), arrivals.after(300, 3));
            assertThat(getAll(futures, WAIT)).containsExactly(1, 2, 3);
        }
    }

    @Test
    @DisplayName("on timeout the tasks still running are cancelled and interrupted · 타임아웃 때 남은 작업을 멈춘다")
    void timeoutStopsTheRest() throws InterruptedException {
        var late = List.of(new HeldTask<>("late 1"), new HeldTask<>("late 2"));
        try (var executor = Executors.newFixedThreadPool(3)) {
            List<Future<String>> futures = new ArrayList<>();
            futures.add(executor.submit(() -> "quick"));
            for (HeldTask<String> task : late) futures.add(executor.submit(task));
            try {
                for (HeldTask<String> task : late) task.awaitStarted();

                assertThatThrownBy(() -> getAll(futures, Duration.ofMillis(200))).isInstanceOf(TimeoutException.class);

                assertThat(futures.get(0).isCancelled()).as("the quick future, done in time").isFalse();
                assertThat(futures.subList(1, 3)).as("the late futures are cancelled").allMatch(Future::isCancelled);
                for (HeldTask<String> task : late) {
                    assertThat(task.wasInterrupted())
                            .as("a task still running after the timeout must be interrupted (cancel(true)),"
                                    + " not left running · 남은 작업은 cancel(true)로 멈추세요")
                            .isTrue();
                }
            } finally {
                late.forEach(HeldTask::release);
            }
        }
    }

    @Test
    @DisplayName("a failed task: ExecutionException, and the rest are cancelled · 실패하면 나머지를 취소한다")
    void failure() {
        var boom = new IllegalStateException("boom");
        var pending = new CompletableFuture<String>();
        List<CompletableFuture<String>> futures = List.of(
                CompletableFuture.completedFuture("ok"), CompletableFuture.failedFuture(boom), pending);

        assertThatThrownBy(() -> getAll(futures, WAIT))
                .isInstanceOf(ExecutionException.class)
                .cause().isSameAs(boom);
        assertThat(pending.isCancelled()).as("the pending future is cancelled once getAll gives up").isTrue();
    }

    @Test
    @DisplayName("a cancelled task: CancellationException, not a failure · 취소된 작업은 CancellationException")
    void cancelled() {
        var cancelled = new CompletableFuture<String>();
        cancelled.cancel(true);
        var pending = new CompletableFuture<String>();

        assertThatThrownBy(() -> getAll(List.of(cancelled, pending), WAIT),
                "a cancelled future is reported as cancelled, not as ExecutionException or a timeout")
                .isInstanceOf(CancellationException.class);
        assertThat(pending.isCancelled()).as("the pending future is cancelled once getAll gives up").isTrue();
    }

    @Test
    @DisplayName("an interrupted caller gets InterruptedException, and the rest are cancelled · 인터럽트")
    void interrupted() throws InterruptedException {
        var pending = new CompletableFuture<String>();
        Throwable thrown = thrownWhenInterrupted("get-all-caller", pending,
                () -> getAll(List.of(pending), WAIT.multipliedBy(2)));

        assertThat(thrown).as("an interrupted wait ends with InterruptedException")
                .isInstanceOf(InterruptedException.class);
        assertThat(pending.isCancelled()).as("the pending future is cancelled once getAll gives up").isTrue();
    }

    @Test
    @DisplayName("no futures: an empty list at once · 퓨처가 없으면 빈 목록")
    void empty() throws InterruptedException, ExecutionException, TimeoutException {
        assertThat(getAll(List.<Future<String>>of(), Duration.ZERO)).isEmpty();
    }

    @Test
    @DisplayName("a zero timeout does not wait · 타임아웃 0은 기다리지 않는다")
    void zeroTimeout() throws InterruptedException, ExecutionException, TimeoutException {
        assertThat(getAll(List.of(CompletableFuture.completedFuture(1), CompletableFuture.completedFuture(2)),
                Duration.ZERO)).containsExactly(1, 2);

        var pending = new CompletableFuture<Integer>();
        long start = System.nanoTime();
        assertThatThrownBy(() -> getAll(List.of(CompletableFuture.completedFuture(1), pending), Duration.ZERO))
                .isInstanceOf(TimeoutException.class);
        assertThat(millisSince(start)).as("ms spent on a zero timeout").isLessThan(2_000);
        assertThat(pending.isCancelled()).isTrue();
    }

    @Test
    @DisplayName("rejects null arguments · null 인자는 거부한다")
    void nulls() {
        assertThatThrownBy(() -> getAll(null, WAIT)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> getAll(List.of(new CompletableFuture<String>()), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> getAll(Arrays.asList(CompletableFuture.completedFuture("a"), null), WAIT))
                .isInstanceOf(NullPointerException.class);
    }
}
