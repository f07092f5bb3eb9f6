package dev.futuresworkbook.ascompleted.exercises;

import static dev.futuresworkbook.ascompleted.exercises.AsCompleted.asCompleted;
import static dev.futuresworkbook.ascompleted.exercises.Exercise3AsCompletedTest.futures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.ascompleted.AsCompletedTimeoutException;
import dev.futuresworkbook.testkit.Call;
import dev.futuresworkbook.testkit.ExerciseTest;
import dev.futuresworkbook.testkit.Timeline.Drawn;
import dev.futuresworkbook.testkit.WatchedFuture;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-4")
class Exercise4AsCompletedTest extends ExerciseTest {

    private static final String TIMES_OUT = """
            Expected next() to throw AsCompletedTimeoutException once the deadline has passed with no more future done.
            마감 시각까지 더 끝난 퓨처가 없으면 next() 호출은 AsCompletedTimeoutException을 던져야 합니다.""";

    /** Calls next() on a thread of its own, so that a wrong answer that never times out cannot hang the test. */
    private static <T> Call<CompletableFuture<T>> next(Iterator<CompletableFuture<T>> it) {
        return Call.start("next", it::next);
    }

    @Test
    @DisplayName("times out at the deadline, saying how many of how many futures were unfinished, and carrying them · 마감 시각에 타임아웃이 나고, 몇 개 중 몇 개가 남았는지 알리며 남은 퓨처를 담는다")
    void timesOut() {
        var f = futures("done", "slow", "slower");
        f.get(0).complete("done");
        Duration timeout = SHORT;
        long start = System.nanoTime();
        Iterator<CompletableFuture<String>> it = asCompleted(f, timeout);
        assertThat(it.next()).as("the future done at the call · 호출 때 끝난 퓨처").isSameAs(f.get(0));
        var e = next(it).assertThrowsWithin(timeout.plus(MARGIN), AsCompletedTimeoutException.class, TIMES_OUT);
        assertEndedWithin(since(start), timeout, "asCompleted(timeout)");

        assertThat(e).as("""
                Expected the message of Python's TimeoutError, counting distinct futures.
                메시지는 파이썬 TimeoutError 메시지와 같아야 하고, 서로 다른 퓨처를 세어야 합니다.""")
                .hasMessage("2 (of 3) futures unfinished");
        assertThat(e.total()).as("total(), how many distinct futures · total(), 서로 다른 퓨처의 수").isEqualTo(3);
        assertThat(e.unfinished()).as("unfinished(), the futures not handed out · unfinished(), 내주지 않은 퓨처")
                .containsExactlyInAnyOrder(f.get(1), f.get(2));
    }

    @Test
    @DisplayName("one deadline for the whole iteration: a deadline that passed while the caller worked ends the next next() at once · next() 호출마다 새 타임아웃이 아니라 반복 전체에 마감 시각 하나를 두어, 호출자가 일하는 동안 마감 시각이 지났으면 다음 next() 호출은 바로 끝난다")
    @Drawn("next() throws (!) at once: the deadline has passed · 마감 시각이 지났으니 next() 호출은 바로 예외(!)로 끝난다")
    void oneDeadlineNotOnePerElement() throws InterruptedException {
        var f = futures("done", "never");
        f.get(0).complete("done");
        Duration timeout = SHORT.multipliedBy(3);
        Iterator<CompletableFuture<String>> it = asCompleted(f, timeout);
        assertThat(it.next()).as("the future done at the call · 호출 때 끝난 퓨처").isSameAs(f.get(0));

        letTimePass(timeout.plus(SHORT)); // a slow consumer: the deadline passes while it works
        var call = next(it);
        call.assertThrowsWithin(WAIT, AsCompletedTimeoutException.class, TIMES_OUT);
        assertEndedBefore(call.elapsed(), timeout, """
                The deadline had already passed: expected next() to throw at once. A new timeout for each next() \
                waits again.
                마감 시각이 이미 지났으니 next() 호출은 바로 던져야 합니다. next() 호출마다 타임아웃을 새로 주면 다시 기다립니다.""");
    }

