package dev.futuresworkbook.ascompleted.exercises;

import static dev.futuresworkbook.ascompleted.exercises.AsCompleted.asCompleted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Call;
import dev.futuresworkbook.testkit.ExerciseTest;
import dev.futuresworkbook.testkit.WatchedFuture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-3")
class Exercise3AsCompletedTest extends ExerciseTest {

    /** Futures the test completes; a blocking get() or join() on one that is not done fails the test. */
    static List<WatchedFuture<String>> futures(String... names) {
        return Stream.of(names).map(WatchedFuture::<String>failIfBlockedOn).toList();
    }

    @Test
    @DisplayName("hands out the futures in the order they complete · 퓨처를 끝나는 순서대로 내준다")
    void completionOrder() {
        var f = futures("a", "b", "c");
        Iterator<CompletableFuture<String>> it = asCompleted(f);

        f.get(2).complete("c");
        assertThat(it.next()).as("c completed first: expected next() to give c · c 퓨처가 먼저 끝났으니 next() 호출은 c 퓨처를 내줘야 합니다")
                .isSameAs(f.get(2));
        f.get(0).complete("a");
        f.get(1).complete("b");
        assertThat(it.next()).as("then a · 그다음은 a").isSameAs(f.get(0));
        assertThat(it.next()).as("then b · 그다음은 b").isSameAs(f.get(1));
        assertThat(it.hasNext()).as("""
                Every future was handed out: expected hasNext() to be false.
                모든 퓨처를 내줬으니 hasNext()는 false여야 합니다.""").isFalse();
    }

    @Test
    @DisplayName("the futures already done at the call come first, in the collection's order · 호출 때 이미 끝난 퓨처를 넘긴 순서대로 먼저 내준다")
    void finishedFirst() {
        var f = futures("f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7");
        for (int i : new int[] {7, 5, 4, 2, 1, 0}) f.get(i).complete("f" + i); // all but f3 and f6
        Iterator<CompletableFuture<String>> it = asCompleted(f);
        f.get(6).complete("f6");
        f.get(3).complete("f3");

        List<CompletableFuture<String>> order = new ArrayList<>();
        it.forEachRemaining(order::add);
        assertThat(order).as("""
                f0, f1, f2, f4, f5, f7 were done at the call: expected them first, in the collection's order (a HashSet \
                shuffles them; use a LinkedHashSet), then f6 and f3 as they completed.
                호출 때 이미 끝난 f0, f1, f2, f4, f5, f7 퓨처를 넘긴 순서대로 먼저 내주고(HashSet 타입은 순서를 섞으니 \
                LinkedHashSet 타입을 쓰세요), 그다음 끝난 순서대로 f6, f3 퓨처를 내줘야 합니다.""")
                .containsExactly(f.get(0), f.get(1), f.get(2), f.get(4), f.get(5), f.get(7), f.get(6), f.get(3));
    }

    @Test
    @DisplayName("hands out a done future at once while the others still run · 나머지가 아직 돌아도 끝난 퓨처를 바로 내준다")
    void doesNotWaitForAll() {
        var f = futures("slow", "fast");
        f.get(1).complete("fast");
        var first = Call.start("next", () -> asCompleted(f).next()).assertReturnsWithin(WAIT, """
                'fast' is done and 'slow' still runs: expected next() to return 'fast' at once.
                'fast' 퓨처는 끝났고 'slow' 퓨처는 아직 도니, next() 호출은 기다리지 말고 'fast' 퓨처를 바로 내줘야 합니다.""");
        assertThat(first).as("the first future handed out · 처음 내준 퓨처").isSameAs(f.get(1));
    }

    @Test
    @DisplayName("each distinct future comes exactly once, even when passed twice · 같은 퓨처를 두 번 넘겨도 한 번만 내준다")
    void eachOnce() {
        var f = futures("a", "b");
        f.get(0).complete("a");
        Iterator<CompletableFuture<String>> it = asCompleted(List.of(f.get(0), f.get(1), f.get(0), f.get(1)));

        assertThat(it.next()).as("a, done at the call · 호출 때 끝난 a").isSameAs(f.get(0));
        f.get(1).complete("b");
        assertThat(it.next()).as("then b · 그다음은 b").isSameAs(f.get(1));
        assertThat(it.hasNext()).as("""
                a and b were each handed out once: expected hasNext() to be false.
                a 퓨처와 b 퓨처를 한 번씩 내줬으니 hasNext()는 false여야 합니다.""").isFalse();
        assertThrows(NoSuchElementException.class, it::next,
                "next() after the last future throws NoSuchElementException · 마지막 퓨처 뒤의 next() 호출은 NoSuchElementException을 던져야 합니다");
    }

    @Test
    @DisplayName("a future that failed or was cancelled counts as completed and is handed out · 실패하거나 취소된 퓨처도 끝난 것으로 치고 내준다")
    void failedAndCancelledCount() {
        var f = futures("ok", "failed", "cancelled");
        Iterator<CompletableFuture<String>> it = asCompleted(f);
        f.get(1).completeExceptionally(new IllegalStateException("boom"));
        f.get(2).cancel(true);
        f.get(0).complete("ok");

        List<CompletableFuture<String>> order = new ArrayList<>();
        var drain = Call.start("forEachRemaining", () -> {
            it.forEachRemaining(order::add);
            return order;
        });
        try {
            assertThat(drain.assertReturnsWithin(WAIT, """
                    Expected every future to be handed out, the failed and the cancelled one included.
                    실패하거나 취소된 퓨처도 끝난 것이니 모든 퓨처를 내줘야 합니다."""))
                    .as("failed, cancelled, then ok · 실패, 취소, ok 순서").containsExactly(f.get(1), f.get(2), f.get(0));
        } finally {
            drain.interrupt(); // ends a consumer still waiting for a future that will not come
        }
    }

