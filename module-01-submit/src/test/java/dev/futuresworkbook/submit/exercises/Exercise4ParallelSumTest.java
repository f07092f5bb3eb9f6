package dev.futuresworkbook.submit.exercises;

import static dev.futuresworkbook.submit.exercises.ParallelSum.parallelSum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Call;
import dev.futuresworkbook.testkit.ExerciseTest;
import dev.futuresworkbook.testkit.Timeline.Drawn;
import dev.futuresworkbook.testkit.RecordingThreads;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("exercise-4")
class Exercise4ParallelSumTest extends ExerciseTest {

    @ParameterizedTest(name = "parallelSum({0}, {1}) = {2}")
    @CsvSource({"10000000, 4, 50000005000000", "1000000, 1, 500000500000", "10, 3, 55",
            "7, 7, 28", "2, 4, 3", "0, 2, 0", "1, 1, 1"})
    @DisplayName("adds up to Gauss's sum, and its pool's threads have ended when it returns · 가우스 공식과 같은 합을 돌려주고, 돌아올 때 풀의 스레드는 모두 끝나 있다")
    void sums(long n, int tasks, long expected) throws InterruptedException, ExecutionException {
        var threads = new RecordingThreads();
        assertThat(parallelSum(n, tasks, threads)).as("parallelSum(%d, %d) · 1부터 %d까지의 합", n, tasks, n)
                .isEqualTo(expected);
        threads.assertAllFinished("parallelSum");
    }

    @Test
    @DisplayName("every split covers 1..n exactly once · 어떻게 나눠도 1부터 n까지 정확히 한 번씩 더한다")
    void everySplit() throws InterruptedException, ExecutionException {
        for (long n : new long[] {0, 1, 2, 3, 5, 10, 99, 100, 1001}) {
            for (int tasks : new int[] {1, 2, 3, 4, 7}) {
                assertThat(parallelSum(n, tasks, Executors.defaultThreadFactory()))
                        .as("parallelSum(%d, %d): every number of 1..%d once · 1부터 %d까지 모든 수를 한 번씩", n, tasks, n, n)
                        .isEqualTo(n * (n + 1) / 2);
            }
        }
    }

    @Test
    @DisplayName("submits every range before it waits for any, one thread each · 어느 구간도 기다리기 전에 모든 구간을 제출하고, 구간마다 스레드 하나를 쓴다")
    @Drawn("every range runs at the same time, side by side · 모든 구간이 나란히 동시에 돈다")
    void rangesRunAtOnce() throws InterruptedException {
        int tasks = 4;
        var threads = RecordingThreads.heldAtStart(); // no range can run, let alone finish, until the test says so
        var call = Call.start("parallelSum", () -> parallelSum(1_000_000, tasks, threads));
        boolean allMadeWhileHeld;
        allMadeWhileHeld = threads.awaitCreated(tasks, call);
        threads.open();
        assertThat(call.assertReturnsWithin(WAIT, "parallelSum returns the sum · parallelSum은 합을 돌려줘야 합니다"))
                .as("parallelSum(1000000, 4) · 1부터 1000000까지의 합").isEqualTo(500_000_500_000L);
        assertThat(allMadeWhileHeld)
                .as("while no range could run, %d pool threads were made: submit every range before you wait"
                        + " for one, on a pool of %d threads · 구간이 하나도 돌 수 없는 동안 풀 스레드 %d개가"
                        + " 만들어져야 합니다. 어느 구간을 기다리기 전에 모든 구간을 제출하세요", tasks, tasks, tasks)
                .isTrue();
        assertThat(threads.created()).as("threads made by the factory · 팩토리가 만든 스레드").hasSize(tasks);
        threads.assertAllFinished("parallelSum");
    }

    @Test
    @DisplayName("an interrupted caller gets InterruptedException only once the pool has finished · 호출자가 인터럽트되어도 풀이 끝난 뒤에야 InterruptedException을 던진다")
    @Drawn("interrupted, the call still returns only after every task ended · 인터럽트되어도 모든 작업이 끝난 뒤에야 호출이 돌아온다")
    void interruptedCallerStillWaitsForThePool() throws InterruptedException {
        var threads = RecordingThreads.heldAtStart(); // the ranges are still to run: the pool is busy
        var call = Call.start("parallelSum", () -> parallelSum(1_000_000, 2, threads));
        boolean endedWhileThePoolWasBusy;
        threads.awaitCreated(2, call);
        call.awaitBlocked().interrupt();
        call.awaitEndedOrBlockedIn("awaitTermination");
        endedWhileThePoolWasBusy = call.hasEnded();
        threads.open();
        call.assertThrowsWithin(WAIT, InterruptedException.class, """
                Interrupted while waiting for the ranges: expected InterruptedException.
                구간을 기다리다 인터럽트되면 InterruptedException이 나와야 합니다.""");
        assertThat(endedWhileThePoolWasBusy)
                .as("parallelSum ended while its pool still had ranges to run: shutdown() alone does not wait."
                        + " Close the pool (try-with-resources), also when interrupted"
                        + " · parallelSum이 풀에 돌릴 구간이 남아 있는데 끝났습니다. shutdown() 호출만으로는"
                        + " 기다리지 않습니다. 인터럽트되었을 때도 풀을 닫으세요(try-with-resources)")
                .isFalse();
        threads.assertAllFinished("parallelSum");
    }

    @Test
    @DisplayName("rejects a negative n or fewer than one task with IllegalArgumentException · 음수 n이나 1보다 적은 작업 수는 IllegalArgumentException으로 거부한다")
    void badArguments() {
        var factory = Executors.defaultThreadFactory();
        assertThrows(IllegalArgumentException.class, () -> parallelSum(-1, 2, factory),
                "n = -1: expected IllegalArgumentException · 음수 n은 IllegalArgumentException으로 거부해야 합니다");
        assertThrows(IllegalArgumentException.class, () -> parallelSum(10, 0, factory),
                "tasks = 0: expected IllegalArgumentException · 작업 수 0은 IllegalArgumentException으로 거부해야 합니다");
    }
}
