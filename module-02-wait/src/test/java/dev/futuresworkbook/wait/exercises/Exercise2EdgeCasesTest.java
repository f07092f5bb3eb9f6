package dev.futuresworkbook.wait.exercises;

import static dev.futuresworkbook.wait.ReturnWhen.ALL_COMPLETED;
import static dev.futuresworkbook.wait.ReturnWhen.FIRST_COMPLETED;
import static dev.futuresworkbook.wait.exercises.Futures.waitFor;
import static dev.futuresworkbook.wait.exercises.WaitTesting.MARGIN;
import static dev.futuresworkbook.wait.exercises.WaitTesting.SHORT;
import static dev.futuresworkbook.wait.exercises.WaitTesting.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.futuresworkbook.wait.DoneAndNotDone;
import dev.futuresworkbook.wait.ReturnWhen;
import dev.futuresworkbook.wait.exercises.WaitTesting.Call;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Tag("exercise-2")
@DisplayName("Exercise 2 · 연습 2 — waitFor: duplicates, empty, done already, no timeout, bad input")
@ExtendWith(VirtualThreadsWarmUp.class)
class Exercise2EdgeCasesTest {

    @Test
    @DisplayName("a future given twice appears once · 두 번 준 퓨처는 한 번만 나온다")
    void duplicatesOnce() throws InterruptedException {
        var a = CompletableFuture.completedFuture("a");
        var b = new CompletableFuture<String>();
        try {
            DoneAndNotDone<CompletableFuture<String>> result = waitFor(List.of(a, b, a, b, a), Duration.ZERO, ALL_COMPLETED);
            assertThat(result.done()).as("done").containsExactly(a);
            assertThat(result.notDone()).as("not done").containsExactly(b);
        } finally {
            b.complete("b");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReturnWhen.class)
    @DisplayName("no futures: two empty sets, at once, even with no timeout · 퓨처가 없으면 바로 빈 집합 두 개")
    void emptyReturnsAtOnce(ReturnWhen returnWhen) {
        Call<DoneAndNotDone<Future<Object>>> call = Call.start("waitFor", () -> waitFor(List.<Future<Object>>of(), null, returnWhen));
        DoneAndNotDone<Future<Object>> result = assertThat(call.result)
                .as("waitFor(no futures, no timeout, %s) must return at once: there is nothing to wait for", returnWhen)
                .succeedsWithin(WAIT).actual();
        assertThat(result.done()).isEmpty();
        assertThat(result.notDone()).isEmpty();
    }

    @Test
    @DisplayName("futures done before the call count at once: finished, failed and cancelled · 이미 끝난 퓨처는 바로 센다")
    void alreadyDoneCountsAtOnce() throws InterruptedException {
        var finished = CompletableFuture.completedFuture(1);
        CompletableFuture<Integer> failed = CompletableFuture.failedFuture(new IllegalStateException("boom"));
        var cancelled = new FutureTask<>(() -> 3);
        cancelled.cancel(false);
        var pending = new FutureTask<>(() -> 4);

        DoneAndNotDone<Future<Integer>> result =
                waitFor(List.<Future<Integer>>of(pending, finished, failed, cancelled), Duration.ZERO, ALL_COMPLETED);
        assertThat(result.done()).as("finished, failed and cancelled futures are all done")
                .containsExactly(finished, failed, cancelled);
        assertThat(result.notDone()).containsExactly(pending);
    }

    @Test
    @DisplayName("when what is already done meets returnWhen, it returns at once · 조건이 이미 맞으면 바로 돌아온다")
    void alreadyMetReturnsAtOnce() {
        var never = new CompletableFuture<String>();
        var done = CompletableFuture.completedFuture("done");
        try {
            Call<DoneAndNotDone<CompletableFuture<String>>> call =
                    Call.start("waitFor", () -> waitFor(List.of(never, done), null, FIRST_COMPLETED));
            DoneAndNotDone<CompletableFuture<String>> result = assertThat(call.result)
                    .as("FIRST_COMPLETED with a future already done must not wait at all").succeedsWithin(WAIT).actual();
            assertThat(result.done()).containsExactly(done);
            assertThat(result.notDone()).containsExactly(never);

            Call<DoneAndNotDone<CompletableFuture<String>>> all =
                    Call.start("waitFor", () -> waitFor(List.of(done, done), null, ALL_COMPLETED));
            assertThat(all.result).as("ALL_COMPLETED with everything done must not wait at all").succeedsWithin(WAIT);
        } finally {
            never.complete("end");
        }
    }

    @Test
    @DisplayName("a zero timeout looks without waiting · 타임아웃 0은 기다리지 않고 본다")
    void zeroTimeout() {
        var never = new CompletableFuture<String>();
        try {
            Call<DoneAndNotDone<CompletableFuture<String>>> call =
                    Call.start("waitFor", () -> waitFor(List.of(never), Duration.ZERO, ALL_COMPLETED));
            DoneAndNotDone<CompletableFuture<String>> result = assertThat(call.result).succeedsWithin(WAIT).actual();
            assertThat(call.elapsed()).as("Duration.ZERO must not wait").isLessThan(MARGIN);
            assertThat(result.notDone()).containsExactly(never);
        } finally {
            never.complete("end");
        }
    }

    @Test
    @DisplayName("no timeout (null) waits as long as it takes · null이면 끝날 때까지 기다린다")
    void noTimeoutWaitsAsLongAsItTakes() {
        var slow = new CompletableFuture<String>();
        try {
            Call<DoneAndNotDone<CompletableFuture<String>>> call =
                    Call.start("waitFor", () -> waitFor(List.of(slow), null, ALL_COMPLETED));
            call.awaitBlocked();
            assertThat(call.result).as("no timeout is not a zero timeout: waitFor must still be waiting")
                    .failsWithin(SHORT).withThrowableOfType(TimeoutException.class);
            slow.complete("slow");

            DoneAndNotDone<CompletableFuture<String>> result = assertThat(call.result)
                    .as("with no timeout, waitFor returns once the future is done").succeedsWithin(WAIT).actual();
            assertThat(result.done()).containsExactly(slow);
            assertThat(result.notDone()).isEmpty();
        } finally {
            slow.complete("end");
        }
    }

    @Test
    @DisplayName("a huge timeout works like no timeout, without long overflow · 아주 긴 타임아웃도 오버플로 없이")
    void hugeTimeout() {
        for (Duration huge : List.of(Duration.ofNanos(Long.MAX_VALUE), Duration.ofSeconds(Long.MAX_VALUE))) {
            var slow = new CompletableFuture<String>();
            try {
                Call<DoneAndNotDone<CompletableFuture<String>>> call =
                        Call.start("waitFor", () -> waitFor(List.of(slow), huge, ALL_COMPLETED));
                call.awaitBlocked();
                assertThat(call.result)
                        .as("waitFor(timeout = %s) must wait, not return or fail at once: check for long overflow"
                                + " (now + timeout)", huge)
                        .failsWithin(SHORT).withThrowableOfType(TimeoutException.class);
                slow.complete("slow");

                DoneAndNotDone<CompletableFuture<String>> result = assertThat(call.result).succeedsWithin(WAIT).actual();
                assertThat(result.done()).containsExactly(slow);
            } finally {
                slow.complete("end");
            }
        }
    }

    @Test
    @DisplayName("one timeout for all the futures, counted from the call · 타임아웃은 호출 시점부터 한 번만 센다")
    void oneTimeoutForAll() {
        List<CompletableFuture<Integer>> never = IntStream.range(0, 30).mapToObj(i -> new CompletableFuture<Integer>()).toList();
        try {
            Call<DoneAndNotDone<CompletableFuture<Integer>>> call =
                    Call.start("waitFor", () -> waitFor(never, SHORT, ALL_COMPLETED));
            DoneAndNotDone<CompletableFuture<Integer>> result = assertThat(call.result)
                    .succeedsWithin(SHORT.multipliedBy(30).plus(WAIT)).actual();
            assertThat(call.elapsed()).as("a timeout never returns early").isGreaterThanOrEqualTo(SHORT);
            assertThat(call.elapsed())
                    .as("30 futures, timeout %s: the timeout is for all of them together, not %s for each", SHORT, SHORT)
                    .isLessThan(SHORT.plus(MARGIN));
            assertThat(result.notDone()).hasSize(30);
        } finally {
            never.forEach(f -> f.complete(0));
        }
    }

    @Test
    @DisplayName("a completion does not restart the timeout · 하나가 끝나도 타임아웃은 다시 시작하지 않는다")
    void completionsDoNotRestartTheTimeout() {
        // 20 futures finish one every 150 ms, for 3 s; one never does. Timeout 300 ms: waitFor must return at
        // ~300 ms. Restarting the timeout at each completion would keep it waiting until ~3.3 s.
        Duration timeout = Duration.ofMillis(300);
        List<CompletableFuture<Integer>> futures = new ArrayList<>();
        for (int i = 0; i <= 20; i++) futures.add(new CompletableFuture<>());
        List<ScheduledFuture<Boolean>> completions = new ArrayList<>();
        var scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            Call<DoneAndNotDone<CompletableFuture<Integer>>> call =
                    Call.start("waitFor", () -> waitFor(futures, timeout, ALL_COMPLETED));
            for (int i = 0; i < 20; i++) {
                CompletableFuture<Integer> future = futures.get(i);
                completions.add(scheduler.schedule(() -> future.complete(1), 150L * (i + 1), TimeUnit.MILLISECONDS));
            }
            DoneAndNotDone<CompletableFuture<Integer>> result = assertThat(call.result).succeedsWithin(WAIT.plus(WAIT)).actual();
            assertThat(call.elapsed()).as("a timeout never returns early").isGreaterThanOrEqualTo(timeout);
            assertThat(call.elapsed())
                    .as("timeout %s counted from the call; futures finishing every 150 ms must not restart it", timeout)
                    .isLessThan(timeout.plus(MARGIN));
            assertThat(result.notDone()).contains(futures.get(20));
        } finally {
            completions.forEach(completion -> completion.cancel(false)); // those still to come: not needed any more
            scheduler.shutdownNow(); // drops the cancelled ones from its queue, so that close() need not wait for them
            scheduler.close();
            futures.forEach(f -> f.complete(0));
        }
    }

