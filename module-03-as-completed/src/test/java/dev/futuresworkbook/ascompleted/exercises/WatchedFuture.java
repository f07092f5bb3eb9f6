package dev.futuresworkbook.ascompleted.exercises;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test double for the {@code asCompleted} exercises: a {@link CompletableFuture} the test completes by
 * hand, which
 * <ul>
 *   <li>fails the test when {@code get()} or {@code join()} is called before it is done — that call would
 *       block: the mistake "took the futures in submission order" (in the spirit of the workbook's
 *       {@code FailIfBlockedFuture}, but a {@code CompletableFuture}, which {@code asCompleted} takes);</li>
 *   <li>counts every look at its state ({@code isDone()}, {@code state()}, {@code getNow()}, a timed
 *       {@code get}, ...), so that a test can tell a helper that blocks from one that busy-polls.</li>
 * </ul>
 */
final class WatchedFuture<T> extends CompletableFuture<T> {

    private final String name;
    private final AtomicInteger looks = new AtomicInteger();

    WatchedFuture(String name) {
        this.name = name;
    }

    /** How many times its state was looked at, over all the given futures. */
    static int looks(Collection<? extends WatchedFuture<?>> futures) {
        return futures.stream().mapToInt(WatchedFuture::looks).sum();
    }

    /** How many times its state was looked at. */
    int looks() {
        return looks.get();
    }

    private void look() {
        looks.incrementAndGet();
    }

    private void failIfNotDone(String call) {
        if (!super.isDone()) {
            throw new AssertionError(call + " was called on " + name + ", which is not done yet: that call blocks."
                    + " as_completed hands out a future only once it is done; wait for the FIRST to finish"
                    + " (a callback and a queue), never for one in particular."
                    + " / 아직 끝나지 않은 " + name + "에 " + call + "을(를) 호출했습니다: 이 호출은 블록됩니다.");
        }
    }

    @Override
    public boolean isDone() {
        look();
        return super.isDone();
    }

    @Override
    public State state() {
        look();
        return super.state();
    }

    @Override
    public T getNow(T valueIfAbsent) {
        look();
        return super.getNow(valueIfAbsent);
    }

    @Override
    public boolean isCompletedExceptionally() {
        look();
        return super.isCompletedExceptionally();
    }

    @Override
    public boolean isCancelled() {
        look();
        return super.isCancelled();
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        look(); // a timed get() in a loop is polling too
        return super.get(timeout, unit);
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        failIfNotDone("get()");
        return super.get();
    }

    @Override
    public T join() {
        failIfNotDone("join()");
        return super.join();
    }

    @Override
    public String toString() {
        return name;
    }
}
