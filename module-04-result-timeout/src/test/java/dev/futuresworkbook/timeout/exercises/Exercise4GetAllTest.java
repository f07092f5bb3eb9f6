package dev.futuresworkbook.timeout.exercises;

import static dev.futuresworkbook.timeout.exercises.GetAll.getAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Call;
import dev.futuresworkbook.testkit.ExerciseTest;
import dev.futuresworkbook.testkit.Timeline.Drawn;
import dev.futuresworkbook.testkit.HeldTask;
import dev.futuresworkbook.testkit.WatchedFuture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-4")
class Exercise4GetAllTest extends ExerciseTest {

    private static final String TIMES_OUT = """
            Not every result came before the deadline: expected TimeoutException.
            마감 시각 전에 모든 결과가 오지 않았으니 TimeoutException을 던져야 합니다.""";

    private static final String CANCELS_THE_PENDING = """
            getAll gave up: expected the future that is not done to be cancelled.
            getAll이 포기했으니 끝나지 않은 퓨처는 취소해야 합니다.""";

    @Test
    @DisplayName("returns every result in the list's order, whatever order they come in, and cancels nothing · 결과가 어떤 순서로 오든 목록 순서대로 모든 결과를 돌려주고, 아무것도 취소하지 않는다")
    void resultsInOrder() {
        List<CompletableFuture<String>> futures =
                List.of(new CompletableFuture<>(), new CompletableFuture<>(), new CompletableFuture<>());
        var call = Call.start("getAll", () -> getAll(futures, WAIT)).awaitBlocked();
        futures.get(2).complete("third");
        futures.get(1).complete("second");
        futures.get(0).complete("first");

        var results = call.assertReturnsWithin(WAIT, """
                Expected getAll to return once every future is done.
                모든 퓨처가 끝나면 getAll은 돌아와야 합니다.""");
        assertThat(results).as("""
                The results came in reverse order: expected them in the list's order.
                결과가 거꾸로 왔어도 목록 순서대로 돌려줘야 합니다.""").containsExactly("first", "second", "third");
        assertThat(futures).as("""
                Expected futures that completed in time not to be cancelled.
                제때 끝난 퓨처는 취소하면 안 됩니다.""").noneMatch(Future::isCancelled);
    }

    @Test
    @DisplayName("one deadline for the whole call: each get waits only for the time left, not for a timeout of its own · 호출 전체에 마감 시각 하나를 두어, get마다 자기 타임아웃이 아니라 남은 시간만 기다린다")
    @Drawn("the call throws (!) one timeout after it started, however late the first future is · 첫 퓨처가 늦어도 호출 뒤 타임아웃 한 번에 예외(!)로 끝난다")
    void oneDeadlineNotOnePerGet() throws InterruptedException {
        Duration timeout = SHORT.multipliedBy(4);
        Duration firstTakes = SHORT.multipliedBy(2);
        var first = WatchedFuture.<String>named("first");
        var second = WatchedFuture.<String>named("second");
        var call = Call.start("getAll", () -> getAll(List.of(first, second), timeout));
        first.awaitWaiter(call);
        letTimePass(firstTakes);
        first.complete("first");
        second.awaitWaiter(call);

        call.assertThrowsWithin(timeout.plus(MARGIN), TimeoutException.class, TIMES_OUT);
        assertThat(second.shortestTimedGet()).as("""
                The first result took half the timeout: expected the get on the second future to wait at most \
                the half left (a timed get with the time left), not a whole timeout of its own.
                첫 결과가 타임아웃의 절반을 썼으니, 두 번째 퓨처의 get 호출은 자기 타임아웃 전체가 아니라 남은 \
                절반 이하만 기다려야 합니다(남은 시간을 준 timed get).""")
                .isNotNull().isLessThanOrEqualTo(timeout.minus(firstTakes));
        assertEndedWithin(call.elapsed(), timeout, "getAll");
        assertThat(second.isCancelled()).as(CANCELS_THE_PENDING).isTrue();
        assertThat(first.isCancelled()).as("""
                Expected the future that completed in time not to be cancelled.
                제때 끝난 퓨처는 취소하면 안 됩니다.""").isFalse();
    }

    @Test
    @DisplayName("never gives up before the deadline: the whole budget, not a share of it per future · 마감 시각 전에는 포기하지 않아서, 퓨처마다 몫을 나누지 않고 시간 전체를 쓴다")
    void neverEarly() {
        List<CompletableFuture<String>> futures =
                List.of(new CompletableFuture<>(), new CompletableFuture<>(), new CompletableFuture<>());
        var call = Call.start("getAll", () -> getAll(futures, SHORT));

        call.assertThrowsWithin(SHORT.plus(MARGIN), TimeoutException.class, TIMES_OUT);
        assertEndedWithin(call.elapsed(), SHORT, "getAll");
    }

    @Test
    @DisplayName("on timeout the tasks still running are cancelled with an interrupt · 타임아웃이 나면 아직 도는 작업을 인터럽트와 함께 취소한다")
    @Drawn("at the timeout the call throws (!) and the tasks still running end with x · 타임아웃에 호출이 예외(!)로 끝나고 돌던 작업은 x로 끝난다")
    void timeoutStopsTheRest() throws InterruptedException {
        List<HeldTask<String>> late = List.of(HeldTask.returning("late 1"), HeldTask.returning("late 2"));
        try (var executor = pool(3)) {
            List<Future<String>> futures = new ArrayList<>();
            futures.add(executor.submit(() -> "quick"));
            for (HeldTask<String> task : late) futures.add(executor.submit(task));
            for (HeldTask<String> task : late) task.awaitStarted();

            Call.start("getAll", () -> getAll(futures, SHORT))
                    .assertThrowsWithin(SHORT.plus(MARGIN), TimeoutException.class, TIMES_OUT);

            assertThat(futures.get(0).isCancelled()).as("""
                    Expected the quick future, done in time, not to be cancelled.
                    제때 끝난 빠른 퓨처는 취소하면 안 됩니다.""").isFalse();
            for (HeldTask<String> task : late) {
                assertThat(task.stopsByInterrupt()).as("""
                        Expected a task still running after the timeout to be interrupted with cancel(true), not left running.
                        타임아웃 뒤에도 도는 작업은 돌게 두지 말고 cancel(true) 호출로 인터럽트해야 합니다.""").isTrue();
            }
        }
    }

