package dev.futuresworkbook.testkit;

/**
 * Korean particles chosen by the sound a word ends on, so that a message with a number or a name in it
 * reads right: "작업 2는", "작업 3은", "작업 1로", "작업 3으로".
 *
 * <pre>{@code
 * Korean.particle(2, "은/는")        // "2는"
 * Korean.particle("firstN", "이/가") // "firstN이"
 * }</pre>
 *
 * Numbers are read the Sino-Korean way (일, 이, 삼, …, 십, 백, 천, 만); a Latin word by its last letters as
 * Korean speakers say loanwords and code names (…l, …m, …n and …ng end on a consonant, and so does a t or p after a short
 * vowel: 겟, 타임아웃, 스톱; other endings get a vowel: 태스크, 리스트, 웨이트, 퓨처스).
 */
public final class Korean {

    private Korean() {}

    /**
     * The word followed by the right form of the particle.
     *
     * @param word a number, a Hangul word or a Latin name
     * @param pair the two forms, after a consonant first: "은/는", "이/가", "을/를", "과/와" or "으로/로"
     */
    public static String particle(Object word, String pair) {
        String[] forms = pair.split("/", -1);
        if (forms.length != 2) throw new IllegalArgumentException("a particle pair looks like 은/는: " + pair);
        String text = String.valueOf(word);
        Coda coda = coda(text);
        boolean afterConsonant = pair.equals("으로/로") ? coda == Coda.OTHER : coda != Coda.NONE;
        return text + (afterConsonant ? forms[0] : forms[1]);
    }

    /** What a word ends on: no final consonant, ㄹ (which takes 로, not 으로), or another final consonant. */
    private enum Coda { NONE, RIEUL, OTHER }

    private static Coda coda(String text) {
        String t = text.strip();
        if (t.isEmpty()) return Coda.NONE;
        char last = t.charAt(t.length() - 1);
        if (last >= '가' && last <= '힣') {
            int jong = (last - '가') % 28;
            return jong == 0 ? Coda.NONE : jong == 8 ? Coda.RIEUL : Coda.OTHER;
        }
        if (Character.isDigit(last)) return numberCoda(t);
        if (Character.isUpperCase(last) && (t.length() == 1 || Character.isUpperCase(t.charAt(t.length() - 2))
                || !Character.isLetter(t.charAt(t.length() - 2)))) {
            // A letter said by its name: 엘, 엠, 엔, 알 end on a consonant; 에이, 비, 에스, 엑스 do not.
            return "LR".indexOf(last) >= 0 ? Coda.RIEUL : "MN".indexOf(last) >= 0 ? Coda.OTHER : Coda.NONE;
        }
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("ng") || lower.endsWith("m") || lower.endsWith("n")) return Coda.OTHER;
        if (lower.endsWith("l")) return Coda.RIEUL;
        // A short vowel before a final t or p keeps it as a consonant (겟, 서브밋, 타임아웃, 스톱); after a cluster or
        // a long vowel it gets one (리스트, 웨이트, 슬리프 is rare: 슬립).
        if (lower.matches(".*(?:[^aeiou][aeiou][tp]|out)") || lower.matches(".*(?:ee|oo)p")) return Coda.OTHER;
        return Coda.NONE;
    }

    /** 일 칠 팔 end on ㄹ; 삼 육 십 백 천 만 영 on another consonant; 이 사 오 구 on none. */
    private static Coda numberCoda(String t) {
        int end = t.length();
        int start = end;
        while (start > 0 && Character.isDigit(t.charAt(start - 1))) start--;
        String digits = t.substring(start, end).replaceFirst("^0+(?=.)", "");
        char last = digits.charAt(digits.length() - 1);
        if (last != '0') return "178".indexOf(last) >= 0 ? Coda.RIEUL : "36".indexOf(last) >= 0 ? Coda.OTHER : Coda.NONE;
        return Coda.OTHER; // 영, 십, 백, 천, 만: each ends on a consonant
    }
}