    @Test
    @DisplayName("hasNext() answers at once, even when nothing is done · hasNext() 호출은 끝난 퓨처가 없어도 기다리지 않고 바로 답한다")
    void hasNextNeverBlocks() {
        var f = futures("a");
        Iterator<CompletableFuture<String>> it = asCompleted(f);
        var hasNext = Call.start("hasNext", it::hasNext).assertReturnsWithin(WAIT, """
                Expected hasNext() to answer at once, without waiting for a future.
                hasNext() 호출은 퓨처를 기다리지 말고 바로 답해야 합니다.""");
        assertThat(hasNext).as("hasNext() with one future still running · 퓨처 하나가 아직 돌 때의 hasNext()").isTrue();
    }

    @Test
    @DisplayName("next() waits blocked in its queue: it neither polls the futures nor sleeps in a loop · next() 호출은 큐에서 블로킹되어 기다리며, 퓨처를 폴링하지도 반복문에서 잠들지도 않는다")
    void waitsWithoutPolling() {
        var f = futures("a", "b", "c", "d", "e");
        Iterator<CompletableFuture<String>> it = asCompleted(f);
        var next = Call.start("next", it::next);
        next.awaitBlocked();
        int before = WatchedFuture.looks(f);
        next.assertWaitsWithoutPolling("""
                Expected next() to wait blocked in a BlockingQueue that the futures' callbacks fill (take()).
                next() 호출은 퓨처의 콜백이 채우는 BlockingQueue에서 블로킹되어(take()) 기다려야 합니다.""");
        assertThat(WatchedFuture.looks(f) - before).as("""
                Looks at the 5 futures' state (isDone(), state(), getNow(), get(timeout)) while next() waited: \
                expected almost none. A loop that checks them again and again burns a CPU.
                next() 호출이 기다리는 동안 퓨처 5개의 상태를 거의 보지 않아야 합니다 \
                (isDone(), state(), getNow(), get(timeout)). 계속 확인하는 바쁜 대기는 CPU 시간을 헛되이 씁니다.""").isLessThan(10);

        f.get(3).complete("d");
        assertThat(next.assertReturnsWithin(WAIT, """
                Expected next() to return once d completed.
                d 퓨처가 끝나면 next() 호출은 돌아와야 합니다.""")).as("the future handed out · 내준 퓨처").isSameAs(f.get(3));
    }

    @Test
    @DisplayName("an interrupt ends the wait with CancellationException and keeps the interrupt status · 인터럽트되면 CancellationException으로 기다림을 끝내고 인터럽트 상태를 유지한다")
    void interrupt() {
        var f = futures("never");
        Iterator<CompletableFuture<String>> it = asCompleted(f);
        var stillInterrupted = new AtomicBoolean();
        var next = Call.start("next", () -> {
            try {
                return it.next();
            } finally {
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        next.awaitBlocked().interrupt();

        var thrown = next.assertThrowsWithin(WAIT, CancellationException.class, """
                Expected next(), interrupted while it waits, to throw CancellationException \
                (Iterator.next() cannot throw InterruptedException).
                기다리다 인터럽트된 next() 호출은 CancellationException을 던져야 합니다 \
                (Iterator.next()는 InterruptedException을 던질 수 없습니다).""");
        assertThat(thrown.getCause()).as("""
                Expected the InterruptedException as the cause.
                원인으로 InterruptedException을 담아야 합니다.""").isInstanceOf(InterruptedException.class);
        assertThat(stillInterrupted).as("""
                Expected the interrupt status to be set again after catching InterruptedException.
                InterruptedException을 잡은 뒤에는 인터럽트 상태를 다시 설정해야 합니다.""").isTrue();
    }

    @Test
    @DisplayName("no futures: hasNext() is false and next() throws NoSuchElementException · 퓨처가 없으면 hasNext()는 false이고 next() 호출은 NoSuchElementException을 던진다")
    void empty() {
        Iterator<CompletableFuture<String>> it = asCompleted(List.<CompletableFuture<String>>of());
        assertThat(it.hasNext()).as("hasNext() over no futures · 퓨처가 없을 때의 hasNext()").isFalse();
        assertThrows(NoSuchElementException.class, it::next,
                "next() over no futures throws NoSuchElementException · 퓨처가 없으면 next() 호출은 NoSuchElementException을 던져야 합니다");
    }

    @Test
    @DisplayName("a null collection or a null future is rejected with NullPointerException · null 컬렉션이나 null 퓨처는 NullPointerException으로 거부한다")
    void nulls() {
        List<CompletableFuture<String>> withNull = Arrays.asList(CompletableFuture.completedFuture("a"), null);
        assertThrows(NullPointerException.class, () -> asCompleted(null),
                "a null collection is rejected · null 컬렉션은 거부해야 합니다");
        assertThrows(NullPointerException.class, () -> asCompleted(withNull),
                "a null future is rejected · null 퓨처는 거부해야 합니다");
    }
}
