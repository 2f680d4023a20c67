package io.vigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.config.VigilConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's configuration table is generated; this keeps it from drifting away from the code. */
class ReadmeConfigReferenceTest {

    private static final String START = "<!-- config-reference:start -->\n";
    private static final String END = "<!-- config-reference:end -->";

    @Test
    void shouldShowTheGeneratedConfigurationReferenceInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("README has the config-reference markers").isNotNegative();
        assertThat(end).isGreaterThan(start);

        assertThat(readme.substring(start + START.length(), end))
                .as("README table (regenerate with: ./vigil config reference)")
                .isEqualTo(VigilConfig.markdownTable());
    }
}
