package dev.futuresworkbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The test kit's cleanup (issue 19): a lesson test that forgets to release what it made through the kit leaves no
 * thread behind, and the thread-leak guard still fails a test for a thread the kit did not make. Each fixture below
 * runs through the JUnit launcher in this JVM, with the two extensions in the order the lessons have them: the
 * guard (registered for the whole run) checks after the cleanup (registered by {@code ExerciseTest}).
 */
@DisplayName("Cleanup · 정리: a forgetful test leaves no thread, a leaking one is still caught")
@ResourceLock("lesson-tests") // the guard compares this JVM's threads before and after: no lesson test beside it
class CleanupTest {

    private static final List<Thread> WORKERS = new CopyOnWriteArrayList<>();
    private static final CountDownLatch FOREVER = new CountDownLatch(1);

    @Test
    @DisplayName("a test that holds tasks in a pool and never releases them passes, and its pool's threads end")
    void forgetfulTestLeavesNoThread() throws InterruptedException {
        TestExecutionSummary summary = run(Forgetful.class);
        assertThat(summary.getFailures()).as("failures of the forgetful test").isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(WORKERS).as("the pool's threads that ran the held tasks").hasSize(2);
        for (Thread worker : WORKERS) worker.join(ExerciseTest.MARGIN);
        assertThat(WORKERS).as("the pool's threads, after the test").noneMatch(Thread::isAlive);
    }

    @Test
    @DisplayName("a test that leaves a thread of its own running still fails on the leak guard")
    void leakGuardStaysOn() throws InterruptedException {
        try {
            TestExecutionSummary summary = run(Leaky.class);
            assertThat(summary.getFailures()).singleElement().extracting(f -> f.getException().getMessage()).asString()
                    .contains("The test left 1 thread(s) running", "'forgotten'");
        } finally {
            FOREVER.countDown(); // the forgotten thread's end, once the guard has seen it
        }
    }

    private static TestExecutionSummary run(Class<?> fixture) {
        var listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false").build(), listener);
        return listener.getSummary();
    }

    /** Holds two tasks in a kit pool, and a pending future, and releases nothing. */
    @ExtendWith({ThreadLeakGuard.class, Cleanup.class})
    static class Forgetful {
        @Test
        void holdsAndForgets() throws InterruptedException {
            ExecutorService pool = ExerciseTest.pool(2);
            for (int i = 0; i < 2; i++) {
                HeldTask<String> held = HeldTask.returning("held");
                var unused = pool.submit(() -> {
                    WORKERS.add(Thread.currentThread());
                    return held.call();
                });
                assertThat(held.awaitStarted()).isTrue();
            }
            var neverCompleted = ExerciseTest.pending();
            assertThat(neverCompleted).isNotDone();
        }
    }

    /** Starts a thread of its own that outlives it: no kit helper knows it. */
    @ExtendWith({ThreadLeakGuard.class, Cleanup.class})
    static class Leaky {
        @Test
        void leaksAThread() {
            Thread.ofPlatform().name("forgotten").start(() -> {
                try {
                    FOREVER.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
