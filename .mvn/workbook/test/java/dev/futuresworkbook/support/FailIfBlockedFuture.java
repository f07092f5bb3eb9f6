package dev.futuresworkbook.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A test double: a {@link Future} the test completes by hand, whose {@code get()} fails the test when it
 * is called before the future is done, because that call would block.
 *
 * <p>It catches the classic mistakes "took the results in submission order" and "waited on a future just
 * to look at it": code under test that is right only calls {@code get()} on futures that are done.
 *
 * <pre>{@code
 * var slow = new FailIfBlockedFuture<String>();
 * var fast = new FailIfBlockedFuture<String>();
 * fast.complete("fast");
 * // code under test that calls slow.get() now fails with an AssertionError naming the mistake
 * }</pre>
 */
public final class FailIfBlockedFuture<T> implements Future<T> {

    private final CompletableFuture<T> delegate = new CompletableFuture<>();
    private final String name;

    public FailIfBlockedFuture() {
        this("future");
    }

    public FailIfBlockedFuture(String name) {
        this.name = name;
    }

    public boolean complete(T value) {
        return delegate.complete(value);
    }

    public boolean completeExceptionally(Throwable failure) {
        return delegate.completeExceptionally(failure);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        return delegate.cancel(mayInterruptIfRunning);
    }

    @Override
    public boolean isCancelled() {
        return delegate.isCancelled();
    }

    @Override
    public boolean isDone() {
        return delegate.isDone();
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        failIfNotDone("get()");
        return delegate.get();
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        failIfNotDone("get(timeout)");
        return delegate.get(timeout, unit);
    }

    private void failIfNotDone(String call) {
        if (!delegate.isDone()) {
            throw new AssertionError(call + " was called on " + name + ", which is not done yet: that call blocks."
                    + " Only wait on a future that is done (isDone(), state()), or wait for the first to finish."
                    + " / 아직 끝나지 않은 " + name + "에 " + call + "을(를) 호출했습니다: 이 호출은 블록됩니다.");
        }
    }

    @Override
    public String toString() {
        return name + "[" + state() + "]";
    }
}
