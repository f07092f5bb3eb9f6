package dev.futuresworkbook.wait.exercises;

import static dev.futuresworkbook.wait.ReturnWhen.ALL_COMPLETED;
import static dev.futuresworkbook.wait.ReturnWhen.FIRST_COMPLETED;
import static dev.futuresworkbook.wait.ReturnWhen.FIRST_EXCEPTION;
import static dev.futuresworkbook.wait.exercises.Futures.waitFor;
import static dev.futuresworkbook.wait.exercises.WaitTesting.MARGIN;
import static dev.futuresworkbook.wait.exercises.WaitTesting.SHORT;
import static dev.futuresworkbook.wait.exercises.WaitTesting.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.wait.DoneAndNotDone;
import dev.futuresworkbook.wait.exercises.WaitTesting.Call;
import dev.futuresworkbook.wait.exercises.WaitTesting.CountingFuture;
import dev.futuresworkbook.wait.exercises.WaitTesting.HeldTask;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("exercise-1")
@DisplayName("Exercise 1 · 연습 1 — waitFor: ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION")
@ExtendWith(VirtualThreadsWarmUp.class)
class Exercise1ReturnModesTest {

    @Test
    @DisplayName("ALL_COMPLETED waits for every future of an executor · ALL_COMPLETED는 모든 퓨처를 기다린다")
    void allCompletedWaitsForEveryFuture() throws InterruptedException {
        var first = HeldTask.returning("first");
        var second = HeldTask.returning("second");
        var third = HeldTask.returning("third");
        try (var executor = Executors.newFixedThreadPool(3)) {
            List<Future<String>> futures = List.of(executor.submit(first), executor.submit(second), executor.submit(third));
            try {
                Call<DoneAndNotDone<Future<String>>> call = Call.start("waitFor", () -> waitFor(futures, null, ALL_COMPLETED));
                call.awaitBlocked();
                third.release();
                first.release();
                assertThat(call.result).as("waitFor(ALL_COMPLETED) must still wait while one future is not done")
                        .failsWithin(SHORT).withThrowableOfType(TimeoutException.class);

                second.release();
                DoneAndNotDone<Future<String>> result = assertThat(call.result)
                        .as("waitFor(ALL_COMPLETED) must return once every future is done").succeedsWithin(WAIT).actual();
                assertThat(result.done()).as("done, in the order given").containsExactlyElementsOf(futures);
                assertThat(result.notDone()).isEmpty();
                assertThat(result.done()).map(Future::resultNow).containsExactly("first", "second", "third");
            } finally {
                List.of(first, second, third).forEach(HeldTask::release);
            }
        }
    }

    @Test
    @DisplayName("on timeout it returns what is done and what is not, and cancels nothing · 타임아웃이면 나눠서 돌려주고 아무것도 취소하지 않는다")
    void timeoutPartitionsWithoutCancelling() {
        var fast = HeldTask.returning(1);
        var slow = HeldTask.returning(2);
        fast.release();
        try (var executor = Executors.newFixedThreadPool(2)) {
            Future<Integer> fastFuture = executor.submit(fast);
            Future<Integer> slowFuture = executor.submit(slow);
            try {
                assertThat(fastFuture).succeedsWithin(WAIT);
                Call<DoneAndNotDone<Future<Integer>>> call =
                        Call.start("waitFor", () -> waitFor(List.of(slowFuture, fastFuture), SHORT, ALL_COMPLETED));

                DoneAndNotDone<Future<Integer>> result = assertThat(call.result)
                        .as("waitFor must return when its timeout of %s has passed", SHORT)
                        .succeedsWithin(SHORT.plus(MARGIN).plus(WAIT)).actual();
                assertThat(call.elapsed()).as("a timeout never returns early").isGreaterThanOrEqualTo(SHORT);
                assertThat(call.elapsed()).as("returned long after its timeout of %s", SHORT).isLessThan(SHORT.plus(MARGIN));
                assertThat(result.done()).containsExactly(fastFuture);
                assertThat(result.notDone()).containsExactly(slowFuture);
                assertThat(slowFuture.isCancelled()).as("waitFor must not cancel what did not finish").isFalse();
                assertThat(slow.wasInterrupted()).as("waitFor must not interrupt the running task").isFalse();

                slow.release();
                assertThat(slowFuture).as("the slow task goes on and finishes").succeedsWithin(WAIT).isEqualTo(2);
            } finally {
                slow.release();
            }
        }
    }

    @Test
    @DisplayName("FIRST_COMPLETED returns as soon as one future is done · FIRST_COMPLETED는 하나가 끝나면 바로 돌아온다")
    void firstCompletedReturnsOnTheFirst() throws InterruptedException {
        var tasks = List.of(HeldTask.returning("a"), HeldTask.returning("b"), HeldTask.returning("c"));
        try (var executor = Executors.newFixedThreadPool(3)) {
            List<Future<String>> futures = tasks.stream().map(executor::submit).toList();
            try {
                Call<DoneAndNotDone<Future<String>>> call = Call.start("waitFor", () -> waitFor(futures, null, FIRST_COMPLETED));
                call.awaitBlocked();
                tasks.get(1).release();

                DoneAndNotDone<Future<String>> result = assertThat(call.result)
                        .as("waitFor(FIRST_COMPLETED) must return once one future is done, not wait for all")
                        .succeedsWithin(WAIT).actual();
                assertThat(result.done()).containsExactly(futures.get(1));
                assertThat(result.notDone()).containsExactly(futures.get(0), futures.get(2));
            } finally {
                tasks.forEach(HeldTask::release);
            }
        }
    }

