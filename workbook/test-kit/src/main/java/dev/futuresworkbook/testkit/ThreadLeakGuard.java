package dev.futuresworkbook.testkit;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that leaves behind a live thread it started: an executor that was never shut down, or a
 * task that is still running after the test "cancelled" it.
 *
 * <p>Registered for every test of every module through {@code META-INF/services} (see
 * {@code junit-platform.properties}). Threads the JDK or JUnit share between tests (the common
 * {@code ForkJoinPool}, {@code CompletableFuture}'s delay scheduler, JUnit's timeout threads) are not
 * counted. A thread gets a short grace period to finish, because {@code ExecutorService.close()} returns
 * when the pool has terminated, a moment before its worker threads have fully exited.
 */
public final class ThreadLeakGuard implements BeforeEachCallback, AfterEachCallback {

    private static final Duration GRACE = ExerciseTest.MARGIN;
    private static final List<String> SHARED_THREAD_PREFIXES = List.of(
            "ForkJoinPool.commonPool-", "CompletableFutureDelayScheduler", "junit-", "process reaper",
            "surefire-", "ping-", "Common-Cleaner", "Attach Listener", "JShell", "Notification Thread",
            "VirtualThread-unparker", "VirtualThread-unblocker");

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ThreadLeakGuard.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put("before", liveThreads());
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        @SuppressWarnings("unchecked")
        Set<Thread> before = (Set<Thread>) context.getStore(NAMESPACE).get("before", Set.class);
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (Thread thread : liveThreads()) {
            if (before.contains(thread) || isShared(thread)) continue;
            long left = deadline - System.nanoTime();
            if (left > 0) thread.join(Duration.ofNanos(left));
        }
        List<String> leaked = liveThreads().stream()
                .filter(t -> !before.contains(t) && !isShared(t))
                .map(ThreadLeakGuard::describe)
                .sorted()
                .toList();
        if (!leaked.isEmpty()) {
            throw new AssertionError("""
                    The test left %d thread(s) running: %s.
                    Shut down every executor you create (try-with-resources), and stop the tasks you cancel.
                    테스트가 끝난 뒤에도 스레드 %d개가 살아 있습니다. 만든 실행기는 모두 종료하고(try-with-resources),
                    취소한 작업은 실제로 멈추게 하세요."""
                    .formatted(leaked.size(), String.join(", ", leaked), leaked.size()));
        }
    }

    private static String describe(Thread thread) {
        String where = Arrays.stream(thread.getStackTrace()).limit(4)
                .map(StackTraceElement::toString).collect(Collectors.joining(" < "));
        return "'" + thread.getName() + "' (" + thread.getState() + " at " + where + ")";
    }

    private static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .collect(Collectors.toSet());
    }

    private static boolean isShared(Thread thread) {
        // Shared by every test, like the common pool's workers (they end on their own once idle: 30 s, 60 s).
        if (thread.getClass().getName().equals("jdk.internal.misc.CarrierThread")) return true;
        String name = thread.getName();
        return SHARED_THREAD_PREFIXES.stream().anyMatch(name::startsWith);
    }
}