    @Test
    @DisplayName("the sets keep the order given, and cannot be changed · 주어진 순서를 지키고, 바꿀 수 없다")
    void orderedAndUnmodifiable() throws InterruptedException {
        List<CompletableFuture<Integer>> futures = IntStream.range(0, 10).mapToObj(i -> new CompletableFuture<Integer>()).toList();
        for (int i = futures.size() - 1; i >= 1; i--) futures.get(i).complete(i); // in reverse order; 0 stays open
        try {
            DoneAndNotDone<CompletableFuture<Integer>> result = waitFor(futures, Duration.ZERO, ALL_COMPLETED);
            assertThat(result.done()).as("done, in the order of the input (not of completion, not a HashSet's)")
                    .containsExactlyElementsOf(futures.subList(1, futures.size()));
            assertThat(result.notDone()).containsExactly(futures.get(0));
            assertThatThrownBy(() -> result.done().add(futures.get(0))).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> result.notDone().clear()).isInstanceOf(UnsupportedOperationException.class);
        } finally {
            futures.get(0).complete(0);
        }
    }

    @Test
    @DisplayName("null futures, a null future or a null returnWhen: NullPointerException · null은 NullPointerException")
    void nulls() {
        var future = CompletableFuture.completedFuture(1);
        assertThatThrownBy(() -> waitFor(null, Duration.ZERO, ALL_COMPLETED)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> waitFor(Arrays.asList(future, null), Duration.ZERO, ALL_COMPLETED))
                .as("a null element").isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> waitFor(List.of(future), Duration.ZERO, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("a negative timeout: IllegalArgumentException · 음수 타임아웃은 IllegalArgumentException")
    void negativeTimeout() {
        var future = new CompletableFuture<Integer>();
        try {
            for (Duration negative : List.of(Duration.ofMillis(-1), Duration.ofNanos(-1), Duration.ofSeconds(Long.MIN_VALUE))) {
                assertThatThrownBy(() -> waitFor(List.of(future), negative, ALL_COMPLETED))
                        .as("timeout %s", negative).isInstanceOf(IllegalArgumentException.class);
            }
        } finally {
            future.complete(0);
        }
    }

    @Test
    @DisplayName("an interrupt while waiting ends it with InterruptedException · 기다리다 인터럽트되면 InterruptedException")
    void interrupted() {
        var never = new CompletableFuture<String>();
        try {
            Call<DoneAndNotDone<CompletableFuture<String>>> call = Call.start("waitFor", () -> waitFor(List.of(never), null, ALL_COMPLETED));
            call.awaitBlocked();
            call.thread.interrupt();
            assertThat(call.result).as("an interrupted waitFor must throw InterruptedException, not swallow it")
                    .failsWithin(WAIT).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(InterruptedException.class);
        } finally {
            never.complete("end");
        }
    }
}
