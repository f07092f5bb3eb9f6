package dev.futuresworkbook.wait;

/**
 * When a wait for many futures may return before its timeout: Python's {@code concurrent.futures}
 * constants {@code FIRST_COMPLETED}, {@code FIRST_EXCEPTION} and {@code ALL_COMPLETED}, under the same names.
 *
 * <p>Whatever the choice, the wait returns at the latest when its timeout has passed, and it returns at once
 * if the futures already meet the condition when it is called. A future is <em>done</em> when it completed
 * with a result, failed, or was cancelled ({@link java.util.concurrent.Future#isDone()}).
 */
public enum ReturnWhen {

    /** Return as soon as any future is done: finished, failed or cancelled. */
    FIRST_COMPLETED,

    /**
     * Return as soon as any future fails, that is, completes with an exception
     * ({@link java.util.concurrent.Future.State#FAILED}). A cancelled future is not a failure. If no future
     * fails, this is the same as {@link #ALL_COMPLETED}.
     */
    FIRST_EXCEPTION,

    /** Return when every future is done. */
    ALL_COMPLETED
}
