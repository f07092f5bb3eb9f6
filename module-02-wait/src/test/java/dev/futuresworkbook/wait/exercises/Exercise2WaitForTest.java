package dev.futuresworkbook.wait.exercises;

import static dev.futuresworkbook.wait.ReturnWhen.ALL_COMPLETED;
import static dev.futuresworkbook.wait.ReturnWhen.FIRST_COMPLETED;
import static dev.futuresworkbook.wait.exercises.WaitFor.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Call;
import dev.futuresworkbook.testkit.ExerciseTest;
import dev.futuresworkbook.testkit.Timeline.Drawn;
import dev.futuresworkbook.testkit.WatchedFuture;
import dev.futuresworkbook.wait.DoneAndNotDone;
import dev.futuresworkbook.wait.ReturnWhen;
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
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Tag("exercise-2")
class Exercise2WaitForTest extends ExerciseTest {

    @Test
    @DisplayName("a future given twice appears once · 두 번 넘긴 퓨처는 결과에 한 번만 나온다")
    void duplicatesOnce() throws InterruptedException {
        var a = CompletableFuture.completedFuture("a");
        CompletableFuture<String> b = pending();
        DoneAndNotDone<CompletableFuture<String>> result = waitFor(List.of(a, b, a, b, a), Duration.ZERO, ALL_COMPLETED);
        assertThat(result.done()).as("done, each future once · done 집합, 퓨처마다 한 번").containsExactly(a);
        assertThat(result.notDone()).as("not done, each future once · notDone 집합, 퓨처마다 한 번").containsExactly(b);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReturnWhen.class)
    @DisplayName("with no futures it returns two empty sets at once, even with no timeout · 퓨처가 없으면 타임아웃이 없어도 빈 집합 두 개를 바로 돌려준다")
    void emptyReturnsAtOnce(ReturnWhen returnWhen) {
        var call = Call.start("waitFor", () -> waitFor(List.<Future<Object>>of(), null, returnWhen));

        var result = call.assertReturnsWithin(WAIT, """
                No futures, no timeout: expected waitFor to return at once, as there is nothing to wait for.
                퓨처가 없으면 기다릴 것이 없으니, 타임아웃이 없어도 waitFor는 바로 돌아와야 합니다.""");
        assertThat(result.done()).as("done · done 집합").isEmpty();
        assertThat(result.notDone()).as("not done · notDone 집합").isEmpty();
    }

    @Test
    @DisplayName("futures done before the call count at once: finished, failed and cancelled · 호출 전에 끝난 퓨처는 정상 완료든 실패든 취소든 바로 done 집합에 센다")
    void alreadyDoneCountsAtOnce() throws InterruptedException {
        var finished = CompletableFuture.completedFuture(1);
        CompletableFuture<Integer> failed = CompletableFuture.failedFuture(new IllegalStateException("boom"));
        var cancelled = new FutureTask<>(() -> 3);
        cancelled.cancel(false);
        var pending = new FutureTask<>(() -> 4);

        DoneAndNotDone<Future<Integer>> result =
                waitFor(List.<Future<Integer>>of(pending, finished, failed, cancelled), Duration.ZERO, ALL_COMPLETED);
        assertThat(result.done())
                .as("finished, failed and cancelled futures are all done · 정상 완료, 실패, 취소된 퓨처는 모두 끝난 퓨처입니다")
                .containsExactly(finished, failed, cancelled);
        assertThat(result.notDone()).as("not done · notDone 집합").containsExactly(pending);
    }