    @Test
    @DisplayName("the clock starts at the call, not at the first next() · 시계는 첫 next() 호출이 아니라 asCompleted 호출 때 시작한다")
    void clockStartsAtTheCall() throws InterruptedException {
        var f = futures("never");
        Duration timeout = SHORT.multipliedBy(3);
        Iterator<CompletableFuture<String>> it = asCompleted(f, timeout);

        letTimePass(timeout.plus(SHORT));
        var call = next(it);
        var e = call.assertThrowsWithin(WAIT, AsCompletedTimeoutException.class, TIMES_OUT);
        assertThat(e).as("the message · 메시지").hasMessage("1 (of 1) futures unfinished");
        assertEndedBefore(call.elapsed(), timeout, """
                The timeout counts from asCompleted(...) itself (as Python's documentation says), which was longer \
                ago than the timeout: expected the first next() to throw at once.
                타임아웃은 asCompleted(...) 호출 때부터 잽니다(파이썬 문서대로). 그 호출 뒤로 타임아웃보다 긴 시간이 \
                지났으니 첫 next() 호출은 바로 던져야 합니다.""");
    }

    @Test
    @DisplayName("next() returns as soon as a future completes, not at the deadline · next() 호출은 마감 시각까지 기다리지 않고 퓨처가 끝나는 즉시 돌아온다")
    @Drawn("next() returns right after future b is completed (*) · 퓨처 b가 끝나자(*) 바로 next() 호출이 돌아온다")
    void returnsAsSoonAsOneCompletes() {
        var f = futures("a", "b");
        Duration timeout = LONG;
        var call = next(asCompleted(f, timeout)).awaitBlocked();
        f.get(1).complete("b");

        var done = call.assertReturnsWithin(WAIT, """
                Expected next() to return when b completed, long before the deadline.
                b 퓨처가 끝났으니 next() 호출은 마감 시각보다 훨씬 전에 돌아와야 합니다.""");
        assertThat(done).as("the future handed out · 내준 퓨처").isSameAs(f.get(1));
    }

    @Test
    @DisplayName("a future done after the deadline is still handed out · 마감 시각 뒤에 끝난 퓨처도 내준다")
    void doneFuturesAfterTheDeadline() throws InterruptedException {
        var f = futures("a", "b");
        Iterator<CompletableFuture<String>> it = asCompleted(f, SHORT);
        letTimePass(SHORT.multipliedBy(2));
        f.get(1).complete("b");
        f.get(0).complete("a");

        assertThat(it.next()).as("""
                b is done, so expected next() to return it even after the deadline, with no timeout.
                b 퓨처가 끝났으니 마감 시각이 지났어도 next() 호출은 타임아웃 없이 b 퓨처를 내줘야 합니다.""").isSameAs(f.get(1));
        assertThat(it.next()).as("then a · 그다음은 a").isSameAs(f.get(0));
        assertThat(it.hasNext()).as("hasNext() once both were handed out · 둘 다 내준 뒤의 hasNext()").isFalse();
    }

    @Test
    @DisplayName("a zero timeout hands out what is done, then times out at once · 타임아웃이 0이면 끝난 퓨처만 내주고 바로 타임아웃이 난다")
    void zeroTimeout() {
        var f = futures("done", "running");
        f.get(0).complete("done");
        Iterator<CompletableFuture<String>> it = asCompleted(f, Duration.ZERO);
        assertThat(it.next()).as("the future done at the call · 호출 때 끝난 퓨처").isSameAs(f.get(0));

        var call = next(it);
        var e = call.assertThrowsWithin(MARGIN, AsCompletedTimeoutException.class, TIMES_OUT);
        assertThat(e).as("the message · 메시지").hasMessage("1 (of 2) futures unfinished");
    }

