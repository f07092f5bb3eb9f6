package dev.futuresworkbook.submit.exercises;

import static dev.futuresworkbook.submit.exercises.ParallelSum.parallelSum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("exercise-4")
@DisplayName("Exercise 4 · 연습 4 — parallelSum: split, run at once, shut down")
class Exercise4ParallelSumTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    /** A thread factory that remembers every thread it made. */
    static final class RecordingThreads implements ThreadFactory {
        final List<Thread> created = new CopyOnWriteArrayList<>();
        private final ThreadFactory delegate;

        RecordingThreads() {
            this(Executors.defaultThreadFactory());
        }

        RecordingThreads(ThreadFactory delegate) {
            this.delegate = delegate;
        }

        @Override
        public Thread newThread(Runnable r) {
            Thread thread = delegate.newThread(r);
            created.add(thread);
            return thread;
        }

        void assertAllFinished() throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos(); // one deadline for all of them
            for (Thread thread : created) {
                long left = deadline - System.nanoTime();
                if (left > 0) thread.join(Duration.ofNanos(left));
            }
            assertThat(created).as("threads of the pool still alive after parallelSum returned:"
                    + " shut the pool down (try-with-resources) · 풀을 종료하세요").noneMatch(Thread::isAlive);
        }
    }

    @ParameterizedTest(name = "parallelSum({0}, {1}) = {2}")
    @CsvSource({"10000000, 4, 50000005000000", "1000000, 1, 500000500000", "10, 3, 55",
            "7, 7, 28", "2, 4, 3", "0, 2, 0", "1, 1, 1"})
    @DisplayName("adds up to the same sum as Gauss · 가우스 공식과 같은 합을 낸다")
    void sums(long n, int tasks, long expected) throws InterruptedException, ExecutionException {
        var threads = new RecordingThreads();
        assertThat(parallelSum(n, tasks, threads)).isEqualTo(expected);
        threads.assertAllFinished();
    }

    @Test
    @DisplayName("every split covers 1..n exactly once · 어떻게 나눠도 1..n을 정확히 한 번씩 더한다")
    void everySplit() throws InterruptedException, ExecutionException {
        for (long n : new long[] {0, 1, 2, 3, 5, 10, 99, 100, 1001}) {
            for (int tasks : new int[] {1, 2, 3, 4, 7}) {
                assertThat(parallelSum(n, tasks, Executors.defaultThreadFactory()))
                        .as("parallelSum(%d, %d)", n, tasks).isEqualTo(n * (n + 1) / 2);
            }
        }
    }

    @Test
    @DisplayName("runs the ranges at the same time, one thread each · 구간들을 동시에, 스레드 하나씩 돌린다")
    void rangesRunAtOnce() throws InterruptedException, ExecutionException {
        int tasks = 4;
        var allStarted = new CyclicBarrier(tasks);
        var notTogether = new AtomicBoolean();
        // Each pool thread waits until `tasks` of them are running before it takes work:
        // a single-threaded answer never gets there.
        ThreadFactory gated = r -> Executors.defaultThreadFactory().newThread(() -> {
            try {
                allStarted.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (BrokenBarrierException | TimeoutException e) {
                notTogether.set(true);
            }
            r.run();
        });
        var threads = new RecordingThreads(gated);

        assertThat(parallelSum(1_000_000, tasks, threads)).isEqualTo(500_000_500_000L);
        assertThat(notTogether).as("%d pool threads were running at the same time", tasks).isFalse();
        assertThat(threads.created).as("threads made by the factory").hasSize(tasks);
        threads.assertAllFinished();
    }

    @Test
    @DisplayName("rejects a negative n or fewer than one task · 잘못된 인자는 거부한다")
    void badArguments() {
        var factory = Executors.defaultThreadFactory();
        assertThatThrownBy(() -> parallelSum(-1, 2, factory)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parallelSum(10, 0, factory)).isInstanceOf(IllegalArgumentException.class);
    }
}
