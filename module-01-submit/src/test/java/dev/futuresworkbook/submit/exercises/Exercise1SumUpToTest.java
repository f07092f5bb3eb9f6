package dev.futuresworkbook.submit.exercises;

import static dev.futuresworkbook.submit.exercises.SumUpTo.sumUpTo;
import static dev.futuresworkbook.submit.exercises.SumUpTo.sumUpToExact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("exercise-1")
@DisplayName("Exercise 1 · 연습 1 — sumUpTo: exact sums, overflow reported")
class Exercise1SumUpToTest {

    /**
     * Constant time means microseconds: {@value #REPEATS} calls fit easily in a second, while a loop to 2^32
     * takes about a second per call (and the overflow of a loop to 10^12 shows up only after 2^32 steps).
     */
    private static final Duration CONSTANT_TIME = Duration.ofSeconds(1);
    private static final int REPEATS = 10;

    @ParameterizedTest(name = "sumUpTo({0}) = {1}")
    @CsvSource({"0, 0", "1, 1", "10, 55", "100, 5050", "10000, 50005000",
            "1000000, 500000500000", "10000000, 50000005000000"})
    @DisplayName("is right for small numbers and for the seed's work list · 시드의 작업 목록에 대해 정확하다")
    void seedInputs(long n, long expected) {
        assertThat(sumUpTo(n)).as("sumUpTo(%d)", n).isEqualTo(expected);
    }

    @Test
    @DisplayName("agrees with adding one by one for 0..2000 · 하나씩 더한 값과 같다")
    void agreesWithALoop() {
        long loop = 0;
        for (long n = 0; n <= 2000; n++) {
            loop += n;
            assertThat(sumUpTo(n)).as("sumUpTo(%d)", n).isEqualTo(loop);
        }
    }

    @Test
    @DisplayName("is exact for the largest n that fits a long, 2^32 - 1 · long에 들어가는 가장 큰 n")
    void largestThatFits() {
        assertTimeoutPreemptively(CONSTANT_TIME, () -> {
            for (int i = 0; i < REPEATS; i++) assertThat(sumUpTo(4_294_967_295L)).isEqualTo(9_223_372_034_707_292_160L);
        }, "sumUpTo must take constant time: use n(n+1)/2, not a loop · 반복문 대신 공식을 쓰세요");
    }

    @ParameterizedTest(name = "sumUpTo({0}) throws ArithmeticException")
    @CsvSource({"4294967296", "1000000000000", "9223372036854775807"})
    @DisplayName("reports overflow instead of returning a wrong number · 오버플로를 숨기지 않는다")
    void overflowIsReported(long n) {
        assertTimeoutPreemptively(CONSTANT_TIME, () -> {
            for (int i = 0; i < REPEATS; i++) {
                assertThatThrownBy(() -> sumUpTo(n))
                        .as("sumUpTo(%d) does not fit a long: it must throw ArithmeticException, not wrap around", n)
                        .isInstanceOf(ArithmeticException.class);
            }
        }, "sumUpTo must take constant time: use n(n+1)/2, not a loop · 반복문 대신 공식을 쓰세요");
    }

    @Test
    @DisplayName("rejects a negative n · 음수 n은 거부한다")
    void negative() {
        assertThatThrownBy(() -> sumUpTo(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sumUpToExact(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("sumUpToExact gives the seed's 10^12 sum exactly · 10^12까지의 합도 정확하다")
    void exactForTheSeedsLargestInput() {
        assertThat(sumUpToExact(1_000_000_000_000L)).isEqualTo(new BigInteger("500000000000500000000000"));
        assertThat(sumUpToExact(0)).isEqualTo(BigInteger.ZERO);
        assertThat(sumUpToExact(10)).isEqualTo(BigInteger.valueOf(55));
        BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
        assertThat(sumUpToExact(Long.MAX_VALUE)).isEqualTo(max.multiply(max.add(BigInteger.ONE)).divide(BigInteger.TWO));
    }
}
