package dev.futuresworkbook.ascompleted.exercises;

import static dev.futuresworkbook.ascompleted.exercises.ResultOrder.inCompletionOrder;
import static dev.futuresworkbook.ascompleted.exercises.ResultOrder.inSubmissionOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Call;
import dev.futuresworkbook.testkit.ExerciseTest;
import dev.futuresworkbook.testkit.WatchedFuture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-1")
class Exercise1ResultOrderTest extends ExerciseTest {

    private static final List<Function<List<? extends CompletableFuture<String>>, CompletableFuture<List<String>>>> BOTH =
            List.of(ResultOrder::inSubmissionOrder, ResultOrder::inCompletionOrder);

    /** Three futures the test completes; a blocking get() or join() on one that is not done fails the test. */
    private static List<WatchedFuture<String>> threeFutures() {
        return List.of(WatchedFuture.failIfBlockedOn("a"), WatchedFuture.failIfBlockedOn("b"),
                WatchedFuture.failIfBlockedOn("c"));
    }

    @Test
    @DisplayName("inSubmissionOrder gives the results in the list's order, whatever order they finish in · inSubmissionOrder는 끝난 순서와 상관없이 목록 순서대로 결과를 돌려준다")
    void submissionOrder() {
        var futures = threeFutures();
        CompletableFuture<List<String>> results = inSubmissionOrder(futures);

        futures.get(2).complete("c");
        futures.get(0).complete("a");
        futures.get(1).complete("b");

        assertThat(results).as("""
                inSubmissionOrder after c, then a, then b completed: expected [a, b, c], the list's order.
                c, a, b 순서로 끝났어도 inSubmissionOrder는 [a, b, c] 목록 순서대로 돌려줘야 합니다.""")
                .succeedsWithin(WAIT).isEqualTo(List.of("a", "b", "c"));
    }

    @Test
    @DisplayName("inCompletionOrder gives the results in the order the futures completed · inCompletionOrder는 퓨처가 끝난 순서대로 결과를 돌려준다")
    void completionOrder() {
        var futures = threeFutures();
        CompletableFuture<List<String>> results = inCompletionOrder(futures);

        futures.get(2).complete("c");
        futures.get(0).complete("a");
        futures.get(1).complete("b");

        assertThat(results).as("""
                inCompletionOrder after c, then a, then b completed: expected [c, a, b].
                c, a, b 순서로 끝났으니 inCompletionOrder는 [c, a, b] 순서로 돌려줘야 합니다.""")
                .succeedsWithin(WAIT).isEqualTo(List.of("c", "a", "b"));
    }

    @Test
    @DisplayName("inCompletionOrder puts the futures already done at the call first, in the list's order · inCompletionOrder는 호출 때 이미 끝난 퓨처를 목록 순서대로 맨 앞에 둔다")
    void alreadyDoneFirst() {
        var futures = threeFutures();
        futures.get(2).complete("c");
        futures.get(1).complete("b");
        CompletableFuture<List<String>> results = inCompletionOrder(futures);
        futures.get(0).complete("a");

        assertThat(results).as("""
                c and b were done before the call, a completed after it: expected [b, c, a].
                호출 전에 c 퓨처와 b 퓨처가 끝났고 a 퓨처는 호출 뒤에 끝났으니 결과는 [b, c, a] 순서여야 합니다.""")
                .succeedsWithin(WAIT).isEqualTo(List.of("b", "c", "a"));
    }

    @Test
    @DisplayName("neither method blocks: both return while every future is still running · 두 메서드 모두 블로킹하지 않고, 모든 퓨처가 아직 도는 동안 돌아온다")
    void neverBlocks() {
        for (var method : BOTH) {
            var futures = threeFutures();
            var results = Call.start("resultOrder", () -> method.apply(futures)).assertReturnsWithin(WAIT, """
                    Expected the call to return at once, while its futures still run: no join() or get() on them.
                    퓨처가 아직 도는 동안 바로 돌아와야 합니다. 퓨처에 join()이나 get()을 호출하지 마세요.""");
            assertThat(results).as("the returned future, before any result · 아직 결과가 없을 때 돌려준 퓨처")
                    .isNotDone();
        }
    }