    @Test
    @DisplayName("a future passed twice counts once · 두 번 넘긴 퓨처는 한 번만 센다")
    void duplicatesCountOnce() {
        var f = futures("a", "b");
        var call = next(asCompleted(List.of(f.get(0), f.get(1), f.get(0)), SHORT.dividedBy(2)));
        var e = call.assertThrowsWithin(WAIT, AsCompletedTimeoutException.class, TIMES_OUT);
        assertThat(e).as("""
                a was passed twice: expected it to count once.
                a 퓨처를 두 번 넘겼어도 한 번만 세야 합니다.""").hasMessage("2 (of 2) futures unfinished");
        assertThat(e.unfinished()).as("unfinished() · 남은 퓨처").containsExactlyInAnyOrder(f.get(0), f.get(1));
    }

    @Test
    @DisplayName("after the timeout the iteration is over: hasNext() is false and next() throws NoSuchElementException · 타임아웃 뒤에는 반복이 끝나서 hasNext()는 false이고 next() 호출은 NoSuchElementException을 던진다")
    void overAfterTimeout() {
        var f = futures("never");
        Iterator<CompletableFuture<String>> it = asCompleted(f, SHORT.dividedBy(2));
        next(it).assertThrowsWithin(WAIT, AsCompletedTimeoutException.class, TIMES_OUT);

        assertThat(it.hasNext()).as("""
                Expected hasNext() to be false after the timeout, as a Python generator ends after it raises.
                타임아웃 뒤에는 hasNext()가 false여야 합니다. 예외를 던진 파이썬 제너레이터가 끝나듯이요.""").isFalse();
        assertThrows(NoSuchElementException.class, it::next,
                "next() after the timeout throws NoSuchElementException · 타임아웃 뒤의 next() 호출은 NoSuchElementException을 던져야 합니다");
    }

    @Test
    @DisplayName("next() waits for the deadline blocked in its queue: it neither polls the futures nor sleeps in a loop · next() 호출은 마감 시각까지 큐에서 블로킹되어 기다리며, 퓨처를 폴링하지도 반복문에서 잠들지도 않는다")
    void waitsWithoutPolling() {
        var f = futures("a", "b", "c", "d", "e");
        var call = next(asCompleted(f, WAIT)).awaitBlocked();
        int before = WatchedFuture.looks(f);
        call.assertWaitsWithoutPolling("""
                Expected next() to wait blocked in BlockingQueue.poll(time left).
                next() 호출은 BlockingQueue.poll(남은 시간)에서 블로킹되어 기다려야 합니다.""");
        assertThat(WatchedFuture.looks(f) - before).as("""
                Looks at the 5 futures' state (isDone(), state(), getNow(), get(timeout)) while next() waited: \
                expected almost none.
                next() 호출이 기다리는 동안 퓨처 5개의 상태를 거의 보지 않아야 합니다 \
                (isDone(), state(), getNow(), get(timeout)).""").isLessThan(10);

        f.get(4).complete("e");
        assertThat(call.assertReturnsWithin(WAIT, """
                Expected next() to return once e completed.
                e 퓨처가 끝나면 next() 호출은 돌아와야 합니다.""")).as("the future handed out · 내준 퓨처").isSameAs(f.get(4));
    }

    @Test
    @DisplayName("a negative or null timeout, a null collection or a null future is rejected at the call · 음수나 null 타임아웃, null 컬렉션, null 퓨처는 호출 때 거부한다")
    void badArguments() {
        List<CompletableFuture<String>> none = List.of();
        List<CompletableFuture<String>> withNull = Arrays.asList(CompletableFuture.completedFuture("a"), null);
        assertThrows(IllegalArgumentException.class, () -> asCompleted(none, NEGATIVE),
                "a negative timeout is rejected · 음수 타임아웃은 거부해야 합니다");
        assertThrows(NullPointerException.class, () -> asCompleted(none, null),
                "a null timeout is rejected · null 타임아웃은 거부해야 합니다");
        assertThrows(NullPointerException.class, () -> asCompleted(null, Duration.ZERO),
                "a null collection is rejected · null 컬렉션은 거부해야 합니다");
        assertThrows(NullPointerException.class, () -> asCompleted(withNull, Duration.ZERO),
                "a null future is rejected · null 퓨처는 거부해야 합니다");
    }
}
