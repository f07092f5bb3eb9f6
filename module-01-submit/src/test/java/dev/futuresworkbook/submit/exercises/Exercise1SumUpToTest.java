package dev.futuresworkbook.submit.exercises;

import static dev.futuresworkbook.submit.exercises.SumUpTo.sumUpTo;
import static dev.futuresworkbook.submit.exercises.SumUpTo.sumUpToExact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.futuresworkbook.testkit.ExerciseTest;
import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("exercise-1")
class Exercise1SumUpToTest extends ExerciseTest {

    /**
     * Constant time means microseconds: ten calls fit easily in a second (10 SHORT), while a loop to 2^32 takes
     * about a second per call (and the overflow of a loop to 10^12 shows up only after 2^32 steps).
     */
    private static final Duration TEN_CALLS = SHORT.multipliedBy(10);

    private static final String CONSTANT_TIME = """
            Expected ten calls within a second: use the formula n(n+1)/2, not a loop.
            열 번 호출이 1초 안에 끝나야 합니다. 반복문 대신 n(n+1)/2 공식을 쓰세요.""";

    @ParameterizedTest(name = "sumUpTo({0}) = {1}")
    @CsvSource({"0, 0", "1, 1", "10, 55", "100, 5050", "10000, 50005000",
            "1000000, 500000500000", "10000000, 50000005000000"})
    @DisplayName("is right for small numbers and for the work list of the original notes · 작은 수와 원본 노트의 작업 목록에 대해 정확한 합을 돌려준다")
    void workListInputs(long n, long expected) {
        assertThat(sumUpTo(n)).as("sumUpTo(%d) · 1부터 %d까지의 합", n, n).isEqualTo(expected);
    }

    @Test
    @DisplayName("agrees with adding one by one for 0..2000 · 0부터 2000까지 하나씩 더한 값과 같은 합을 돌려준다")
    void agreesWithALoop() {
        long loop = 0;
        for (long n = 0; n <= 2000; n++) {
            loop += n;
            assertThat(sumUpTo(n)).as("sumUpTo(%d) · 1부터 %d까지 하나씩 더한 값", n, n).isEqualTo(loop);
        }
    }

    @Test
    @DisplayName("is exact, in constant time, for the largest n that fits a long, 2^32 - 1 · long 타입에 들어가는 가장 큰 n인 2^32 - 1에서도 상수 시간에 정확한 합을 돌려준다")
    void largestThatFits() {
        assertTimeoutPreemptively(TEN_CALLS, () -> {
            for (int i = 0; i < 10; i++) {
                assertThat(sumUpTo(4_294_967_295L)).as("sumUpTo(2^32 - 1) · 1부터 2^32 - 1까지의 합")
                        .isEqualTo(9_223_372_034_707_292_160L);
            }
        }, CONSTANT_TIME);
    }

    @ParameterizedTest(name = "sumUpTo({0}) throws ArithmeticException")
    @CsvSource({"4294967296", "1000000000000", "9223372036854775807"})
    @DisplayName("reports an overflow with ArithmeticException, in constant time, instead of a wrong number · 오버플로가 나면 틀린 수 대신 ArithmeticException을 상수 시간에 던진다")
    void overflowIsReported(long n) {
        assertTimeoutPreemptively(TEN_CALLS, () -> {
            for (int i = 0; i < 10; i++) {
                assertThrows(ArithmeticException.class, () -> sumUpTo(n), """
                        sumUpTo(%d) does not fit a long: expected ArithmeticException (Math.multiplyExact), not a wrapped number.
                        1부터 %d까지의 합은 long 타입에 들어가지 않습니다. 오버플로가 난 틀린 수가 아니라 ArithmeticException이 나와야 합니다(Math.multiplyExact)."""
                        .formatted(n, n));
            }
        }, CONSTANT_TIME);
    }

    @Test
    @DisplayName("rejects a negative n with IllegalArgumentException · 음수 n은 IllegalArgumentException으로 거부한다")
    void negative() {
        String rule = """
                A negative n is rejected: expected IllegalArgumentException.
                음수 n은 거부해야 합니다. IllegalArgumentException이 나와야 합니다.""";
        assertThrows(IllegalArgumentException.class, () -> sumUpTo(-1), "sumUpTo(-1): " + rule);
        assertThrows(IllegalArgumentException.class, () -> sumUpToExact(-1), "sumUpToExact(-1): " + rule);
    }

    @Test
    @DisplayName("sumUpToExact gives even the 10^12 sum of the original notes exactly · sumUpToExact는 원본 노트의 10^12까지의 합도 정확히 돌려준다")
    void exactForTheLargestInput() {
        BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
        assertThat(sumUpToExact(1_000_000_000_000L)).as("sumUpToExact(10^12) · 1부터 10^12까지의 합")
                .isEqualTo(new BigInteger("500000000000500000000000"));
        assertThat(sumUpToExact(0)).as("sumUpToExact(0) · 0까지의 합").isEqualTo(BigInteger.ZERO);
        assertThat(sumUpToExact(10)).as("sumUpToExact(10) · 1부터 10까지의 합").isEqualTo(BigInteger.valueOf(55));
        assertThat(sumUpToExact(Long.MAX_VALUE)).as("sumUpToExact(Long.MAX_VALUE) · 1부터 Long.MAX_VALUE 값까지의 합")
                .isEqualTo(max.multiply(max.add(BigInteger.ONE)).divide(BigInteger.TWO));
    }
}