    @Test
    @DisplayName("the returned future completes only once every future has · 돌려준 퓨처는 모든 퓨처가 끝난 뒤에야 완료된다")
    void completesWhenAllHave() {
        var futures = threeFutures();
        CompletableFuture<List<String>> submission = inSubmissionOrder(futures);
        CompletableFuture<List<String>> completion = inCompletionOrder(futures);

        futures.get(0).complete("a");
        futures.get(2).complete("c");
        assertThat(submission).as("""
                inSubmissionOrder with b still running: expected it not to be done yet.
                b 퓨처가 아직 도는 동안 inSubmissionOrder의 퓨처는 끝나면 안 됩니다.""").isNotDone();
        assertThat(completion).as("""
                inCompletionOrder with b still running: expected it not to be done yet.
                b 퓨처가 아직 도는 동안 inCompletionOrder의 퓨처는 끝나면 안 됩니다.""").isNotDone();

        futures.get(1).complete("b");
        assertThat(submission).as("inSubmissionOrder once all are done · 모두 끝난 뒤의 inSubmissionOrder 결과")
                .succeedsWithin(WAIT).isEqualTo(List.of("a", "b", "c"));
        assertThat(completion).as("inCompletionOrder once all are done · 모두 끝난 뒤의 inCompletionOrder 결과")
                .succeedsWithin(WAIT).isEqualTo(List.of("a", "c", "b"));
    }

    @Test
    @DisplayName("a failure fails the result once every future is done, with the task's exception as the cause · 실패한 퓨처가 있으면 모든 퓨처가 끝난 뒤 그 예외를 원인으로 담아 실패한다")
    void failure() {
        var boom = new IllegalStateException("boom");
        for (var method : BOTH) {
            var futures = threeFutures();
            CompletableFuture<List<String>> results = method.apply(futures);
            futures.get(1).completeExceptionally(boom);
            futures.get(0).complete("a");
            assertThat(results).as("""
                    b failed but c still runs: expected the result not to be done yet (like allOf).
                    b 퓨처가 실패했어도 c 퓨처가 아직 도는 동안에는 결과가 끝나면 안 됩니다(allOf처럼).""").isNotDone();
            futures.get(2).complete("c");

            assertThat(results).as("""
                    Expected the result to fail with b's exception as the cause.
                    결과는 b 퓨처의 예외를 원인으로 담아 실패해야 합니다.""")
                    .failsWithin(WAIT).withThrowableOfType(ExecutionException.class).havingCause().isSameAs(boom);
        }
    }

    @Test
    @DisplayName("inCompletionOrder keeps every result when futures complete on many threads at once · inCompletionOrder는 여러 스레드에서 동시에 끝나는 퓨처의 결과도 빠짐없이 모은다")
    void manyThreads() throws InterruptedException {
        int threads = 4;
        int perThread = 2_500;
        List<CompletableFuture<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < threads * perThread; i++) futures.add(pending());
        CompletableFuture<List<Integer>> results = inCompletionOrder(futures);

        var start = new CyclicBarrier(threads);
        List<Thread> completers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t * perThread;
            completers.add(Thread.ofPlatform().name("completer-" + t).start(() -> {
                try {
                    start.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (BrokenBarrierException | TimeoutException e) {
                    // complete them anyway, one thread after another
                }
                for (int i = first; i < first + perThread; i++) futures.get(i).complete(i);
            }));
        }
        for (Thread completer : completers) completer.join(WAIT);

        assertThat(results).as("the result of inCompletionOrder · inCompletionOrder의 결과").succeedsWithin(WAIT)
                .satisfies(list -> assertThat(list).as("""
                        Expected every result exactly once, although 4 threads completed the futures at the same time \
                        (a plain ArrayList loses some).
                        스레드 4개가 동시에 퓨처를 끝내도 결과는 하나도 빠지거나 겹치지 않아야 합니다(그냥 ArrayList 타입은 일부를 잃습니다).""")
                        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, threads * perThread).boxed().toList()));
    }

    @Test
    @DisplayName("no futures give a future already done with an empty list · 퓨처가 없으면 이미 끝난, 빈 목록의 퓨처를 돌려준다")
    void empty() {
        for (var method : BOTH) {
            assertThat(method.apply(List.of())).as("""
                    Expected an empty list of futures to give a future already done with an empty list.
                    퓨처 목록이 비었으면 빈 목록으로 이미 끝난 퓨처를 돌려줘야 합니다.""").isCompletedWithValue(List.of());
        }
    }

    @Test
    @DisplayName("a null list or a null future is rejected with NullPointerException · null 목록이나 null 퓨처는 NullPointerException으로 거부한다")
    void nulls() {
        List<CompletableFuture<String>> withNull = Arrays.asList(CompletableFuture.completedFuture("a"), null);
        for (var method : BOTH) {
            assertThrows(NullPointerException.class, () -> method.apply(null),
                    "a null list is rejected · null 목록은 거부해야 합니다");
            assertThrows(NullPointerException.class, () -> method.apply(withNull),
                    "a null future is rejected · null 퓨처는 거부해야 합니다");
        }
    }
}