    @Test
    @DisplayName("FIRST_COMPLETED: a cancellation is a completion · 취소도 완료로 친다")
    void firstCompletedCountsACancellation() throws InterruptedException {
        var held = new CompletableFuture<String>();
        var cancelled = new CountingFuture<String>("cancelled");
        try {
            Call<DoneAndNotDone<Future<String>>> call =
                    Call.start("waitFor", () -> waitFor(List.<Future<String>>of(held, cancelled), null, FIRST_COMPLETED));
            cancelled.awaitGetCalled(call);
            call.awaitBlocked();
            cancelled.cancel(true);

            DoneAndNotDone<Future<String>> result = assertThat(call.result)
                    .as("a cancelled future is done: FIRST_COMPLETED must return").succeedsWithin(WAIT).actual();
            assertThat(result.done()).as("a cancelled future belongs in done").containsExactly(cancelled);
            assertThat(result.notDone()).containsExactly(held);
        } finally {
            held.complete("end");
        }
    }

    @Test
    @DisplayName("FIRST_COMPLETED with nothing done returns at the timeout, with everything not done · 아무것도 안 끝나면 타임아웃에 돌아온다")
    void firstCompletedTimesOut() {
        var a = new CompletableFuture<Integer>();
        var b = new CountingFuture<Integer>("b");
        try {
            Call<DoneAndNotDone<Future<Integer>>> call =
                    Call.start("waitFor", () -> waitFor(List.<Future<Integer>>of(a, b), SHORT, FIRST_COMPLETED));
            DoneAndNotDone<Future<Integer>> result = assertThat(call.result).succeedsWithin(SHORT.plus(MARGIN).plus(WAIT)).actual();
            assertThat(call.elapsed()).as("a timeout never returns early").isGreaterThanOrEqualTo(SHORT);
            assertThat(call.elapsed()).as("returned long after its timeout of %s", SHORT).isLessThan(SHORT.plus(MARGIN));
            assertThat(result.done()).isEmpty();
            assertThat(result.notDone()).containsExactly(a, b);
        } finally {
            a.complete(0);
            b.complete(0);
        }
    }

    @Test
    @DisplayName("FIRST_EXCEPTION returns as soon as a task fails · FIRST_EXCEPTION은 작업이 실패하면 바로 돌아온다")
    void firstExceptionReturnsOnAFailure() throws InterruptedException {
        var ok = HeldTask.returning(1);
        var failing = HeldTask.<Integer>failingWith(new IllegalStateException("boom"));
        var held = HeldTask.returning(3);
        try (var executor = Executors.newFixedThreadPool(3)) {
            Future<Integer> okFuture = executor.submit(ok);
            Future<Integer> failingFuture = executor.submit(failing);
            Future<Integer> heldFuture = executor.submit(held);
            try {
                ok.release();
                assertThat(okFuture).succeedsWithin(WAIT);
                Call<DoneAndNotDone<Future<Integer>>> call = Call.start("waitFor",
                        () -> waitFor(List.of(okFuture, failingFuture, heldFuture), null, FIRST_EXCEPTION));
                call.awaitBlocked();
                failing.release();

                DoneAndNotDone<Future<Integer>> result = assertThat(call.result)
                        .as("waitFor(FIRST_EXCEPTION) must return once a future has failed").succeedsWithin(WAIT).actual();
                assertThat(result.done()).containsExactly(okFuture, failingFuture);
                assertThat(result.notDone()).containsExactly(heldFuture);
                assertThat(failingFuture.exceptionNow()).hasMessage("boom");
            } finally {
                List.of(ok, failing, held).forEach(HeldTask::release);
            }
        }
    }

    @Test
    @DisplayName("FIRST_EXCEPTION: a future that failed before the call counts at once · 이미 실패한 퓨처는 바로 센다")
    void firstExceptionSeesAnEarlierFailure() {
        var held = new CompletableFuture<String>();
        CompletableFuture<String> failed = CompletableFuture.failedFuture(new IllegalStateException("earlier"));
        try {
            Call<DoneAndNotDone<CompletableFuture<String>>> call =
                    Call.start("waitFor", () -> waitFor(List.of(held, failed), null, FIRST_EXCEPTION));
            DoneAndNotDone<CompletableFuture<String>> result = assertThat(call.result)
                    .as("a future that has already failed meets FIRST_EXCEPTION at once").succeedsWithin(WAIT).actual();
            assertThat(result.done()).containsExactly(failed);
            assertThat(result.notDone()).containsExactly(held);
        } finally {
            held.complete("end");
        }
    }