    @Test
    @DisplayName("a failed task gives ExecutionException with its exception as the cause, and the rest are cancelled · 실패한 작업이 있으면 그 예외를 원인으로 담은 ExecutionException을 던지고 나머지를 취소한다")
    void failure() {
        var boom = new IllegalStateException("boom");
        CompletableFuture<String> pending = pending();
        List<CompletableFuture<String>> futures =
                List.of(CompletableFuture.completedFuture("ok"), CompletableFuture.failedFuture(boom), pending);
        var thrown = Call.start("getAll", () -> getAll(futures, WAIT)).assertThrowsWithin(WAIT, ExecutionException.class, """
                A task failed: expected ExecutionException.
                작업 하나가 실패했으니 ExecutionException을 던져야 합니다.""");
        assertThat(thrown.getCause()).as("the cause, the task's own exception · 원인은 작업이 던진 예외 그 자체")
                .isSameAs(boom);
        assertThat(pending.isCancelled()).as(CANCELS_THE_PENDING).isTrue();
    }

    @Test
    @DisplayName("a cancelled task gives CancellationException, and the rest are cancelled · 취소된 작업이 있으면 CancellationException을 던지고 나머지를 취소한다")
    void cancelled() {
        CompletableFuture<String> cancelled = pending();
        cancelled.cancel(true);
        CompletableFuture<String> pending = pending();
        Call.start("getAll", () -> getAll(List.of(cancelled, pending), WAIT))
                .assertThrowsWithin(WAIT, CancellationException.class, """
                        A future was cancelled: expected CancellationException, not ExecutionException or a timeout.
                        취소된 퓨처가 있으니 ExecutionException이나 타임아웃이 아니라 CancellationException을 던져야 합니다.""");
        assertThat(pending.isCancelled()).as(CANCELS_THE_PENDING).isTrue();
    }

    @Test
    @DisplayName("an interrupted caller gets InterruptedException, and the rest are cancelled · 기다리다 인터럽트되면 InterruptedException을 던지고 나머지를 취소한다")
    void interrupted() {
        CompletableFuture<String> pending = pending();
        var call = Call.start("getAll", () -> getAll(List.of(pending), WAIT.multipliedBy(2)));
        call.awaitBlocked().interrupt();

        call.assertThrowsWithin(WAIT, InterruptedException.class, """
                Expected an interrupt while getAll waits to come out as InterruptedException.
                getAll이 기다리다 인터럽트되면 InterruptedException을 던져야 합니다.""");
        assertThat(pending.isCancelled()).as(CANCELS_THE_PENDING).isTrue();
    }

    @Test
    @DisplayName("no futures give an empty list at once · 퓨처가 없으면 바로 빈 목록을 돌려준다")
    void empty() {
        assertThat(assertReturns(() -> getAll(List.<Future<String>>of(), Duration.ZERO), """
                Expected getAll over no futures to return.
                퓨처가 없으면 getAll은 돌아와야 합니다.""")).as("no futures: an empty list · 퓨처가 없으면 빈 목록")
                .isEmpty();
    }

    @Test
    @DisplayName("a zero timeout does not wait: the results if all are done, otherwise TimeoutException and the rest cancelled · 타임아웃이 0이면 기다리지 않아서, 모두 끝났으면 결과를 돌려주고 아니면 TimeoutException을 던지고 나머지를 취소한다")
    void zeroTimeout() {
        var done = List.of(CompletableFuture.completedFuture(1), CompletableFuture.completedFuture(2));
        assertThat(assertReturns(() -> getAll(done, Duration.ZERO), """
                Every future is done: expected the results even with a zero timeout.
                모든 퓨처가 끝났으니 타임아웃이 0이어도 결과를 돌려줘야 합니다.""")).as("the results · 결과").containsExactly(1, 2);

        CompletableFuture<Integer> pending = pending();
        Call.start("getAll", () -> getAll(List.of(CompletableFuture.completedFuture(1), pending), Duration.ZERO))
                .assertThrowsWithin(MARGIN, TimeoutException.class, """
                        One future is not done and there is no time to wait: expected TimeoutException at once.
                        끝나지 않은 퓨처가 있고 기다릴 시간이 없으니 바로 TimeoutException을 던져야 합니다.""");
        assertThat(pending.isCancelled()).as(CANCELS_THE_PENDING).isTrue();
    }

    @Test
    @DisplayName("a null list, a null future or a null timeout is rejected with NullPointerException · null 목록, null 퓨처, null 타임아웃은 NullPointerException으로 거부한다")
    void nulls() {
        assertThrows(NullPointerException.class, () -> getAll(null, WAIT),
                "a null list is rejected · null 목록은 거부해야 합니다");
        assertThrows(NullPointerException.class, () -> getAll(List.of(CompletableFuture.completedFuture("a")), null),
                "a null timeout is rejected · null 타임아웃은 거부해야 합니다");
        assertThrows(NullPointerException.class,
                () -> getAll(Arrays.asList(CompletableFuture.completedFuture("a"), null), WAIT),
                "a null future is rejected · null 퓨처는 거부해야 합니다");
    }
}
