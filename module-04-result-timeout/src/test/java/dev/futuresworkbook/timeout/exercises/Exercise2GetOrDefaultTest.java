package dev.futuresworkbook.timeout.exercises;

import static dev.futuresworkbook.timeout.exercises.GetOrDefault.getOrDefault;
import static dev.futuresworkbook.timeout.exercises.Waits.WAIT;
import static dev.futuresworkbook.timeout.exercises.Waits.assertEndedOnTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-2")
@DisplayName("Exercise 2 · 연습 2 — getOrDefault: the result, or a fallback in time")
class Exercise2GetOrDefaultTest {

    private static final Duration TIMEOUT = Duration.ofMillis(150);

    /** What happened on a thread that called getOrDefault: its return value, and its interrupt status after. */
    private record Outcome(Object returned, Throwable thrown, boolean interruptedAfter) {}

    @Test
    @DisplayName("returns the result that comes in time · 제때 온 결과를 돌려준다")
    void resultInTime() {
        assertThat(getOrDefault(CompletableFuture.completedFuture("result"), TIMEOUT, "fallback")).isEqualTo("result");

        try (var arrivals = new Arrivals()) {
            CompletableFuture<String> soon = arrivals.after(50, "soon");
            assertThat(getOrDefault(soon, WAIT, "fallback")).isEqualTo("soon");
            assertThat(soon.isCancelled()).as("a future that completed in time must not be cancelled").isFalse();
        }
    }

    @Test
    @DisplayName("returns the fallback after the timeout, not before · 타임아웃이 지나야 대체값을 돌려준다")
    void fallbackAfterTheTimeout() {
        var never = new CompletableFuture<String>();
        long start = System.nanoTime();

        assertThat(getOrDefault(never, TIMEOUT, "fallback")).isEqualTo("fallback");

        assertEndedOnTime(start, TIMEOUT, "the fallback");
        assertThat(getOrDefault(new CompletableFuture<String>(), TIMEOUT, null)).as("a null fallback is allowed").isNull();
    }

    @Test
    @DisplayName("a timed-out task is cancelled and interrupted · 타임아웃된 작업은 취소되어 멈춘다")
    void timedOutTaskIsStopped() throws InterruptedException {
        var task = new HeldTask<>("too late");
        try (var executor = Executors.newSingleThreadExecutor()) {
            Future<String> future = executor.submit(task);
            try {
                task.awaitStarted();
                assertThat(getOrDefault(future, TIMEOUT, "fallback")).isEqualTo("fallback");

                assertThat(future.isCancelled()).as("after the fallback the future is cancelled").isTrue();
                assertThat(task.wasInterrupted())
                        .as("nobody will read the late result: the task must be stopped with cancel(true),"
                                + " not left running · 타임아웃된 작업을 cancel(true)로 멈추세요")
                        .isTrue();
            } finally {
                task.release();
            }
        }
    }

    @Test
    @DisplayName("an interrupt while waiting: the fallback, and the interrupt flag set again · 인터럽트를 삼키지 않는다")
    void interruptIsNotSwallowed() throws InterruptedException {
        var never = new CompletableFuture<String>();
        var outcome = new AtomicReference<Outcome>();
        Thread caller = Thread.ofPlatform().name("get-or-default-caller").start(
                () -> outcome.set(callGetOrDefault(never, WAIT.multipliedBy(2))));
        caller.interrupt();
        caller.join(WAIT);
        never.complete("too late"); // releases a wrong answer that kept waiting
        caller.join(WAIT);

        assertThat(outcome.get()).as("getOrDefault returned after the interrupt").isNotNull();
        assertThat(outcome.get().thrown()).as("what getOrDefault threw (nothing expected)").isNull();
        assertThat(outcome.get().returned()).as("what an interrupted getOrDefault returns").isEqualTo("fallback");
        assertThat(outcome.get().interruptedAfter())
                .as("getOrDefault cannot throw InterruptedException, so it must set the interrupt flag again"
                        + " (Thread.currentThread().interrupt()) · 인터럽트 플래그를 다시 설정해야 합니다")
                .isTrue();
        assertThat(never.isCancelled()).as("the caller gave up: the task is cancelled too").isTrue();
    }

    @Test
    @DisplayName("already interrupted: the fallback at once, the flag still set · 이미 인터럽트된 스레드")
    void alreadyInterrupted() throws InterruptedException {
        var never = new CompletableFuture<String>();
        var outcome = new AtomicReference<Outcome>();
        Thread caller = Thread.ofPlatform().name("get-or-default-interrupted-caller").unstarted(() -> {
            Thread.currentThread().interrupt();
            outcome.set(callGetOrDefault(never, WAIT.multipliedBy(2)));
        });
        caller.start();
        caller.join(WAIT);
        never.complete("too late");
        caller.join(WAIT);

        assertThat(outcome.get()).as("getOrDefault returned").isNotNull();
        assertThat(outcome.get().thrown()).as("what getOrDefault threw (nothing expected)").isNull();
        assertThat(outcome.get().returned()).isEqualTo("fallback");
        assertThat(outcome.get().interruptedAfter())
                .as("the interrupt flag must still be set after getOrDefault returns · 인터럽트 플래그 유지")
                .isTrue();
    }

    @Test
    @DisplayName("a failed task is an error, not a fallback · 실패한 작업은 대체값이 아니라 예외")
    void failedTaskIsNotAFallback() {
        var boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> getOrDefault(CompletableFuture.failedFuture(boom), TIMEOUT, "fallback"),
                "a failed task: CompletionException whose cause is the task's exception (like join()),"
                        + " not the fallback · 실패는 대체값이 아니라 예외로")
                .isInstanceOf(CompletionException.class)
                .cause().isSameAs(boom);
    }

    @Test
    @DisplayName("a cancelled task is reported as cancelled, not as failed or late · 취소는 실패도 지연도 아니다")
    void cancelledTask() {
        var cancelled = new CompletableFuture<String>();
        cancelled.cancel(true);
        assertThatThrownBy(() -> getOrDefault(cancelled, TIMEOUT, "fallback"),
                "a cancelled task: CancellationException, as is (not a CompletionException, not the fallback)")
                .isExactlyInstanceOf(CancellationException.class);
    }

    @Test
    @DisplayName("rejects a null future or timeout · null 퓨처나 타임아웃은 거부한다")
    void nulls() {
        assertThatThrownBy(() -> getOrDefault(null, TIMEOUT, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> getOrDefault(new CompletableFuture<String>(), null, "x"))
                .isInstanceOf(NullPointerException.class);
    }

    private static Outcome callGetOrDefault(Future<String> future, Duration timeout) {
        try {
            Object returned = getOrDefault(future, timeout, "fallback");
            return new Outcome(returned, null, Thread.currentThread().isInterrupted());
        } catch (RuntimeException | Error e) {
            return new Outcome(null, e, Thread.currentThread().isInterrupted());
        }
    }
}