    @Test
    @DisplayName("when what is already done meets returnWhen, it returns at once · 이미 끝난 퓨처로 returnWhen 조건이 맞으면 바로 돌아온다")
    void alreadyMetReturnsAtOnce() {
        CompletableFuture<String> never = pending();
        var done = CompletableFuture.completedFuture("done");
        var call = Call.start("waitFor", () -> waitFor(List.of(never, done), null, FIRST_COMPLETED));
        var result = call.assertReturnsWithin(WAIT, """
                FIRST_COMPLETED with a future already done: expected waitFor to return without waiting.
                이미 끝난 퓨처가 있으면 FIRST_COMPLETED 모드는 기다리지 않고 돌아와야 합니다.""");
        assertThat(result.done()).as("done · done 집합").containsExactly(done);
        assertThat(result.notDone()).as("not done · notDone 집합").containsExactly(never);

        var all = Call.start("waitFor", () -> waitFor(List.of(done, done), null, ALL_COMPLETED));
        all.assertReturnsWithin(WAIT, """
                ALL_COMPLETED with every future done: expected waitFor to return without waiting.
                모든 퓨처가 이미 끝났으면 ALL_COMPLETED 모드는 기다리지 않고 돌아와야 합니다.""");
    }

    @Test
    @DisplayName("a zero timeout looks without waiting · 타임아웃 0은 기다리지 않고 상태만 본다")
    void zeroTimeout() {
        CompletableFuture<String> never = pending();
        var call = Call.start("waitFor", () -> waitFor(List.of(never), Duration.ZERO, ALL_COMPLETED));

        var result = call.assertReturnsWithin(WAIT, """
                Duration.ZERO: expected waitFor to look and return.
                타임아웃이 Duration.ZERO 값이면 waitFor는 상태만 보고 돌아와야 합니다.""");
        assertEndedWithin(call.elapsed(), Duration.ZERO, "waitFor(Duration.ZERO)");
        assertThat(result.notDone()).as("not done · notDone 집합").containsExactly(never);
    }

    @Test
    @DisplayName("no timeout (null) waits as long as it takes · 타임아웃 인자가 null 값이면 끝날 때까지 기다린다")
    void noTimeoutWaitsAsLongAsItTakes() {
        CompletableFuture<String> slow = pending();
        var call = Call.start("waitFor", () -> waitFor(List.of(slow), null, ALL_COMPLETED)).awaitBlocked();
        call.assertStillRunningAfter(SHORT, """
                No timeout is not a zero timeout: expected waitFor to keep waiting.
                타임아웃이 없다는 것은 타임아웃 0과 다릅니다. waitFor는 계속 기다려야 합니다.""");
        slow.complete("slow");

        var result = call.assertReturnsWithin(WAIT, """
                With no timeout: expected waitFor to return once the future is done.
                타임아웃이 없어도 퓨처가 끝나면 waitFor는 돌아와야 합니다.""");
        assertThat(result.done()).as("done · done 집합").containsExactly(slow);
    }

    @Test
    @DisplayName("a huge timeout works like no timeout, without long overflow · 아주 긴 타임아웃은 long 오버플로 없이 타임아웃 없음처럼 기다린다")
    void hugeTimeout() {
        for (Duration huge : HUGE) {
            CompletableFuture<String> slow = pending();
            var call = Call.start("waitFor", () -> waitFor(List.of(slow), huge, ALL_COMPLETED)).awaitBlocked();
            call.assertStillRunningAfter(SHORT, """
                    timeout = %s: expected waitFor to wait, not to return or fail at once. Check for long overflow (now + timeout).
                    타임아웃이 %s 값이면 waitFor는 바로 돌아오거나 실패하지 말고 기다려야 합니다. now + timeout 계산에서 long 오버플로가 나지 않는지 확인하세요."""
                    .formatted(huge, huge));
            slow.complete("slow");

            var result = call.assertReturnsWithin(WAIT, """
                    Expected waitFor to return once the future is done.
                    퓨처가 끝나면 waitFor는 돌아와야 합니다.""");
            assertThat(result.done()).as("done · done 집합").containsExactly(slow);
        }
    }

    @Test
    @DisplayName("one timeout for all the futures, counted from the call · 타임아웃은 모든 퓨처에 한 번, 호출 시점부터 센다")
    void oneTimeoutForAll() {
        List<CompletableFuture<Integer>> never = IntStream.range(0, 30).mapToObj(i -> ExerciseTest.<Integer>pending()).toList();
        var call = Call.start("waitFor", () -> waitFor(never, SHORT, ALL_COMPLETED));

        var result = call.assertReturnsWithin(SHORT.multipliedBy(30).plus(WAIT), """
                Expected waitFor to return when its timeout has passed.
                타임아웃이 지나면 waitFor는 돌아와야 합니다.""");
        assertEndedWithin(call.elapsed(), SHORT, """
                30 futures, one timeout for all of them together, not one for each
                퓨처 30개에 타임아웃은 모두 합쳐 한 번입니다. 퓨처마다 따로 세지 않습니다""");
        assertThat(result.notDone()).as("not done · notDone 집합").hasSize(30);
    }

