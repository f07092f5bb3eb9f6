package dev.futuresworkbook.ascompleted.exercises;

import static dev.futuresworkbook.ascompleted.exercises.FirstSuccessful.firstSuccessful;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-5")
@DisplayName("Exercise 5 · 연습 5 — firstSuccessful: stop at the first good result, cancel the rest")
class Exercise5FirstSuccessfulTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Predicate<String> NOT_EMPTY = Predicate.not(String::isEmpty);

    /** Task 0 never finishes unless cancelled; 1 fails; 2 returns "" (not wanted); 3 returns "task 3". */
    private static GatedTasks mixed() {
        return new GatedTasks(4, i -> () -> switch (i) {
            case 1 -> throw new IllegalStateException("task 1 failed");
            case 2 -> "";
            default -> "task " + i;
        });
    }

    @Test
    @DisplayName("skips failures and unwanted results, returns the first good one · 실패와 원치 않는 결과는 건너뛴다")
    void firstGoodResult() throws InterruptedException {
        try (var executor = new TrackingExecutor(4);
                var caller = Executors.newSingleThreadExecutor();
                var tasks = mixed()) {
            Future<Optional<String>> call = caller.submit(() -> firstSuccessful(executor, tasks.tasks(), NOT_EMPTY));

            tasks.open(1);                      // fails
            executor.awaitOneFinished(WAIT, call);
            tasks.open(2);                      // "" is not wanted
            executor.awaitOneFinished(WAIT, call);
            assertThat(call).as("only a failure and an unwanted result so far").isNotDone();
            tasks.open(3);                      // the first good result

            assertThat(call).as("task 1 failed, task 2 returned \"\", task 3 returned \"task 3\"")
                    .succeedsWithin(WAIT).isEqualTo(Optional.of("task 3"));
        }
    }

    @Test
    @DisplayName("returns without waiting for the tasks before it in the list · 목록 앞쪽 작업을 기다리지 않는다")
    void doesNotWaitInSubmissionOrder() throws InterruptedException {
        try (var executor = new TrackingExecutor(4);
                var caller = Executors.newSingleThreadExecutor();
                var tasks = mixed()) {
            Future<Optional<String>> call = caller.submit(() -> firstSuccessful(executor, tasks.tasks(), NOT_EMPTY));
            tasks.open(3);

            assertThat(call)
                    .as("task 3 succeeded while task 0 (first in the list) still runs: take results as they"
                            + " finish, not in the list's order · 목록 순서가 아니라 끝나는 순서대로 받으세요")
                    .succeedsWithin(WAIT).isEqualTo(Optional.of("task 3"));
        }
    }

    @Test
    @DisplayName("cancels every task still running once it has its result · 결과를 얻으면 남은 작업을 취소한다")
    void cancelsTheRest() throws InterruptedException {
        try (var executor = new TrackingExecutor(4);
                var caller = Executors.newSingleThreadExecutor();
                var tasks = mixed()) {
            Future<Optional<String>> call = caller.submit(() -> firstSuccessful(executor, tasks.tasks(), NOT_EMPTY));
            tasks.open(3);
            assertThat(call).succeedsWithin(WAIT);

            for (int task : new int[] {0, 1, 2}) tasks.assertCancelled(task, WAIT);
        }
    }

    @Test
    @DisplayName("no success: empty, once every task has finished · 성공이 없으면 모두 끝난 뒤 빈 값")
    void noSuccess() throws InterruptedException {
        try (var executor = new TrackingExecutor(3);
                var caller = Executors.newSingleThreadExecutor();
                var tasks = new GatedTasks(3, i -> () -> {
                    if (i == 0) return "";
                    throw new IllegalStateException("task " + i + " failed");
                })) {
            Future<Optional<String>> call = caller.submit(() -> firstSuccessful(executor, tasks.tasks(), NOT_EMPTY));
            tasks.open(0);
            tasks.open(2);
            executor.awaitOneFinished(WAIT, call);
            executor.awaitOneFinished(WAIT, call);
            assertThat(call).as("one task is still running and might succeed").isNotDone();
            tasks.open(1);

            assertThat(call).succeedsWithin(WAIT).isEqualTo(Optional.empty());
        }
    }

    @Test
    @DisplayName("a null result is never a success · null 결과는 성공이 아니다")
    void nullIsNotASuccess() throws InterruptedException {
        List<Callable<String>> tasks = List.of(() -> null, () -> null);
        try (var executor = Executors.newFixedThreadPool(2)) {
            assertThat(firstSuccessful(executor, tasks, s -> true)).isEmpty();
        }
    }

    @Test
    @DisplayName("no tasks: empty at once · 작업이 없으면 바로 빈 값")
    void noTasks() throws InterruptedException {
        try (var executor = Executors.newSingleThreadExecutor()) {
            assertThat(firstSuccessful(executor, List.<Callable<String>>of(), NOT_EMPTY)).isEmpty();
        }
    }

    @Test
    @DisplayName("an interrupt cancels every task and comes out as InterruptedException · 인터럽트되면 모두 취소한다")
    void interrupt() throws InterruptedException {
        try (var executor = new TrackingExecutor(2); var tasks = GatedTasks.returningNames(2)) {
            var thrown = new AtomicReference<Throwable>();
            Thread caller = Thread.ofPlatform().name("first-successful-caller").start(() -> {
                try {
                    thrown.set(new AssertionError("returned " + firstSuccessful(executor, tasks.tasks(), NOT_EMPTY)));
                } catch (InterruptedException | RuntimeException e) {
                    thrown.set(e);
                }
            });
            caller.interrupt();
            caller.join(WAIT);
            tasks.openAll(); // frees a wrong answer that swallowed the interrupt
            caller.join(WAIT);

            assertThat(thrown.get()).as("an interrupted wait ends with InterruptedException · 인터럽트를 삼키지 마세요")
                    .isInstanceOf(InterruptedException.class);
        }
    }

    @Test
    @DisplayName("an interrupt of the caller cancels the tasks · 호출자가 인터럽트되면 작업도 취소된다")
    void interruptCancelsTasks() throws InterruptedException {
        try (var executor = new TrackingExecutor(2);
                var caller = Executors.newSingleThreadExecutor();
                var tasks = GatedTasks.returningNames(2)) {
            Future<Optional<String>> call = caller.submit(() -> firstSuccessful(executor, tasks.tasks(), NOT_EMPTY));
            tasks.awaitStarted(0, WAIT, call); // both tasks run, and the caller waits for them
            tasks.awaitStarted(1, WAIT, call);
            call.cancel(true); // interrupts the caller's thread

            tasks.assertCancelled(0, WAIT);
            tasks.assertCancelled(1, WAIT);
        }
    }

    @Test
    @DisplayName("rejects null arguments · null 인자는 거부한다")
    void nulls() {
        try (var executor = Executors.newSingleThreadExecutor()) {
            List<Callable<String>> tasks = List.of(() -> "a");
            assertThatThrownBy(() -> firstSuccessful(null, tasks, NOT_EMPTY)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> firstSuccessful(executor, null, NOT_EMPTY)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> firstSuccessful(executor, tasks, null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> firstSuccessful(executor, Arrays.asList(tasks.get(0), null), NOT_EMPTY))
                    .isInstanceOf(NullPointerException.class);
        }
    }
}
