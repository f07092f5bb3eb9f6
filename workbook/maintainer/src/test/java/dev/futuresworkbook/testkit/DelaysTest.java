package dev.futuresworkbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The time knob reaches JUnit's own timeout (issue 19): with {@code -Dworkbook.delay.factor=0.1}, a test that
 * never ends is stopped after 2 s (the kit's 20 s times 0.1), not 20 s. The factor is read once per JVM, so the
 * run happens in a JVM of its own ({@link Probe}), through the launcher with the kit's {@link Delays} as its
 * session listener, as Surefire and {@code ExerciseRunner} have it through {@code META-INF/services}.
 */
@DisplayName("Time knob · 시간 배율: workbook.delay.factor scales JUnit's timeout")
class DelaysTest {

    @Test
    @DisplayName("factor 0.1: a test that never ends times out after 2 s")
    void factorScalesTheJUnitTimeout() throws IOException, InterruptedException {
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dworkbook.delay.factor=0.1", "-cp", System.getProperty("java.class.path"), Probe.class.getName())
                .redirectErrorStream(true).start();
        String printed = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(printed).as(printed).contains("neverEnds() timed out after 2000 milliseconds");
    }

    /** Runs {@link NeverEnds} and prints each failure's message. */
    static final class Probe {
        public static void main(String[] args) {
            var listener = new SummaryGeneratingListener();
            LauncherFactory.create(LauncherConfig.builder().addLauncherSessionListeners(new Delays()).build())
                    .execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(NeverEnds.class)).build(), listener);
            listener.getSummary().getFailures().forEach(f -> System.out.println(f.getException()));
        }
    }

    static class NeverEnds {
        @Test
        void neverEnds() throws InterruptedException {
            TimeUnit.MINUTES.sleep(10); // the time the timeout must cut short
        }
    }
}
