package dev.futuresworkbook.maintainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.futuresworkbook.testkit.Korean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Korean#particle}: numbers 0–99 against their Sino-Korean reading, and a few code names. */
class KoreanParticleTest {

    private static final String DIGITS = "영일이삼사오육칠팔구";

    /** How a number is read aloud, spelled in Hangul: 0 영, 7 칠, 10 십, 21 이십일, 90 구십. */
    private static String reading(int n) {
        if (n < 10) return String.valueOf(DIGITS.charAt(n));
        String tens = (n / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(n / 10))) + "십";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }

    @Test
    void everyNumberFrom0To99TakesTheParticleOfItsReading() {
        for (int n = 0; n < 100; n++) {
            for (String pair : new String[] {"은/는", "이/가", "을/를", "과/와", "으로/로"}) {
                String expected = Korean.particle(reading(n), pair).substring(reading(n).length());
                assertThat(Korean.particle(n, pair)).as("%d (%s) + %s", n, reading(n), pair).isEqualTo(n + expected);
            }
        }
    }

    @Test
    void hangulWordsByTheirLastSyllable() {
        assertThat(Korean.particle("작업", "은/는")).isEqualTo("작업은");
        assertThat(Korean.particle("퓨처", "은/는")).isEqualTo("퓨처는");
        assertThat(Korean.particle("스레드 풀", "으로/로")).isEqualTo("스레드 풀로");
        assertThat(Korean.particle("타임아웃", "으로/로")).isEqualTo("타임아웃으로");
        assertThat(Korean.particle("작업 2", "이/가")).isEqualTo("작업 2가");
        assertThat(Korean.particle("작업 3", "이/가")).isEqualTo("작업 3이");
    }

    @ParameterizedTest
    @CsvSource({"sumUpTo, 은/는, sumUpTo는", "firstN, 은/는, firstN은", "getAll, 으로/로, getAll로",
            "join, 을/를, join을", "task, 이/가, task가", "ExecutorService, 을/를, ExecutorService를",
            "Future, 과/와, Future와", "asCompleted, 은/는, asCompleted는", "ALL_COMPLETED, 이/가, ALL_COMPLETED가",
            "URL, 으로/로, URL로", "JVM, 을/를, JVM을", "wait, 은/는, wait는", "get, 이/가, get이",
            "timeout, 은/는, timeout은", "submit, 을/를, submit을", "list, 이/가, list가", "stop, 으로/로, stop으로",
            "sleep, 을/를, sleep을"})
    void codeNamesAsKoreanEngineersSayThem(String word, String pair, String expected) {
        assertThat(Korean.particle(word, pair)).isEqualTo(expected);
    }
}
