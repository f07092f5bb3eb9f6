package dev.futuresworkbook.submit.exercises;

import static dev.futuresworkbook.submit.exercises.SubmitAll.submitAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-2")
@DisplayName("Exercise 2 · 연습 2 — submitAll: schedule the whole work list")
class Exercise2SubmitAllTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    @DisplayName("returns one future per item, in the work list's order · 작업 순서대로 퓨처를 돌려준다")
    void futuresInWorkOrder() {
        try (var executor = Executors.newFixedThreadPool(3)) {
            List<Future<Integer>> futures = submitAll(executor, List.of("a", "bbb", "cc", "dddd"), String::length);

            assertThat(futures).hasSize(4);
            assertThat(futures.get(0)).succeedsWithin(WAIT).isEqualTo(1);
            assertThat(futures.get(1)).succeedsWithin(WAIT).isEqualTo(3);
            assertThat(futures.get(2)).succeedsWithin(WAIT).isEqualTo(2);
            assertThat(futures.get(3)).succeedsWithin(WAIT).isEqualTo(4);
        }
    }

    @Test
    @DisplayName("returns at once, without waiting for any task · 어떤 작업도 기다리지 않고 바로 돌아온다")
    void doesNotWait() {
        var release = new CountDownLatch(1);
        try (var executor = Executors.newFixedThreadPool(2)) {
            try {
                List<Future<Long>> futures = submitAll(executor, List.of(1L, 2L, 3L), n -> {
                    awaitQuietly(release);
                    return n * 10;
                });
                assertThat(futures).as("submitAll returned while every task was still held").hasSize(3)
                        .noneMatch(Future::isDone);
                release.countDown();
                assertThat(futures.get(2)).succeedsWithin(WAIT).isEqualTo(30L);
            } finally {
                release.countDown();
            }
        }
    }

    @Test
    @DisplayName("submits every task before any finishes, so they run at the same time · 모든 작업이 동시에 돈다")
    void allTasksRunAtOnce() {
        var allStarted = new CyclicBarrier(3);
        try (var executor = Executors.newFixedThreadPool(3)) {
            // Each task waits until all three are running: only possible if all three were submitted first.
            List<Future<String>> futures = submitAll(executor, List.of("x", "y", "z"), s -> {
                try {
                    allStarted.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                } catch (BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("not all three tasks were running at once", e);
                }
                return s.toUpperCase(Locale.ROOT);
            });
            for (Future<String> future : futures) assertThat(future).succeedsWithin(WAIT.plusSeconds(1));
            assertThat(futures).map(Future::resultNow).containsExactly("X", "Y", "Z");
        }
    }

    @Test
    @DisplayName("a task's exception stays in its own future · 작업의 예외는 그 작업의 퓨처에 담긴다")
    void failureStaysInItsFuture() {
        try (var executor = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> futures = submitAll(executor, List.of(4, 0, 2), n -> 100 / n);

            assertThat(futures.get(0)).succeedsWithin(WAIT).isEqualTo(25);
            assertThat(futures.get(2)).succeedsWithin(WAIT).isEqualTo(50);
            assertThatThrownBy(() -> futures.get(1).get(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(ArithmeticException.class);
        }
    }

    @Test
    @DisplayName("an empty work list submits nothing · 빈 목록이면 아무것도 제출하지 않는다")
    void emptyWorkList() {
        try (var executor = (ThreadPoolExecutor) Executors.newFixedThreadPool(1)) {
            assertThat(submitAll(executor, List.<String>of(), String::length)).isEmpty();
            assertThat(executor.getTaskCount()).isZero();
        }
    }

    @Test
    @DisplayName("rejects null arguments · null 인자는 거부한다")
    void nulls() {
        try (var executor = Executors.newFixedThreadPool(1)) {
            Function<String, Integer> length = String::length;
            assertThatThrownBy(() -> submitAll(null, List.of("a"), length)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> submitAll(executor, null, length)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> submitAll(executor, List.of("a"), null)).isInstanceOf(NullPointerException.class);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT.toSeconds(), TimeUnit.SECONDS)) throw new IllegalStateException("never released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