    @Test
    @DisplayName("the timeout counts from the call, so the time spent looking at the futures counts too · 타임아웃은 호출 시점부터 세므로 퓨처를 살펴보는 시간도 타임아웃에 들어간다")
    @Drawn("the call returns one timeout after it started, not after its setup · 준비가 끝난 때가 아니라 호출한 때부터 타임아웃 한 번 뒤에 돌아온다")
    void timeoutCountsFromTheCall() {
        // The first look at this future (isDone(), state(), ...) takes as long as the whole timeout: it stands for
        // a slow setup. With the timeout counted from the call, waitFor has no time left after it and returns at
        // once; a waitFor that reads the clock only after its setup waits the timeout again.
        Duration slowLook = SHORT.multipliedBy(4);
        Duration timeout = SHORT.multipliedBy(4);
        var slowToLookAt = WatchedFuture.<Integer>named("slow to look at").withSlowFirstLook(slowLook);
        var call = Call.start("waitFor", () -> waitFor(List.of(slowToLookAt), timeout, ALL_COMPLETED));

        var result = call.assertReturnsWithin(WAIT, """
                Expected waitFor to return when its timeout has passed.
                타임아웃이 지나면 waitFor는 돌아와야 합니다.""");
        assertThat(call.elapsed())
                .as("the first look at the future took %d ms of the %d ms timeout: waitFor took %d ms, so it counted"
                        + " the timeout from after its setup. Read the clock first · 퓨처를 처음 살펴보는 데 타임아웃 %d밀리초"
                        + " 중 %d밀리초가 걸렸는데 waitFor는 %d밀리초 걸렸습니다. 준비를 마친 뒤부터 타임아웃을 셌습니다."
                        + " 시계는 맨 먼저 읽으세요", slowLook.toMillis(), timeout.toMillis(), call.elapsed().toMillis(),
                        timeout.toMillis(), slowLook.toMillis(), call.elapsed().toMillis())
                .isLessThan(slowLook.plus(timeout));
        assertThat(result.notDone()).as("not done · notDone 집합").containsExactly(slowToLookAt);
    }

