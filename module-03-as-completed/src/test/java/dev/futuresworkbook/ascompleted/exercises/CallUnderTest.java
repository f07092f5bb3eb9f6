package dev.futuresworkbook.ascompleted.exercises;

import java.util.concurrent.Future;

/** The code under test, run by a test on another thread so that a wrong answer cannot hang the test. */
final class CallUnderTest {

    private CallUnderTest() {}

    /**
     * Fails the test if {@code call} has already ended — {@code when} says what it should have waited for.
     * Its exception becomes the cause, so an unsolved exercise shows its "not solved yet" message.
     */
    static void failIfEnded(Future<?> call, String when) {
        switch (call.state()) {
            case RUNNING -> { }
            case SUCCESS -> throw new AssertionError("the call returned " + call.resultNow() + " " + when
                    + " · 기다려야 할 것을 기다리지 않고 끝났습니다");
            case FAILED -> throw new AssertionError("the call failed " + when + ": " + call.exceptionNow(),
                    call.exceptionNow());
            case CANCELLED -> throw new AssertionError("the call was cancelled " + when);
        }
    }
}
