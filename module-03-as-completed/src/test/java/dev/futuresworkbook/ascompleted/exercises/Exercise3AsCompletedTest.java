package dev.futuresworkbook.ascompleted.exercises;

import static dev.futuresworkbook.ascompleted.exercises.AsCompleted.asCompleted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-3")
@DisplayName("Exercise 3 · 연습 3 — asCompleted: each future once, in the order they finish")
class Exercise3AsCompletedTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private static List<WatchedFuture<String>> futures(String... names) {
        List<WatchedFuture<String>> futures = new ArrayList<>();
        for (String name : names) futures.add(new WatchedFuture<>(name));
        return futures;
    }

    @Test
    @DisplayName("hands out the futures in the order they complete · 끝나는 순서대로 내준다")
    void completionOrder() {
        var f = futures("a", "b", "c");
        Iterator<CompletableFuture<String>> it = asCompleted(f);

        f.get(2).complete("c");
        assertThat(it.next()).as("c completed first").isSameAs(f.get(2));
        f.get(0).complete("a");
        f.get(1).complete("b");
        assertThat(it.next()).as("then a").isSameAs(f.get(0));
        assertThat(it.next()).as("then b").isSameAs(f.get(1));
        assertThat(it.hasNext()).as("hasNext() after every future was handed out").isFalse();
    }

    @Test
    @DisplayName("the futures already done come first, in the collection's order · 이미 끝난 퓨처가 먼저, 넘긴 순서대로")
    void finishedFirst() {
        var f = futures("f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7");
        for (int i : new int[] {7, 5, 4, 2, 1, 0}) f.get(i).complete("f" + i); // all but f3 and f6
        Iterator<CompletableFuture<String>> it = asCompleted(f);
        f.get(6).complete("f6");
        f.get(3).complete("f3");

        List<CompletableFuture<String>> order = new ArrayList<>();
        it.forEachRemaining(order::add);
        assertThat(order)
                .as("f0, f1, f2, f4, f5, f7 were done at the call: first, in the collection's order (a HashSet"
                        + " would shuffle them; use a LinkedHashSet); then f6 and f3 as they completed"
                        + " · 이미 끝난 것은 넘긴 순서대로, 나머지는 끝난 순서대로")
                .containsExactly(f.get(0), f.get(1), f.get(2), f.get(4), f.get(5), f.get(7), f.get(6), f.get(3));
    }

    @Test
    @DisplayName("hands out a done future while others still run · 나머지를 기다리지 않고 끝난 것부터 내준다")
    void doesNotWaitForAll() {
        var f = futures("slow", "fast");
        f.get(1).complete("fast");
        try (var consumer = Executors.newSingleThreadExecutor()) {
            // The consumer returns the name of what it got (a Future of a future would hide mistakes).
            Future<String> first = consumer.submit(() -> asCompleted(f).next().toString());
            try {
                assertThat(first)
                        .as("asCompleted(...).next() with 'fast' done and 'slow' still running returns 'fast' at once"
                                + " · 느린 퓨처를 기다리지 말고 끝난 것을 바로 내줘야 합니다")
                        .succeedsWithin(WAIT).isEqualTo("fast");
            } finally {
                f.get(0).complete("slow"); // frees a wrong answer that waits for everything
            }
        }
    }

    @Test
    @DisplayName("each distinct future exactly once, even if passed twice · 같은 퓨처는 한 번만")
    void eachOnce() {
        var f = futures("a", "b");
        f.get(0).complete("a");
        Iterator<CompletableFuture<String>> it = asCompleted(List.of(f.get(0), f.get(1), f.get(0), f.get(1)));

        assertThat(it.next()).isSameAs(f.get(0));
        f.get(1).complete("b");
        assertThat(it.next()).isSameAs(f.get(1));
        assertThat(it.hasNext()).as("a and b were each handed out once: nothing is left").isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    @DisplayName("a future that failed or was cancelled is complete too · 실패나 취소도 끝난 것이다")
    void failedAndCancelledCount() {
        var f = futures("ok", "failed", "cancelled");
        Iterator<CompletableFuture<String>> it = asCompleted(f);
        f.get(1).completeExceptionally(new IllegalStateException("boom"));
        f.get(2).cancel(true);
        f.get(0).complete("ok");

        List<CompletableFuture<String>> order = new ArrayList<>();
        try (var consumer = Executors.newSingleThreadExecutor()) {
            Future<?> drained = consumer.submit(() -> it.forEachRemaining(order::add));
            try {
                assertThat(drained)
                        .as("every future was handed out, the failed and the cancelled one included"
                                + " · 실패하거나 취소된 퓨처도 끝난 것이니 내줘야 합니다")
                        .succeedsWithin(WAIT);
            } finally {
                consumer.shutdownNow(); // interrupts a consumer still waiting for a future that will not come
            }
        }
        assertThat(order).containsExactly(f.get(1), f.get(2), f.get(0));
    }

    @Test
    @DisplayName("hasNext() answers at once, even when nothing is done · hasNext()는 기다리지 않는다")
    void hasNextNeverBlocks() {
        var f = futures("a");
        Iterator<CompletableFuture<String>> it = asCompleted(f);
        try (var consumer = Executors.newSingleThreadExecutor()) {
            try {
                assertThat(consumer.submit(it::hasNext)).as("hasNext() with one future still running")
                        .succeedsWithin(WAIT).isEqualTo(true);
            } finally {
                f.get(0).complete("a");
            }
        }
    }

    @Test
    @DisplayName("waits by blocking, not by polling the futures · 폴링하지 않고 블록하며 기다린다")
    void noBusyPolling() throws InterruptedException {
        var f = futures("a", "b", "c", "d", "e");
        Iterator<CompletableFuture<String>> it = asCompleted(f);
        try (var consumer = Executors.newSingleThreadExecutor()) {
            Future<String> next = consumer.submit(() -> it.next().toString()); // the name of what it got
            try {
                int before = WatchedFuture.looks(f);
                TestTime.pass(Duration.ofMillis(300)); // the consumer waits in next() meanwhile
                int looks = WatchedFuture.looks(f) - before;
                assertThat(looks)
                        .as("looks at isDone()/state()/getNow()/get(timeout) while next() waited 300 ms for 5 futures:"
                                + " a loop that checks them again and again burns a CPU; wait on a BlockingQueue"
                                + " that callbacks fill · 반복해서 상태를 확인하지 말고 블록하며 기다리세요")
                        .isLessThan(10);
            } finally {
                f.get(3).complete("d");
            }
            assertThat(next).succeedsWithin(WAIT).isEqualTo("d");
        }
    }

    @Test
    @DisplayName("an interrupt ends the wait and keeps the interrupt status · 인터럽트를 삼키지 않는다")
    void interrupt() throws InterruptedException {
        var f = futures("never");
        Iterator<CompletableFuture<String>> it = asCompleted(f);
        var thrown = new AtomicReference<Throwable>();
        var stillInterrupted = new AtomicBoolean();
        Thread consumer = Thread.ofPlatform().name("as-completed-consumer").start(() -> {
            try {
                it.next();
                thrown.set(new AssertionError("next() returned a future that never completed"));
            } catch (RuntimeException e) {
                thrown.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        consumer.interrupt();
        consumer.join(WAIT);
        f.get(0).complete("too late"); // frees a wrong answer that swallowed the interrupt
        consumer.join(WAIT);

        assertThat(thrown.get())
                .as("next() interrupted while waiting throws CancellationException (Iterator.next() cannot throw"
                        + " InterruptedException) · 인터럽트되면 CancellationException을 던져야 합니다")
                .isInstanceOf(CancellationException.class);
        assertThat(stillInterrupted).as("the interrupt status is set again after catching InterruptedException"
                + " · 인터럽트 상태를 되살려야 합니다").isTrue();
    }

    @Test
    @DisplayName("no futures: nothing to hand out · 퓨처가 없으면 내줄 것도 없다")
    void empty() {
        Iterator<CompletableFuture<String>> it = asCompleted(List.<CompletableFuture<String>>of());
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    @DisplayName("rejects a null collection or a null future · null은 거부한다")
    void nulls() {
        List<CompletableFuture<String>> withNull = Arrays.asList(CompletableFuture.completedFuture("a"), null);
        assertThatThrownBy(() -> asCompleted(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> asCompleted(withNull)).isInstanceOf(NullPointerException.class);
    }
}