    @Test
    @DisplayName("a completion does not restart the timeout · 퓨처 하나가 끝나도 타임아웃을 다시 시작하지 않는다")
    void completionsDoNotRestartTheTimeout() {
        // Futures finish one every SHORT, for longer than the timeout plus MARGIN; one never does. waitFor must
        // return at its timeout (3 SHORT). Restarting the timeout at each completion keeps it waiting past MARGIN.
        Duration timeout = SHORT.multipliedBy(3);
        int finishing = (int) (timeout.plus(MARGIN).plus(timeout).toNanos() / SHORT.toNanos()) + 1;
        List<CompletableFuture<Integer>> futures = new ArrayList<>();
        for (int i = 0; i <= finishing; i++) futures.add(pending());
        List<ScheduledFuture<Boolean>> completions = new ArrayList<>();
        var scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            var call = Call.start("waitFor", () -> waitFor(futures, timeout, ALL_COMPLETED));
            for (int i = 0; i < finishing; i++) {
                CompletableFuture<Integer> future = futures.get(i);
                completions.add(scheduler.schedule(() -> future.complete(1), SHORT.toNanos() * (i + 1), TimeUnit.NANOSECONDS));
            }
            var result = call.assertReturnsWithin(WAIT.plus(WAIT), """
                    Expected waitFor to return when its timeout has passed.
                    타임아웃이 지나면 waitFor는 돌아와야 합니다.""");
            assertEndedWithin(call.elapsed(), timeout, """
                    futures finishing one after another must not restart the timeout
                    퓨처가 잇달아 끝나도 타임아웃을 다시 시작하면 안 됩니다""");
            assertThat(result.notDone()).as("not done · notDone 집합").contains(futures.get(finishing));
        } finally {
            completions.forEach(completion -> completion.cancel(false)); // those still to come: not needed any more
            scheduler.shutdownNow(); // drops the cancelled ones from its queue, so that close() need not wait for them
            scheduler.close();
            futures.forEach(f -> f.complete(0));
        }
    }

    @Test
    @DisplayName("the sets keep the order given, and cannot be changed · 두 집합은 주어진 순서를 지키고, 바꿀 수 없다")
    void orderedAndUnmodifiable() throws InterruptedException {
        List<CompletableFuture<Integer>> futures = IntStream.range(0, 10).mapToObj(i -> ExerciseTest.<Integer>pending()).toList();
        for (int i = futures.size() - 1; i >= 1; i--) futures.get(i).complete(i); // in reverse order; 0 stays open
        DoneAndNotDone<CompletableFuture<Integer>> result = waitFor(futures, Duration.ZERO, ALL_COMPLETED);
        assertThat(result.done())
                .as("done, in the order of the input, not of completion, not a HashSet's · done 집합은 완료 순서나"
                        + " HashSet 순서가 아니라 입력 순서여야 합니다")
                .containsExactlyElementsOf(futures.subList(1, futures.size()));
        assertThat(result.notDone()).as("not done · notDone 집합").containsExactly(futures.get(0));
        assertThrows(UnsupportedOperationException.class, () -> result.done().add(futures.get(0)),
                "done cannot be changed · done 집합은 바꿀 수 없어야 합니다");
        assertThrows(UnsupportedOperationException.class, () -> result.notDone().clear(),
                "notDone cannot be changed · notDone 집합은 바꿀 수 없어야 합니다");
    }

    @Test
    @DisplayName("rejects null futures, a null future or a null returnWhen with NullPointerException · null 퓨처 목록, null 퓨처, null returnWhen은 NullPointerException으로 거부한다")
    void nulls() {
        var future = CompletableFuture.completedFuture(1);
        assertThrows(NullPointerException.class, () -> waitFor(null, Duration.ZERO, ALL_COMPLETED),
                "null futures: expected NullPointerException · null 퓨처 목록은 NullPointerException으로 거부해야 합니다");
        assertThrows(NullPointerException.class, () -> waitFor(Arrays.asList(future, null), Duration.ZERO, ALL_COMPLETED),
                "a null future: expected NullPointerException · null 퓨처는 NullPointerException으로 거부해야 합니다");
        assertThrows(NullPointerException.class, () -> waitFor(List.of(future), Duration.ZERO, null),
                "a null returnWhen: expected NullPointerException · null returnWhen은 NullPointerException으로 거부해야 합니다");
    }

    @Test
    @DisplayName("rejects a negative timeout with IllegalArgumentException · 음수 타임아웃은 IllegalArgumentException으로 거부한다")
    void negativeTimeout() {
        CompletableFuture<Integer> future = pending();
        for (Duration negative : NEGATIVES) {
            assertThrows(IllegalArgumentException.class, () -> waitFor(List.of(future), negative, ALL_COMPLETED),
                    "timeout %s: expected IllegalArgumentException · 음수 타임아웃 %s 값은 IllegalArgumentException으로 거부해야 합니다"
                            .formatted(negative, negative));
        }
    }

    @Test
    @DisplayName("an interrupt while waiting ends it with InterruptedException · 기다리다 인터럽트되면 InterruptedException을 던진다")
    void interrupted() {
        CompletableFuture<String> never = pending();
        var call = Call.start("waitFor", () -> waitFor(List.of(never), null, ALL_COMPLETED)).awaitBlocked();
        call.interrupt();

        call.assertThrowsWithin(WAIT, InterruptedException.class, """
                Interrupted while waiting: expected InterruptedException, not swallowed.
                기다리다 인터럽트되면 삼키지 말고 InterruptedException을 던져야 합니다.""");
    }
}
