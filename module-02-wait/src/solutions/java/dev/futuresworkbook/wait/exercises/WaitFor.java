package dev.futuresworkbook.wait.exercises;

import dev.futuresworkbook.wait.DoneAndNotDone;
import dev.futuresworkbook.wait.ReturnWhen;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Exercises 1 and 2 · 연습 1, 2: Python's {@code concurrent.futures.wait}, for any Java {@link Future}.
 * (Reference solution.)
 */
public final class WaitFor {

    private WaitFor() {}

    /**
     * Waits until the futures are done as {@code returnWhen} asks, or until {@code timeout} has passed since
     * this call, whichever comes first, and returns which futures were done then: Python's
     * {@code concurrent.futures.wait(fs, timeout, return_when)}.
     * <ul>
     *   <li>The timeout counts from this call, once for all the futures. {@code null} means no timeout: wait
     *       as long as it takes. {@link Duration#ZERO} looks without waiting.</li>
     *   <li>Futures that are already done count at once; if they already meet {@code returnWhen}, this
     *       method returns without waiting. With no futures at all it returns two empty sets at once.</li>
     *   <li>A future given more than once is one future: it appears once in the result.</li>
     *   <li>A cancelled future is done (and, for {@link ReturnWhen#FIRST_EXCEPTION}, is not a failure).</li>
     *   <li>When the timeout passes, nothing is thrown and nothing is cancelled: the result says which
     *       futures did not finish, and the caller decides what to do with them.</li>
     * </ul>
     * It blocks until something happens, without polling, and works with every kind of future: the ones an
     * {@code ExecutorService} returns, {@code CompletableFuture}s, your own.
     *
     * <pre>{@code
     * var result = WaitFor.waitFor(futures, Duration.ofSeconds(1), ReturnWhen.ALL_COMPLETED);
     * result.notDone().forEach(future -> future.cancel(true));   // if you do not want them any more
     * }</pre>
     *
     * @param futures the futures to wait for
     * @param timeout how long to wait at most, counted from this call; {@code null} for no limit
     * @param returnWhen when to return before the timeout has passed
     * @return the futures that were done when this method returned and those that were not, each set in the
     *         order of {@code futures}
     * @throws NullPointerException if {@code futures}, one of its elements or {@code returnWhen} is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public static <F extends Future<?>> DoneAndNotDone<F> waitFor(
            Collection<? extends F> futures, Duration timeout, ReturnWhen returnWhen) throws InterruptedException {
        long start = System.nanoTime(); // the timeout counts from the call, not from when we are ready to wait
        Objects.requireNonNull(futures, "futures");
        Objects.requireNonNull(returnWhen, "returnWhen");
        if (timeout != null && timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
        }
        long limit = timeout == null ? Long.MAX_VALUE : TimeUnit.NANOSECONDS.convert(timeout); // saturates, no overflow
        Set<F> distinct = new LinkedHashSet<>(); // duplicates once, in the given order
        for (F future : futures) distinct.add(Objects.requireNonNull(future, "futures must not contain null"));

        List<F> pending = distinct.stream().filter(future -> !future.isDone()).toList();
        if (!pending.isEmpty() && !alreadyMet(distinct, pending, returnWhen) && limit > 0) {
            // A Future has no callback, so each pending one gets a waiter: a virtual thread that blocks in get()
            // and then hands the future over to us through a queue.
            BlockingQueue<F> finished = new LinkedBlockingQueue<>();
            ExecutorService waiters = Executors.newVirtualThreadPerTaskExecutor();
            try {
                for (F future : pending) waiters.execute(() -> handOverWhenDone(future, finished));
                awaitCondition(finished, pending.size(), returnWhen, start, limit);
            } finally {
                // However we leave, interrupt the waiters still blocked in get(): each ends at once. Waiting for
                // them to end (close()) would only delay our return.
                waiters.shutdownNow();
            }
        }
        return partition(distinct);
    }

    private static boolean alreadyMet(Set<? extends Future<?>> all, List<? extends Future<?>> pending, ReturnWhen returnWhen) {
        return switch (returnWhen) {
            case ALL_COMPLETED -> false; // something is pending
            case FIRST_COMPLETED -> pending.size() < all.size();
            case FIRST_EXCEPTION -> all.stream().anyMatch(future -> future.isDone() && future.state() == Future.State.FAILED);
        };
    }

    /** Takes finished futures off the queue, with the time left, until {@code returnWhen} is met or time is up. */
    private static <F extends Future<?>> void awaitCondition(BlockingQueue<F> finished, int pending,
            ReturnWhen returnWhen, long start, long limit) throws InterruptedException {
        for (int left = pending; left > 0; left--) {
            F next;
            if (limit == Long.MAX_VALUE) {
                next = finished.take();
            } else {
                long remaining = limit - (System.nanoTime() - start);
                next = remaining > 0 ? finished.poll(remaining, TimeUnit.NANOSECONDS) : null;
                if (next == null) return; // timed out: not an error, the result will say what is not done
            }
            if (returnWhen == ReturnWhen.FIRST_COMPLETED) return;
            if (returnWhen == ReturnWhen.FIRST_EXCEPTION && next.state() == Future.State.FAILED) return;
        }
    }

    private static <F extends Future<?>> void handOverWhenDone(F future, BlockingQueue<? super F> finished) {
        try {
            future.get();
        } catch (InterruptedException e) {
            return; // waitFor has returned and is no longer listening
        } catch (ExecutionException | CancellationException e) {
            // failed or cancelled: done all the same
        }
        finished.add(future);
    }

    private static <F extends Future<?>> DoneAndNotDone<F> partition(Set<F> futures) {
        Set<F> done = new LinkedHashSet<>();
        Set<F> notDone = new LinkedHashSet<>();
        for (F future : futures) (future.isDone() ? done : notDone).add(future);
        return new DoneAndNotDone<>(done, notDone);
    }
}
