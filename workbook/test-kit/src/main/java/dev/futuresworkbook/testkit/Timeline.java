package dev.futuresworkbook.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The learner's own run, drawn: what the kit saw during a test (a {@link Call} started, was seen parked, returned
 * or threw; a {@link HeldTask} ran from here to there, or was interrupted; a {@link WatchedFuture} was completed),
 * as one text line per call, task or future on one time axis. A test whose lesson is <em>when</em> things happen
 * carries {@link Drawn} with the picture a right answer gives; when it fails, its message ends with the drawing.
 *
 * <pre>
 * Your run · 내 실행: 0 … 212 ms, one column = 7 ms · 한 칸 = 7밀리초
 *   call waitFor    [z·····]
 *   task "first"     ===
 *   task "second"    =====>
 *   [ call · 호출  z parked · 대기  ] returned · 반환  ! threw · 예외  = runs · 실행  x interrupted · 인터럽트  > still running · 실행 중  * completed · 완료
 * Expected · 기대: the call returns only after every task has ended · 모든 작업이 끝난 뒤에야 호출이 돌아온다
 * </pre>
 * Lessons 2 and 3 draw their own timelines in their programs; the lessons do not depend on the kit, so the kit
 * keeps its own drawer, in the same spirit (one line each, a bar from start to end).
 */
public final class Timeline implements TestExecutionExceptionHandler {

    /** Marks a test whose failure message ends with the learner's run, drawn, and the picture a right answer gives. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Drawn {
        /** What the picture of a right answer looks like, in English and Korean. */
        String value();
    }

    /** The first line of a drawing: the progress summary looks for it. */
    public static final String HEADER = "Your run · 내 실행";
    private static final int WIDTH = 40;
    private static final int MAX_ROWS = 7;
    private static final String LEGEND = "  [ call · 호출  z parked · 대기  ] returned · 반환  ! threw · 예외  = runs · 실행"
            + "  x interrupted · 인터럽트  > still running · 실행 중  * completed · 완료";

    private record Event(String row, char mark, long nanos, boolean span) {}

    private static final List<Event> EVENTS = new CopyOnWriteArrayList<>();
    private static volatile long origin = System.nanoTime();
    /** When the kit saw the test fail, or 0: the drawing ends there (see {@link #freeze()}). */
    private static volatile long frozen;

    static void reset() {
        EVENTS.clear();
        origin = System.nanoTime();
        frozen = 0;
    }

    /**
     * Ends the drawing now, the first time it is called in a test: the kit calls it where it finds the failure,
     * so that what the test does while failing (a pool's {@code close()} releases the held tasks, which then end,
     * and the call under test with them) is not drawn as the learner's run. Spans still open now end in {@code >}.
     */
    static void freeze() {
        if (frozen == 0) frozen = System.nanoTime();
    }

    /** Something that happened at one moment on row {@code row}. */
    static void mark(String row, char mark) {
        EVENTS.add(new Event(row, mark, System.nanoTime(), false));
    }

    /** The start ({@code open}) or end of a span on row {@code row}: a bar of {@code fill} between them. */
    static void span(String row, char mark, long nanos) {
        EVENTS.add(new Event(row, mark, nanos, true));
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        var drawn = context.getTestMethod().map(m -> m.getAnnotation(Drawn.class)).orElse(null);
        if (drawn == null || !(thrown instanceof AssertionError) || EVENTS.isEmpty()) throw thrown;
        var withRun = new AssertionError(thrown.getMessage() + "\n" + draw(drawn.value()), thrown.getCause());
        withRun.setStackTrace(thrown.getStackTrace());
        throw withRun;
    }

    /** The drawing of the events so far, at most 10 lines, ending with the expected picture. */
    static String draw(String expected) {
        long now = frozen != 0 ? frozen : System.nanoTime();
        List<Event> events = new ArrayList<>(EVENTS.stream().filter(e -> e.nanos <= now).toList());
        long start = origin;
        long end = Math.max(now, start + 1);
        long first = events.stream().mapToLong(Event::nanos).min().orElse(start);
        start = Math.max(start, first);
        long column = Math.max(1, (end - start + WIDTH - 1) / WIDTH);
        Map<String, char[]> rows = new LinkedHashMap<>();
        Map<String, Integer> open = new LinkedHashMap<>();
        for (Event e : events.stream().sorted((a, b) -> Long.compare(a.nanos, b.nanos)).toList()) {
            if (!rows.containsKey(e.row) && rows.size() == MAX_ROWS) continue;
            char[] line = rows.computeIfAbsent(e.row, r -> " ".repeat(WIDTH + 1).toCharArray());
            int at = (int) Math.min(WIDTH, Math.max(0, (e.nanos - start) / column));
            if (e.span && (e.mark == '[' || e.mark == '=')) {
                open.put(e.row, at);
                line[at] = e.mark;
            } else if (e.span) {
                Integer from = open.remove(e.row);
                if (from != null) at = Math.max(at, Math.min(WIDTH, from + 1)); // both ends show, however short
                char fill = from != null && line[from] == '[' ? '·' : '=';
                if (from != null) for (int i = from + 1; i < at; i++) if (line[i] == ' ') line[i] = fill;
                line[at] = e.mark == '-' ? (fill == '=' ? '=' : '·') : e.mark;
            } else {
                line[at] = e.mark;
            }
        }
        for (var o : open.entrySet()) { // still running when the test failed
            char[] line = rows.get(o.getKey());
            char fill = line[o.getValue()] == '[' ? '·' : '=';
            for (int i = o.getValue() + 1; i < WIDTH; i++) if (line[i] == ' ') line[i] = fill;
            line[WIDTH] = '>';
        }
        int label = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
        var text = new StringBuilder();
        text.append(String.format("%s: 0 … %d ms, one column = %d ms · 한 칸 = %d밀리초%n",
                HEADER, (end - start) / 1_000_000, Math.max(1, column / 1_000_000), Math.max(1, column / 1_000_000)));
        rows.forEach((row, line) -> text.append(String.format("  %-" + label + "s  %s%n", row, new String(line).stripTrailing())));
        text.append(LEGEND).append('\n');
        text.append("Expected · 기대: ").append(expected);
        return text.toString();
    }
}
