package dev.futuresworkbook.wait.exercises;

import static dev.futuresworkbook.wait.ReturnWhen.ALL_COMPLETED;
import static dev.futuresworkbook.wait.ReturnWhen.FIRST_COMPLETED;
import static dev.futuresworkbook.wait.ReturnWhen.FIRST_EXCEPTION;
import static dev.futuresworkbook.wait.exercises.WaitFor.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Call;
import dev.futuresworkbook.testkit.ExerciseTest;
import dev.futuresworkbook.testkit.Timeline.Drawn;
import dev.futuresworkbook.testkit.HeldTask;
import dev.futuresworkbook.testkit.WatchedFuture;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-1")
class Exercise1WaitForTest extends ExerciseTest {

    @Test
    @DisplayName("ALL_COMPLETED waits for every future of an executor · ALL_COMPLETED 모드는 실행기의 모든 퓨처가 끝날 때까지 기다린다")
    @Drawn("the call returns only after the last task ends · 마지막 작업이 끝난 뒤에야 호출이 돌아온다")
    void allCompletedWaitsForEveryFuture() {
        List<HeldTask<String>> tasks = List.of(HeldTask.returning("first"), HeldTask.returning("second"), HeldTask.returning("third"));
        try (var executor = pool(3)) {
            List<Future<String>> futures = tasks.stream().map(executor::submit).toList();
            var call = Call.start("waitFor", () -> waitFor(futures, null, ALL_COMPLETED)).awaitBlocked();
            tasks.get(2).release();
            tasks.get(0).release();
            call.assertStillRunningAfter(SHORT, """
                    Expected waitFor(ALL_COMPLETED) to keep waiting while one future is not done.
                    ALL_COMPLETED 모드에서는 끝나지 않은 퓨처가 하나라도 있으면 계속 기다려야 합니다.""");

            tasks.get(1).release();
            var result = call.assertReturnsWithin(WAIT, """
                    Expected waitFor(ALL_COMPLETED) to return once every future is done.
                    ALL_COMPLETED 모드에서는 모든 퓨처가 끝나면 돌아와야 합니다.""");
            assertThat(result.done()).as("done, in the order given · done 집합은 주어진 순서대로")
                    .containsExactlyElementsOf(futures);
            assertThat(result.notDone()).as("not done · notDone 집합").isEmpty();
        }
    }

