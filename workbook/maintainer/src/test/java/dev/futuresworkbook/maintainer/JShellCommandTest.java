package dev.futuresworkbook.maintainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code ./mvnw -q -pl <module> -Pjshell} loads {@code src/main/jshell/<lesson>.jsh}, where {@code <lesson>} is
 * the module's name without {@code module-NN-} (the root pom derives it, since Maven cannot list a folder).
 * This check keeps the script's name and the command in step. A maintainer check ({@code -Psolutions}).
 */
@DisplayName("jshell command · jshell 명령: -Pjshell finds the module's script")
class JShellCommandTest {

    @Test
    @DisplayName("the module has exactly the one script -Pjshell loads · -Pjshell이 불러오는 스크립트가 딱 하나 있다")
    void theScriptIsNamedAfterTheModule() throws IOException {
        String module = System.getProperty("workbook.module", Path.of("").toAbsolutePath().getFileName().toString());
        String expected = module.replaceFirst("^module-\\d+-", "") + ".jsh";
        List<String> scripts;
        try (Stream<Path> files = Files.list(Path.of("src", "main", "jshell"))) {
            scripts = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".jsh")).sorted().toList();
        }
        assertThat(scripts)
                .as("-Pjshell loads src/main/jshell/%s (pom.xml, profile jshell); rename the script or the profile's rule", expected)
                .containsExactly(expected);
    }
}
