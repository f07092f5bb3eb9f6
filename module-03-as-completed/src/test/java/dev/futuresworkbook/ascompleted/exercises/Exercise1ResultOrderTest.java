package dev.futuresworkbook.ascompleted.exercises;

import static dev.futuresworkbook.ascompleted.exercises.ResultOrder.inCompletionOrder;
import static dev.futuresworkbook.ascompleted.exercises.ResultOrder.inSubmissionOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-1")
@DisplayName("Exercise 1 · 연습 1 — submission order vs completion order")
class Exercise1ResultOrderTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private static List<CompletableFuture<String>> threeFutures() {
        return List.of(new CompletableFuture<>(), new CompletableFuture<>(), new CompletableFuture<>());
    }

    /** Calls {@code method} on another thread and fails if the call itself does not return at once. */
    private static <R> R callWithoutBlocking(List<CompletableFuture<String>> futures,
            Function<List<CompletableFuture<String>>, R> method) {
        try (var caller = Executors.newSingleThreadExecutor()) {
            Future<R> call = caller.submit(() -> method.apply(futures));
            try {
                assertThat(call)
                        .as("the call returns at once, while its futures are still running: it must not wait"
                                + " for them (no join()/get() here) · 퓨처를 기다리지 말고 바로 돌아와야 합니다")
                        .succeedsWithin(WAIT);
                return call.resultNow();
            } finally {
                futures.forEach(f -> f.complete("released by the test")); // frees a call that blocked
            }
        }
    }

    @Test
    @DisplayName("inSubmissionOrder: results in the list's order, whatever order they finish in · 목록 순서대로")
    void submissionOrder() {
        var futures = threeFutures();
        CompletableFuture<List<String>> results = inSubmissionOrder(futures);

        futures.get(2).complete("c");
        futures.get(0).complete("a");
        futures.get(1).complete("b");

        assertThat(results).succeedsWithin(WAIT).isEqualTo(List.of("a", "b", "c"));
    }

    @Test
    @DisplayName("inCompletionOrder: results in the order the futures completed · 끝난 순서대로")
    void completionOrder() {
        var futures = threeFutures();
        CompletableFuture<List<String>> results = inCompletionOrder(futures);

        futures.get(2).complete("c");
        futures.get(0).complete("a");
        futures.get(1).complete("b");

        assertThat(results).as("completed c, then a, then b").succeedsWithin(WAIT).isEqualTo(List.of("c", "a", "b"));
    }

    @Test
    @DisplayName("inCompletionOrder: futures already done come first, in the list's order · 이미 끝난 것이 먼저")
    void alreadyDoneFirst() {
        var futures = threeFutures();
        futures.get(2).complete("c");
        futures.get(1).complete("b");
        CompletableFuture<List<String>> results = inCompletionOrder(futures);
        futures.get(0).complete("a");

        assertThat(results).succeedsWithin(WAIT).isEqualTo(List.of("b", "c", "a"));
    }

    @Test
    @DisplayName("neither method blocks: both return before any future completes · 둘 다 기다리지 않고 돌아온다")
    void neverBlocks() {
        var submission = callWithoutBlocking(threeFutures(), ResultOrder::inSubmissionOrder);
        var completion = callWithoutBlocking(threeFutures(), ResultOrder::inCompletionOrder);
        assertThat(submission).succeedsWithin(WAIT);
        assertThat(completion).succeedsWithin(WAIT);
    }

    @Test
    @DisplayName("the returned future completes only when every future has · 모든 퓨처가 끝나야 완료된다")
    void completesWhenAllHave() {
        var futures = threeFutures();
        CompletableFuture<List<String>> submission = inSubmissionOrder(futures);
        CompletableFuture<List<String>> completion = inCompletionOrder(futures);

        futures.get(0).complete("a");
        futures.get(2).complete("c");
        assertThat(submission).as("inSubmissionOrder with one future still running").isNotDone();
        assertThat(completion).as("inCompletionOrder with one future still running").isNotDone();

        futures.get(1).complete("b");
        assertThat(submission).succeedsWithin(WAIT).isEqualTo(List.of("a", "b", "c"));
        assertThat(completion).succeedsWithin(WAIT).isEqualTo(List.of("a", "c", "b"));
    }

    @Test
    @DisplayName("a failure fails the result, with the task's exception as the cause · 실패는 원인과 함께 전해진다")
    void failure() {
        var boom = new IllegalStateException("boom");
        for (Function<List<CompletableFuture<String>>, CompletableFuture<List<String>>> method :
                List.<Function<List<CompletableFuture<String>>, CompletableFuture<List<String>>>>of(
                        ResultOrder::inSubmissionOrder, ResultOrder::inCompletionOrder)) {
            var futures = threeFutures();
            CompletableFuture<List<String>> results = method.apply(futures);
            futures.get(1).completeExceptionally(boom);
            futures.get(0).complete("a");
            assertThat(results).as("one future still running").isNotDone();
            futures.get(2).complete("c");

            assertThat(results).failsWithin(WAIT)
                    .withThrowableOfType(ExecutionException.class)
                    .havingCause().isSameAs(boom);
        }
    }

    @Test
    @DisplayName("inCompletionOrder keeps every result when futures complete on many threads · 여러 스레드에서도 빠짐없이")
    void manyThreads() throws InterruptedException {
        int threads = 4;
        int perThread = 2_500;
        List<CompletableFuture<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < threads * perThread; i++) futures.add(new CompletableFuture<>());
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

        assertThat(results).succeedsWithin(WAIT)
                .as("every result exactly once, although 4 threads completed the futures at the same time"
                        + " (a plain ArrayList loses some) · 결과가 하나도 빠지거나 겹치면 안 됩니다")
                .satisfies(list -> assertThat(list).containsExactlyInAnyOrderElementsOf(
                        IntStream.range(0, threads * perThread).boxed().toList()));
    }

    @Test
    @DisplayName("no futures: already done, with no results · 퓨처가 없으면 바로 빈 목록")
    void empty() {
        assertThat(inSubmissionOrder(List.<CompletableFuture<String>>of())).isCompletedWithValue(List.of());
        assertThat(inCompletionOrder(List.<CompletableFuture<String>>of())).isCompletedWithValue(List.of());
    }

    @Test
    @DisplayName("rejects a null list or a null future · null은 거부한다")
    void nulls() {
        List<CompletableFuture<String>> withNull = Arrays.asList(CompletableFuture.completedFuture("a"), null);
        assertThatThrownBy(() -> inSubmissionOrder(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> inCompletionOrder(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> inSubmissionOrder(withNull)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> inCompletionOrder(withNull)).isInstanceOf(NullPointerException.class);
    }
}
