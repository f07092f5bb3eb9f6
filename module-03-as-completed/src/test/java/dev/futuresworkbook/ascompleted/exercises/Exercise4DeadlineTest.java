package dev.futuresworkbook.ascompleted.exercises;

import static dev.futuresworkbook.ascompleted.exercises.AsCompleted.asCompleted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.futuresworkbook.ascompleted.AsCompletedTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exercise-4")
@DisplayName("Exercise 4 · 연습 4 — asCompleted with one overall deadline")
class Exercise4DeadlineTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    /** How late a timeout may come on a busy machine. */
    private static final Duration MARGIN = Duration.ofSeconds(2);

    private static List<WatchedFuture<String>> futures(String... names) {
        List<WatchedFuture<String>> futures = new ArrayList<>();
        for (String name : names) futures.add(new WatchedFuture<>(name));
        return futures;
    }

    @Test
    @DisplayName("times out at the deadline, saying how many of how many were unfinished · 몇 개 중 몇 개가 남았는지 알린다")
    void timesOut() {
        var f = futures("done", "slow", "slower");
        f.get(0).complete("done");
        Duration timeout = Duration.ofMillis(200);

        long start = System.nanoTime();
        Iterator<CompletableFuture<String>> it = asCompleted(f, timeout);
        assertThat(it.next()).isSameAs(f.get(0));
        var e = catchThrowableOfType(AsCompletedTimeoutException.class, it::next);
        Duration elapsed = TestTime.since(start);

        assertThat(e).as("next() throws AsCompletedTimeoutException when nothing more is done at the deadline"
                + " · 마감까지 끝난 것이 없으면 AsCompletedTimeoutException").isNotNull();
        assertThat(e).hasMessage("2 (of 3) futures unfinished");
        assertThat(e.total()).isEqualTo(3);
        assertThat(e.unfinished()).as("the futures not handed out").containsExactlyInAnyOrder(f.get(1), f.get(2));
        assertThat(elapsed).as("a timeout never fires early · 타임아웃은 일찍 오지 않는다").isGreaterThanOrEqualTo(timeout);
        assertThat(elapsed).as("...and soon after the deadline · 마감 직후에 온다").isLessThan(timeout.plus(MARGIN));
    }

    @Test
    @DisplayName("one deadline for the whole iteration, not a new timeout per next() · next()마다가 아니라 전체에 하나의 마감")
    void oneDeadlineNotOnePerElement() throws InterruptedException {
        var f = futures("done", "never");
        f.get(0).complete("done");
        Duration timeout = Duration.ofMillis(800);
        Iterator<CompletableFuture<String>> it = asCompleted(f, timeout);
        assertThat(it.next()).isSameAs(f.get(0));

        TestTime.pass(Duration.ofMillis(900)); // a slow consumer: the deadline passes while it works
        long start = System.nanoTime();
        assertThatThrownBy(it::next).isInstanceOf(AsCompletedTimeoutException.class);
        assertThat(TestTime.since(start))
                .as("the deadline had already passed, so next() throws at once; a new %s timeout for each"
                        + " next() would wait again · 마감이 이미 지났으니 바로 던져야 합니다", timeout)
                .isLessThan(timeout);
    }

    @Test
    @DisplayName("the clock starts at the call, not at the first next() · 시계는 첫 next()가 아니라 호출 때 시작된다")
    void clockStartsAtTheCall() throws InterruptedException {
        var f = futures("never");
        Duration timeout = Duration.ofMillis(600);
        Iterator<CompletableFuture<String>> it = asCompleted(f, timeout);

        TestTime.pass(Duration.ofMillis(700));
        long start = System.nanoTime();
        assertThatThrownBy(it::next).isInstanceOf(AsCompletedTimeoutException.class).hasMessage("1 (of 1) futures unfinished");
        assertThat(TestTime.since(start))
                .as("%s counts from asCompleted(...) itself (as Python's docs say), which was 700 ms ago:"
                        + " the first next() throws at once · 타임아웃은 호출 시점부터 잽니다", timeout)
                .isLessThan(timeout);
    }

    @Test
    @DisplayName("returns as soon as a future completes, not at the deadline · 마감까지 기다리지 않고 끝나는 즉시 내준다")
    void returnsAsSoonAsOneCompletes() {
        var f = futures("a", "b");
        Duration timeout = Duration.ofSeconds(10);
        Iterator<CompletableFuture<String>> it = asCompleted(f, timeout);
        try (var consumer = Executors.newSingleThreadExecutor()) {
            Future<String> next = consumer.submit(() -> it.next().toString()); // the name of what it got
            long start = System.nanoTime();
            f.get(1).complete("b");
            try {
                assertThat(next).succeedsWithin(WAIT).isEqualTo("b");
                assertThat(TestTime.since(start))
                        .as("next() returned when b completed, long before the %s deadline", timeout)
                        .isLessThan(timeout.dividedBy(2));
            } finally {
                f.get(0).complete("a");
            }
        }
    }

    @Test
    @DisplayName("a future done after the deadline is still handed out · 마감 뒤에 끝난 퓨처도 내준다")
    void doneFuturesAfterTheDeadline() throws InterruptedException {
        var f = futures("a", "b");
        Iterator<CompletableFuture<String>> it = asCompleted(f, Duration.ofMillis(100));
        TestTime.pass(Duration.ofMillis(200));
        f.get(1).complete("b");
        f.get(0).complete("a");

        assertThat(it.next()).as("b is done: its result is available, so next() returns it (no TimeoutException)")
                .isSameAs(f.get(1));
        assertThat(it.next()).isSameAs(f.get(0));
        assertThat(it.hasNext()).isFalse();
    }

    @Test
    @DisplayName("a zero timeout hands out what is done, then times out at once · 0이면 끝난 것만 내주고 바로 타임아웃")
    void zeroTimeout() {
        var f = futures("done", "running");
        f.get(0).complete("done");
        Iterator<CompletableFuture<String>> it = asCompleted(f, Duration.ZERO);

        assertThat(it.next()).isSameAs(f.get(0));
        long start = System.nanoTime();
        assertThatThrownBy(it::next).isInstanceOf(AsCompletedTimeoutException.class)
                .hasMessage("1 (of 2) futures unfinished");
        assertThat(TestTime.since(start)).isLessThan(MARGIN);
    }

    @Test
    @DisplayName("a future passed twice counts once · 두 번 넘긴 퓨처는 한 번만 센다")
    void duplicatesCountOnce() {
        var f = futures("a", "b");
        var e = catchThrowableOfType(AsCompletedTimeoutException.class,
                () -> asCompleted(List.of(f.get(0), f.get(1), f.get(0)), Duration.ofMillis(50)).next());
        assertThat(e).isNotNull().hasMessage("2 (of 2) futures unfinished");
        assertThat(e.unfinished()).containsExactlyInAnyOrder(f.get(0), f.get(1));
    }

    @Test
    @DisplayName("after the timeout the iteration is over · 타임아웃 뒤에는 반복이 끝난다")
    void overAfterTimeout() {
        var f = futures("never");
        Iterator<CompletableFuture<String>> it = asCompleted(f, Duration.ofMillis(50));
        assertThatThrownBy(it::next).isInstanceOf(AsCompletedTimeoutException.class);
        assertThat(it.hasNext()).as("hasNext() after the timeout, as a Python generator ends after raising").isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    @DisplayName("waits for the deadline by blocking, not by polling · 폴링하지 않고 블록하며 기다린다")
    void noBusyPolling() {
        var f = futures("a", "b", "c", "d", "e");
        Duration timeout = Duration.ofMillis(400);
        long start = System.nanoTime();
        Iterator<CompletableFuture<String>> it = asCompleted(f, timeout);
        int before = WatchedFuture.looks(f);
        assertThatThrownBy(it::next).isInstanceOf(AsCompletedTimeoutException.class);
        assertThat(TestTime.since(start)).isGreaterThanOrEqualTo(timeout);
        assertThat(WatchedFuture.looks(f) - before)
                .as("looks at isDone()/state()/getNow()/get(timeout) while next() waited %s for 5 futures:"
                        + " wait with BlockingQueue.poll(time left), not in a loop · 폴링하지 말고 블록하며 기다리세요", timeout)
                .isLessThan(10);
    }

    @Test
    @DisplayName("rejects a negative or null timeout, at the call · 음수나 null 타임아웃은 호출 때 거부한다")
    void badArguments() {
        List<CompletableFuture<String>> none = List.of();
        List<CompletableFuture<String>> withNull = Arrays.asList(CompletableFuture.completedFuture("a"), null);
        assertThatThrownBy(() -> asCompleted(none, Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> asCompleted(none, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> asCompleted(null, Duration.ZERO)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> asCompleted(withNull, Duration.ZERO)).isInstanceOf(NullPointerException.class);
    }
}