    @Test
    @DisplayName("FIRST_EXCEPTION: a cancelled future is not a failure · 취소는 실패가 아니다")
    void firstExceptionIgnoresACancellation() throws InterruptedException {
        var held = new CompletableFuture<String>();
        var cancelled = new CountingFuture<String>("cancelled");
        try {
            Call<DoneAndNotDone<Future<String>>> call =
                    Call.start("waitFor", () -> waitFor(List.<Future<String>>of(cancelled, held), SHORT, FIRST_EXCEPTION));
            cancelled.awaitGetCalled(call);
            cancelled.cancel(true);

            DoneAndNotDone<Future<String>> result = assertThat(call.result).succeedsWithin(SHORT.plus(MARGIN).plus(WAIT)).actual();
            assertThat(call.elapsed()).as("a cancellation must not end a FIRST_EXCEPTION wait: it runs to its timeout")
                    .isGreaterThanOrEqualTo(SHORT);
            assertThat(result.done()).as("a cancelled future belongs in done").containsExactly(cancelled);
            assertThat(result.notDone()).containsExactly(held);
        } finally {
            held.complete("end");
        }
    }

    @Test
    @DisplayName("FIRST_EXCEPTION with no failure waits for all, like ALL_COMPLETED · 실패가 없으면 모두 기다린다")
    void firstExceptionWithoutFailureWaitsForAll() throws InterruptedException {
        var a = new CountingFuture<Integer>("a");
        var b = new CountingFuture<Integer>("b");
        try {
            Call<DoneAndNotDone<Future<Integer>>> call =
                    Call.start("waitFor", () -> waitFor(List.<Future<Integer>>of(a, b), null, FIRST_EXCEPTION));
            b.awaitGetCalled(call);
            b.complete(2);
            assertThat(call.result).as("a success must not end a FIRST_EXCEPTION wait while a future is not done")
                    .failsWithin(SHORT).withThrowableOfType(TimeoutException.class);

            a.complete(1);
            DoneAndNotDone<Future<Integer>> result = assertThat(call.result).succeedsWithin(WAIT).actual();
            assertThat(result.done()).containsExactly(a, b);
            assertThat(result.notDone()).isEmpty();
        } finally {
            a.complete(0);
            b.complete(0);
        }
    }

    @Test
    @DisplayName("leaves no waiter behind on the futures it gave up on · 돌아올 때 대기자를 남기지 않는다")
    void leavesNoWaiterBehind() throws InterruptedException {
        // Python's wait removes its waiter from every future before it returns. A waitFor that leaves a thread
        // blocked in get() on a future that may never complete leaks that thread, once per call.
        var first = new CountingFuture<String>("first");
        var never = new CountingFuture<String>("never");
        try {
            Call<DoneAndNotDone<Future<String>>> call =
                    Call.start("waitFor", () -> waitFor(List.<Future<String>>of(first, never), null, FIRST_COMPLETED));
            first.awaitGetCalled(call);
            never.awaitGetCalled(call);
            first.complete("first");
            DoneAndNotDone<Future<String>> result = assertThat(call.result).succeedsWithin(WAIT).actual();
            assertThat(result.notDone()).containsExactly(never);
            assertThat(never.nobodyWaitsWithin())
                    .as("after waitFor(FIRST_COMPLETED) returned, a thread is still blocked in get() on the future it"
                            + " gave up on: interrupt your waiters when you return · 대기자를 인터럽트하세요")
                    .isTrue();

            Call<DoneAndNotDone<Future<String>>> timed =
                    Call.start("waitFor", () -> waitFor(List.<Future<String>>of(never), SHORT, ALL_COMPLETED));
            assertThat(timed.result).succeedsWithin(SHORT.plus(MARGIN).plus(WAIT));
            assertThat(never.nobodyWaitsWithin())
                    .as("after waitFor timed out, a thread is still blocked in get() on the unfinished future").isTrue();
        } finally {
            first.complete("end");
            never.complete("end");
        }
    }

    @Test
    @DisplayName("waits without busy-polling · 바쁜 폴링 없이 기다린다")
    void noBusyPolling() {
        // Two futures the test holds ~600 ms. A blocking waitFor looks at each a handful of times; one that polls
        // isDone(), state() or get(timeout) in a loop does so hundreds of times.
        var first = new CountingFuture<String>("first");
        var second = new CountingFuture<String>("second");
        try {
            Call<DoneAndNotDone<Future<String>>> call = Call.start("waitFor",
                    () -> waitFor(List.<Future<String>>of(first, second), Duration.ofSeconds(10), ALL_COMPLETED));
            assertThat(call.result).failsWithin(Duration.ofMillis(600)).withThrowableOfType(TimeoutException.class);
            first.complete("first");
            second.complete("second");

            DoneAndNotDone<Future<String>> result = assertThat(call.result).succeedsWithin(WAIT).actual();
            assertThat(result.done()).containsExactly(first, second);
            assertThat(first.calls.get() + second.calls.get())
                    .as("calls to isDone/isCancelled/state/get while waiting ~600 ms: a blocking wait needs a few,"
                            + " a polling loop hundreds · 폴링하지 말고 블록하세요")
                    .isLessThan(25);
        } finally {
            first.complete("end");
            second.complete("end");
        }
    }
}
