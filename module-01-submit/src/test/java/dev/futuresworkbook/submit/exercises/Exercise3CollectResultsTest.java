package dev.futuresworkbook.submit.exercises;

import static dev.futuresworkbook.submit.exercises.CollectResults.collectResults;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Call;
import dev.futuresworkbook.testkit.ExerciseTest;
import dev.futuresworkbook.testkit.Timeline.Drawn;
import dev.futuresworkbook.testkit.WatchedFuture;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-3")
class Exercise3CollectResultsTest extends ExerciseTest {

    @Test
    @DisplayName("returns the results in the futures' order, not in the order they finished · 끝난 순서가 아니라 퓨처 순서대로 결과를 돌려준다")
    void resultsInOrder() throws InterruptedException, ExecutionException {
        CompletableFuture<Long> first = pending();
        CompletableFuture<Long> second = pending();
        CompletableFuture<Long> third = pending();
        third.complete(3L);
        first.complete(1L);
        second.complete(2L);

        assertThat(collectResults(List.of(first, second, third)))
                .as("results in the order of the futures · 퓨처 순서대로의 결과").containsExactly(1L, 2L, 3L);
    }

    @Test
    @DisplayName("waits for futures that are not done yet · 아직 끝나지 않은 퓨처는 끝날 때까지 기다린다")
    @Drawn("the call returns only after the last future is completed · 마지막 퓨처가 끝난 뒤에야 호출이 돌아온다")
    void waitsForUnfinishedFutures() throws InterruptedException {
        var first = WatchedFuture.<String>named("first");
        var second = WatchedFuture.<String>named("second");
        var call = Call.start("collectResults", () -> collectResults(List.of(first, second)));
        first.awaitWaiter(call);
        second.complete("second");

        call.assertStillRunningAfter(SHORT, """
                Expected collectResults to wait while the first future is not done: get() blocks until it is.
                첫 퓨처가 끝나지 않았으면 collectResults는 기다려야 합니다. get() 호출은 끝날 때까지 블로킹합니다.""");
        first.complete("first");
        assertThat(call.assertReturnsWithin(WAIT, """
                Expected collectResults to return once every future is done.
                퓨처가 모두 끝나면 collectResults는 돌아와야 합니다."""))
                .as("results in order · 순서대로의 결과").containsExactly("first", "second");
    }

    @Test
    @DisplayName("a failed task fails the call with ExecutionException, the task's own exception as the cause · 실패한 작업이 있으면 그 예외를 원인으로 담은 ExecutionException을 던진다")
    void failurePropagates() {
        var boom = new IllegalStateException("boom");
        var ok = CompletableFuture.completedFuture(1);
        CompletableFuture<Integer> failed = CompletableFuture.failedFuture(boom);

        ExecutionException thrown = assertThrows(ExecutionException.class, () -> collectResults(List.of(ok, failed)), """
                A failed task: expected get()'s ExecutionException, let through as it is.
                실패한 작업이 있으면 get() 호출이 던진 ExecutionException을 그대로 내보내야 합니다.""");
        assertThat(thrown.getCause()).as("the task's own exception as the cause · 원인은 작업이 던진 바로 그 예외")
                .isSameAs(boom);
    }

    @Test
    @DisplayName("a cancelled task fails the call with CancellationException · 취소된 작업이 있으면 CancellationException을 던진다")
    void cancelledPropagates() {
        CompletableFuture<Integer> cancelled = pending();
        cancelled.cancel(true);

        assertThrows(CancellationException.class,
                () -> collectResults(List.of(CompletableFuture.completedFuture(1), cancelled)), """
                A cancelled task: expected get()'s CancellationException, let through as it is.
                취소된 작업이 있으면 get() 호출이 던진 CancellationException을 그대로 내보내야 합니다.""");
    }

    @Test
    @DisplayName("an interrupt while waiting comes out as InterruptedException, not swallowed · 기다리다 인터럽트되면 삼키지 않고 InterruptedException으로 내보낸다")
    void interruptIsNotSwallowed() {
        var never = WatchedFuture.<String>named("never");
        var call = Call.start("collectResults", () -> collectResults(List.of(never)));
        call.awaitBlocked().interrupt();

        call.assertThrowsWithin(WAIT, InterruptedException.class, """
                Interrupted while waiting: expected InterruptedException, not swallowed, not wrapped.
                기다리다 인터럽트되면 InterruptedException이 그대로 나와야 합니다. 삼키거나 감싸지 마세요.""");
    }

    @Test
    @DisplayName("no futures give no results · 퓨처가 없으면 빈 결과 목록을 돌려준다")
    void empty() throws InterruptedException, ExecutionException {
        assertThat(collectResults(List.<Future<String>>of())).as("no futures, no results · 퓨처가 없으면 결과도 없음").isEmpty();
    }

    @Test
    @DisplayName("rejects a null list with NullPointerException · null 목록은 NullPointerException으로 거부한다")
    void nullList() {
        assertThrows(NullPointerException.class, () -> collectResults(null),
                "a null list: expected NullPointerException · null 목록은 NullPointerException으로 거부해야 합니다");
    }
}