    @Test
    @DisplayName("on timeout it returns what is done and what is not, and cancels nothing · 타임아웃이 나면 끝난 것과 안 끝난 것을 나눠 돌려주고, 아무것도 취소하지 않는다")
    void timeoutPartitionsWithoutCancelling() throws InterruptedException {
        var fast = HeldTask.returning(1);
        var slow = HeldTask.returning(2);
        fast.release();
        try (var executor = pool(2)) {
            Future<Integer> fastFuture = executor.submit(fast);
            Future<Integer> slowFuture = executor.submit(slow);
            assertThat(fastFuture).as("the fast task finishes first · 빠른 작업이 먼저 끝납니다").succeedsWithin(WAIT);
            var call = Call.start("waitFor", () -> waitFor(List.of(slowFuture, fastFuture), SHORT, ALL_COMPLETED));

            var result = call.assertReturnsWithin(WAIT, """
                    Expected waitFor to return when its timeout has passed.
                    타임아웃이 지나면 waitFor는 돌아와야 합니다.""");
            assertEndedWithin(call.elapsed(), SHORT, "waitFor");
            assertThat(result.done()).as("done · done 집합").containsExactly(fastFuture);
            assertThat(result.notDone()).as("not done · notDone 집합").containsExactly(slowFuture);
            assertThat(slowFuture.isCancelled())
                    .as("waitFor must not cancel what did not finish · waitFor는 못 끝낸 퓨처를 취소하면 안 됩니다")
                    .isFalse();
            assertThat(slow.wasInterrupted())
                    .as("waitFor must not interrupt the running task · waitFor는 돌고 있는 작업을 인터럽트하면 안 됩니다")
                    .isFalse();

            slow.release();
            assertThat(slowFuture).as("the slow task goes on and finishes · 느린 작업은 계속 돌아 끝나야 합니다")
                    .succeedsWithin(WAIT).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("FIRST_COMPLETED returns as soon as one future is done · FIRST_COMPLETED 모드는 퓨처 하나가 끝나면 바로 돌아온다")
    @Drawn("the call returns right after the first task ends, the others still run · 첫 작업이 끝나면 바로 돌아오고 나머지는 계속 돈다")
    void firstCompletedReturnsOnTheFirst() {
        List<HeldTask<String>> tasks = List.of(HeldTask.returning("a"), HeldTask.returning("b"), HeldTask.returning("c"));
        try (var executor = pool(3)) {
            List<Future<String>> futures = tasks.stream().map(executor::submit).toList();
            var call = Call.start("waitFor", () -> waitFor(futures, null, FIRST_COMPLETED)).awaitBlocked();
            tasks.get(1).release();

            var result = call.assertReturnsWithin(WAIT, """
                    Expected waitFor(FIRST_COMPLETED) to return once one future is done, not to wait for all.
                    FIRST_COMPLETED 모드에서는 퓨처 하나가 끝나면 모두를 기다리지 말고 돌아와야 합니다.""");
            assertThat(result.done()).as("done · done 집합").containsExactly(futures.get(1));
            assertThat(result.notDone()).as("not done · notDone 집합").containsExactly(futures.get(0), futures.get(2));
        }
    }

    @Test
    @DisplayName("FIRST_COMPLETED counts a cancellation as a completion · FIRST_COMPLETED 모드는 취소도 완료로 친다")
    void firstCompletedCountsACancellation() throws InterruptedException {
        CompletableFuture<String> held = pending();
        var cancelled = WatchedFuture.<String>named("cancelled");
        var call = Call.start("waitFor", () -> waitFor(List.<Future<String>>of(held, cancelled), null, FIRST_COMPLETED));
        cancelled.awaitWaiter(call);
        call.awaitBlocked();
        cancelled.cancel(true);

        var result = call.assertReturnsWithin(WAIT, """
                A cancelled future is done: expected waitFor(FIRST_COMPLETED) to return.
                취소된 퓨처도 끝난 퓨처이므로 FIRST_COMPLETED 모드에서는 돌아와야 합니다.""");
        assertThat(result.done()).as("a cancelled future belongs in done · 취소된 퓨처는 done 집합에 들어가야 합니다")
                .containsExactly(cancelled);
        assertThat(result.notDone()).as("not done · notDone 집합").containsExactly(held);
    }

    @Test
    @DisplayName("FIRST_COMPLETED with nothing done returns at the timeout, with every future not done · FIRST_COMPLETED 모드에서 아무것도 끝나지 않으면 타임아웃에 모든 퓨처를 notDone 집합에 담아 돌아온다")
    void firstCompletedTimesOut() {
        CompletableFuture<Integer> a = pending();
        var b = WatchedFuture.<Integer>named("b");
        var call = Call.start("waitFor", () -> waitFor(List.<Future<Integer>>of(a, b), SHORT, FIRST_COMPLETED));

        var result = call.assertReturnsWithin(WAIT, """
                Expected waitFor(FIRST_COMPLETED) to return when its timeout has passed.
                FIRST_COMPLETED 모드에서도 타임아웃이 지나면 돌아와야 합니다.""");
        assertEndedWithin(call.elapsed(), SHORT, "waitFor(FIRST_COMPLETED)");
        assertThat(result.done()).as("done · done 집합").isEmpty();
        assertThat(result.notDone()).as("not done · notDone 집합").containsExactly(a, b);
    }

    @Test
    @DisplayName("FIRST_EXCEPTION returns as soon as a task fails · FIRST_EXCEPTION 모드는 작업 하나가 실패하면 바로 돌아온다")
    void firstExceptionReturnsOnAFailure() {
        var ok = HeldTask.returning(1);
        var failing = HeldTask.<Integer>failingWith(new IllegalStateException("boom"));
        var held = HeldTask.returning(3);
        try (var executor = pool(3)) {
            Future<Integer> okFuture = executor.submit(ok);
            Future<Integer> failingFuture = executor.submit(failing);
            Future<Integer> heldFuture = executor.submit(held);
            ok.release();
            assertThat(okFuture).as("the released task finishes first · 풀어 준 작업이 먼저 끝납니다").succeedsWithin(WAIT);
            var call = Call.start("waitFor",
                    () -> waitFor(List.of(okFuture, failingFuture, heldFuture), null, FIRST_EXCEPTION)).awaitBlocked();
            failing.release();

            var result = call.assertReturnsWithin(WAIT, """
                    Expected waitFor(FIRST_EXCEPTION) to return once a future has failed.
                    FIRST_EXCEPTION 모드에서는 퓨처 하나가 실패하면 돌아와야 합니다.""");
            assertThat(result.done()).as("done · done 집합").containsExactly(okFuture, failingFuture);
            assertThat(result.notDone()).as("not done · notDone 집합").containsExactly(heldFuture);
        }
    }

    @Test
    @DisplayName("FIRST_EXCEPTION counts a future that failed before the call at once · FIRST_EXCEPTION 모드는 호출 전에 이미 실패한 퓨처를 바로 센다")
    void firstExceptionSeesAnEarlierFailure() {
        CompletableFuture<String> held = pending();
        CompletableFuture<String> failed = CompletableFuture.failedFuture(new IllegalStateException("earlier"));
        var call = Call.start("waitFor", () -> waitFor(List.of(held, failed), null, FIRST_EXCEPTION));

        var result = call.assertReturnsWithin(WAIT, """
                A future has already failed: expected waitFor(FIRST_EXCEPTION) to return at once.
                이미 실패한 퓨처가 있으니 FIRST_EXCEPTION 모드에서는 바로 돌아와야 합니다.""");
        assertThat(result.done()).as("done · done 집합").containsExactly(failed);
        assertThat(result.notDone()).as("not done · notDone 집합").containsExactly(held);
    }

    @Test
    @DisplayName("FIRST_EXCEPTION does not count a cancellation as a failure · FIRST_EXCEPTION 모드는 취소를 실패로 치지 않는다")
    void firstExceptionIgnoresACancellation() throws InterruptedException {
        CompletableFuture<String> held = pending();
        var cancelled = WatchedFuture.<String>named("cancelled");
        var call = Call.start("waitFor", () -> waitFor(List.<Future<String>>of(cancelled, held), SHORT, FIRST_EXCEPTION));
        cancelled.awaitWaiter(call);
        cancelled.cancel(true);

        var result = call.assertReturnsWithin(WAIT, """
                Expected waitFor(FIRST_EXCEPTION) to return at its timeout.
                FIRST_EXCEPTION 모드에서도 타임아웃이 지나면 돌아와야 합니다.""");
        assertEndedWithin(call.elapsed(), SHORT,
                "a cancellation is not a failure, so FIRST_EXCEPTION waits until the timeout"
                        + " · 취소는 실패가 아니므로 FIRST_EXCEPTION 모드는 타임아웃까지 기다려야 합니다");
        assertThat(result.done()).as("a cancelled future belongs in done · 취소된 퓨처는 done 집합에 들어가야 합니다")
                .containsExactly(cancelled);
        assertThat(result.notDone()).as("not done · notDone 집합").containsExactly(held);
    }

    @Test
    @DisplayName("FIRST_EXCEPTION with no failure waits for all, like ALL_COMPLETED · FIRST_EXCEPTION 모드는 실패가 없으면 ALL_COMPLETED 모드처럼 모두 기다린다")
    @Drawn("the call returns only after both futures are completed · 두 퓨처가 모두 끝난 뒤에야 호출이 돌아온다")
    void firstExceptionWithoutFailureWaitsForAll() throws InterruptedException {
        var a = WatchedFuture.<Integer>named("a");
        var b = WatchedFuture.<Integer>named("b");
        var call = Call.start("waitFor", () -> waitFor(List.<Future<Integer>>of(a, b), null, FIRST_EXCEPTION));
        b.awaitWaiter(call);
        b.complete(2);
        call.assertStillRunningAfter(SHORT, """
                A success is not a failure: expected waitFor(FIRST_EXCEPTION) to keep waiting while a future is not done.
                성공은 실패가 아니므로 FIRST_EXCEPTION 모드에서는 끝나지 않은 퓨처가 있는 동안 계속 기다려야 합니다.""");

        a.complete(1);
        var result = call.assertReturnsWithin(WAIT, """
                Expected waitFor(FIRST_EXCEPTION) to return once every future is done.
                FIRST_EXCEPTION 모드에서 모든 퓨처가 끝나면 돌아와야 합니다.""");
        assertThat(result.done()).as("done · done 집합").containsExactly(a, b);
        assertThat(result.notDone()).as("not done · notDone 집합").isEmpty();
    }

    @Test
    @DisplayName("leaves no thread blocked on the futures it gave up on · 돌아올 때 포기한 퓨처에 블로킹된 스레드를 남기지 않는다")
    void leavesNoWaiterBehind() throws InterruptedException {
        // Python's wait removes its waiter from every future before it returns. A waitFor that leaves a thread
        // blocked in get() on a future that may never complete leaks that thread, once per call.
        var first = WatchedFuture.<String>named("first");
        var never = WatchedFuture.<String>named("never");
        String rule = """
                Expected no thread still blocked in get() on a future that waitFor gave up on: interrupt your waiters when you return.
                waitFor가 돌아온 뒤에는 포기한 퓨처의 get() 호출에 블로킹된 스레드가 없어야 합니다. 돌아올 때 대기 스레드를 인터럽트하세요.""";
        var call = Call.start("waitFor", () -> waitFor(List.<Future<String>>of(first, never), null, FIRST_COMPLETED));
        first.awaitWaiter(call);
        never.awaitWaiter(call);
        first.complete("first");
        var result = call.assertReturnsWithin(WAIT, """
                Expected waitFor(FIRST_COMPLETED) to return once one future is done.
                FIRST_COMPLETED 모드에서는 퓨처 하나가 끝나면 돌아와야 합니다.""");
        assertThat(result.notDone()).as("not done · notDone 집합").containsExactly(never);
        assertThat(never.nobodyWaitsWithin()).as("after FIRST_COMPLETED · FIRST_COMPLETED 모드 뒤: " + rule).isTrue();

        var timed = Call.start("waitFor", () -> waitFor(List.<Future<String>>of(never), SHORT, ALL_COMPLETED));
        timed.assertReturnsWithin(WAIT, """
                Expected waitFor to return when its timeout has passed.
                타임아웃이 지나면 waitFor는 돌아와야 합니다.""");
        assertThat(never.nobodyWaitsWithin()).as("after a timeout · 타임아웃 뒤: " + rule).isTrue();
    }

    @Test
    @DisplayName("waits by blocking, not by polling · 폴링하지 않고 블로킹해서 기다린다")
    void noPolling() throws InterruptedException {
        // Two futures the test holds 3 SHORT, with a LONG timeout. A blocking waitFor looks at each a handful
        // of times, and if it waits with a timed get(), it asks for the time left. A loop that polls isDone() or
        // state() looks dozens of times, or sleeps between looks; a loop of short timed get()s asks for much less
        // than the time left.
        var first = WatchedFuture.<String>named("first");
        var second = WatchedFuture.<String>named("second");
        var call = Call.start("waitFor",
                () -> waitFor(List.<Future<String>>of(first, second), LONG, ALL_COMPLETED));
        boolean slept = call.seenSleepingWithin(SHORT.multipliedBy(3));
        call.assertStillRunningAfter(Duration.ZERO, """
                Expected waitFor(ALL_COMPLETED) to keep waiting while no future is done.
                끝난 퓨처가 없으면 ALL_COMPLETED 모드는 계속 기다려야 합니다.""");
        if (!slept) { // a waitFor that waits in get(), timed or not, has called it on both futures by now
            first.awaitWaiter(call);
            second.awaitWaiter(call);
        }
        int looks = WatchedFuture.looks(List.of(first, second));
        first.complete("first");
        second.complete("second");

        var result = call.assertReturnsWithin(WAIT, """
                Expected waitFor(ALL_COMPLETED) to return once every future is done.
                ALL_COMPLETED 모드에서는 모든 퓨처가 끝나면 돌아와야 합니다.""");
        assertThat(slept)
                .as("the waiting thread was seen in Thread.sleep, after %d looks at the futures: a loop that looks"
                        + " and sleeps is polling. Block until a future is done · 기다리는 스레드가 Thread.sleep 안에"
                        + " 있었습니다(퓨처 상태를 %d번 봄). 살펴보고 잠드는 반복문은 폴링입니다. 퓨처가 끝날 때까지"
                        + " 블로킹하세요", looks, looks)
                .isFalse();
        assertThat(looks)
                .as("looks at isDone/isCancelled/state/get(timeout) while no future was done: a blocking wait needs"
                        + " a few, a polling loop dozens · 끝난 퓨처가 없는 동안 상태를 본 횟수. 블로킹하는 대기는"
                        + " 몇 번이면 되고, 폴링하는 반복문은 수십 번 봅니다. 폴링하지 말고 블로킹하세요")
                .isLessThan(25);
        for (WatchedFuture<String> future : List.of(first, second)) {
            Duration asked = future.shortestTimedGet();
            String askedMs = asked == null ? "-" : asked.toMillis() + " ms";
            assertThat(asked == null || asked.compareTo(WAIT) >= 0)
                    .as("a timed get() on %s asked for only %s of the LONG timeout left: a loop of short timed gets is"
                            + " polling. Block with the time left · %s 퓨처에 대한 get(timeout) 호출이 남은 시간 중"
                            + " %s 동안만 기다렸습니다. 짧은 get(timeout) 호출의 반복도 폴링입니다. 남은 시간만큼 블로킹하세요",
                            future, askedMs, future, askedMs)
                    .isTrue();
        }
        assertThat(result.done()).as("done · done 집합").containsExactly(first, second);
    }
}
