package dev.futuresworkbook.ascompleted.exercises;

import static dev.futuresworkbook.ascompleted.exercises.FirstN.firstN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-2")
@DisplayName("Exercise 2 · 연습 2 — firstN with ExecutorCompletionService")
class Exercise2FirstNTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration LONG = Duration.ofSeconds(30);

    @Test
    @DisplayName("returns the first n results in the order they finished · 먼저 끝난 n개를 끝난 순서대로")
    void firstTwoInCompletionOrder() throws InterruptedException {
        try (var executor = new TrackingExecutor(4);
                var caller = Executors.newSingleThreadExecutor();
                var tasks = GatedTasks.returningNames(4)) {
            Future<List<String>> call = caller.submit(() -> firstN(executor, tasks.tasks(), 2, LONG));

            tasks.open(3);
            executor.awaitOneFinished(WAIT, call); // task 3 is done and queued before task 1 may finish
            tasks.open(1);

            assertThat(call).as("firstN(2) after task 3, then task 1 finished")
                    .succeedsWithin(WAIT).isEqualTo(List.of("task 3", "task 1"));
            assertThat(executor.executed()).as("tasks handed to the executor that firstN was given").isEqualTo(4);
        }
    }

    @Test
    @DisplayName("cancels the tasks still running, without waiting for them · 남은 작업은 기다리지 않고 취소한다")
    void cancelsTheRest() throws InterruptedException {
        try (var executor = new TrackingExecutor(4);
                var caller = Executors.newSingleThreadExecutor();
                var tasks = GatedTasks.returningNames(4)) {
            Future<List<String>> call = caller.submit(() -> firstN(executor, tasks.tasks(), 1, LONG));
            tasks.open(2);

            assertThat(call).as("firstN(1) returns once one task has finished, while 3 are still running")
                    .succeedsWithin(WAIT).isEqualTo(List.of("task 2"));
            for (int task : new int[] {0, 1, 3}) tasks.assertCancelled(task, WAIT);
        }
    }

    @Test
    @DisplayName("one deadline for all n results, not a new timeout for each · 결과마다가 아니라 전체에 하나의 마감")
    void oneOverallDeadline() throws InterruptedException {
        // The tasks finish 200 ms apart: never 500 ms between two results, but the 3rd is due after 600 ms.
        // One overall deadline of 500 ms therefore expires; a new 500 ms timeout per poll() never does.
        Duration timeout = Duration.ofMillis(500);
        List<Callable<Integer>> tasks = List.of(after(200, 1), after(400, 2), after(600, 3), after(800, 4));
        try (var executor = Executors.newFixedThreadPool(4)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> firstN(executor, tasks, 4, timeout))
                    .as("results 200 ms apart, the 4th after 800 ms: the overall deadline of 500 ms passes first")
                    .isInstanceOf(TimeoutException.class);
            Duration elapsed = TestTime.since(start);
            assertThat(elapsed).as("a timeout never fires early · 타임아웃은 일찍 오지 않는다").isGreaterThanOrEqualTo(timeout);
            assertThat(elapsed).as("...and soon after the deadline · 마감 직후에 온다").isLessThan(timeout.plusSeconds(2));
        }
    }

    @Test
    @DisplayName("a timeout cancels the tasks still running · 타임아웃이 나면 남은 작업을 취소한다")
    void timeoutCancels() throws InterruptedException {
        Duration timeout = Duration.ofMillis(100);
        try (var executor = new TrackingExecutor(2); var tasks = GatedTasks.returningNames(2)) {
            tasks.open(0);
            long start = System.nanoTime();
            assertThatThrownBy(() -> firstN(executor, tasks.tasks(), 2, timeout))
                    .as("only 1 of the 2 results wanted can arrive: poll() returned null, which means a timeout")
                    .isInstanceOf(TimeoutException.class);
            assertThat(TestTime.since(start)).isGreaterThanOrEqualTo(timeout);
            tasks.assertCancelled(1, WAIT);
        }
    }

    @Test
    @DisplayName("a failed task fails the call with its exception as the cause · 실패한 작업은 원인과 함께 전해진다")
    void failure() throws InterruptedException {
        var boom = new IllegalStateException("boom");
        try (var executor = new TrackingExecutor(3);
                var tasks = new GatedTasks(3, i -> () -> {
                    if (i == 1) throw boom;
                    return "task " + i;
                })) {
            tasks.open(1);
            assertThatThrownBy(() -> firstN(executor, tasks.tasks(), 2, LONG))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isSameAs(boom);
            tasks.assertCancelled(0, WAIT);
            tasks.assertCancelled(2, WAIT);
        }
    }

    @Test
    @DisplayName("n = 0 runs nothing; bad arguments are rejected · n이 0이면 실행하지 않고, 잘못된 인자는 거부한다")
    void arguments() throws InterruptedException, ExecutionException, TimeoutException {
        try (var executor = new TrackingExecutor(1); var tasks = GatedTasks.returningNames(2)) {
            assertThat(firstN(executor, tasks.tasks(), 0, LONG)).isEmpty();
            assertThat(executor.executed()).as("tasks run for n = 0").isZero();

            var work = tasks.tasks();
            assertThatThrownBy(() -> firstN(executor, work, -1, LONG)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> firstN(executor, work, 3, LONG)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> firstN(executor, work, 1, Duration.ofMillis(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> firstN(null, work, 1, LONG)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> firstN(executor, null, 1, LONG)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> firstN(executor, Arrays.asList(work.get(0), null), 1, LONG))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> firstN(executor, work, 1, null)).isInstanceOf(NullPointerException.class);
        }
    }

    /** A task that finishes {@code millis} after it starts (time is what this test is about). */
    private static Callable<Integer> after(long millis, int value) {
        return () -> {
            TestTime.pass(Duration.ofMillis(millis)); // cancel(true) interrupts it
            return value;
        };
    }
}
