package dev.futuresworkbook.submit.exercises;

import static dev.futuresworkbook.submit.exercises.CollectResults.collectResults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-3")
@DisplayName("Exercise 3 · 연습 3 — collectResults: every result, in order")
class Exercise3CollectResultsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    @DisplayName("returns the results in the futures' order · 퓨처 순서대로 결과를 돌려준다")
    void resultsInOrder() throws InterruptedException, ExecutionException {
        var first = new CompletableFuture<Long>();
        var second = new CompletableFuture<Long>();
        var third = new CompletableFuture<Long>();
        third.complete(3L);
        first.complete(1L);
        second.complete(2L);

        assertThat(collectResults(List.of(first, second, third))).containsExactly(1L, 2L, 3L);
    }

    @Test
    @DisplayName("waits for futures that are not done yet · 아직 끝나지 않은 퓨처를 기다린다")
    void waitsForUnfinishedFutures() throws InterruptedException {
        var waiting = new CountDownLatch(1);
        var first = new CompletableFuture<String>() {
            @Override
            public String get() throws InterruptedException, ExecutionException {
                waiting.countDown(); // the caller is about to block on the first future: now complete the others
                return super.get();
            }

            @Override
            public String get(long timeout, TimeUnit unit)
                    throws InterruptedException, ExecutionException, TimeoutException {
                waiting.countDown();
                return super.get(timeout, unit);
            }
        };
        var second = new CompletableFuture<String>();
        try (var caller = Executors.newSingleThreadExecutor()) {
            Future<List<String>> collecting = caller.submit(() -> {
                try {
                    return collectResults(List.of(first, second));
                } finally {
                    waiting.countDown(); // also when the call ends without waiting: no need to sit out WAIT
                }
            });
            try {
                assertThat(waiting.await(WAIT.toSeconds(), TimeUnit.SECONDS))
                        .as("collectResults waits for the first future with get(), which blocks until it is done")
                        .isTrue();
                assertThat(collecting.isDone())
                        .as("collectResults waits for the first future with get(), which blocks until it is done")
                        .isFalse();
                second.complete("second");
                assertThat(collecting.isDone()).as("returned before the first future completed").isFalse();
            } finally {
                first.complete("first");
                second.complete("second");
            }
            assertThat(collecting).succeedsWithin(WAIT).isEqualTo(List.of("first", "second"));
        }
    }

    @Test
    @DisplayName("a failed task fails the call with its own exception as the cause · 실패한 작업의 예외를 원인으로 전한다")
    void failurePropagates() {
        var boom = new IllegalStateException("boom");
        var ok = CompletableFuture.completedFuture(1);
        CompletableFuture<Integer> failed = CompletableFuture.failedFuture(boom);

        assertThatThrownBy(() -> collectResults(List.of(ok, failed)))
                .isInstanceOf(ExecutionException.class)
                .cause().isSameAs(boom);
    }

    @Test
    @DisplayName("a cancelled task fails the call with CancellationException · 취소된 작업은 CancellationException")
    void cancelledPropagates() {
        var cancelled = new CompletableFuture<Integer>();
        cancelled.cancel(true);

        assertThatThrownBy(() -> collectResults(List.of(CompletableFuture.completedFuture(1), cancelled)))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    @DisplayName("an interrupt while waiting comes out as InterruptedException · 인터럽트를 삼키지 않는다")
    void interruptIsNotSwallowed() throws InterruptedException {
        var never = new CompletableFuture<String>();
        var thrown = new AtomicReference<Throwable>();
        Thread waiter = Thread.ofPlatform().name("collect-results-waiter").start(() -> {
            try {
                collectResults(List.of(never));
                thrown.set(new AssertionError("collectResults returned although its future never completed"));
            } catch (InterruptedException e) {
                thrown.set(e); // what we expect: the interrupt came out as InterruptedException
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        waiter.interrupt();
        waiter.join(WAIT);
        never.complete("too late"); // lets a wrong answer that ignores the interrupt finish
        waiter.join(WAIT);

        assertThat(thrown.get())
                .as("an interrupted wait must end with InterruptedException, not be swallowed or wrapped")
                .isInstanceOf(InterruptedException.class);
    }

    @Test
    @DisplayName("no futures, no results · 퓨처가 없으면 결과도 없다")
    void empty() throws InterruptedException, ExecutionException {
        assertThat(collectResults(List.<Future<String>>of())).isEmpty();
    }

    @Test
    @DisplayName("rejects a null list · null 목록은 거부한다")
    void nullList() {
        assertThatThrownBy(() -> collectResults(null)).isInstanceOf(NullPointerException.class);
    }
}
