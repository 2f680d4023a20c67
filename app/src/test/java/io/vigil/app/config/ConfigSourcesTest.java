package io.vigil.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSourcesTest {

    @TempDir
    Path dir;

    @Test
    void shouldLetEnvironmentOverrideFileAndCommandLineOverrideBoth() throws Exception {
        Path file = dir.resolve("vigil.properties");
        Files.writeString(file, "vigil.http.port=1000\nvigil.application.id=from-file\nvigil.num.stream.threads=2\n");

        Map<String, String> merged = ConfigSources.merge(
                Optional.of(file),
                Map.of("VIGIL_HTTP_PORT", "2000", "VIGIL_APPLICATION_ID", "from-env", "PATH", "/bin"),
                Map.of("vigil.http.port", "3000"));

        assertThat(merged)
                .containsEntry("vigil.http.port", "3000")
                .containsEntry("vigil.application.id", "from-env")
                .containsEntry("vigil.num.stream.threads", "2")
                .doesNotContainKey("path");
    }

    @Test
    void shouldMapEnvironmentVariableNamesToDottedKeysAndIgnoreLauncherVariables() {
        assertThat(ConfigSources.fromEnvironment(Map.of(
                        "VIGIL_SCHEMA_REGISTRY_URL", "http://r:8081",
                        "VIGIL_JAVA_OPTS", "-Xmx1g",
                        "HOME", "/root")))
                .containsExactly(Map.entry("vigil.schema.registry.url", "http://r:8081"));
    }

    @Test
    void shouldNameTheMissingFile() {
        assertThatThrownBy(() -> ConfigSources.merge(Optional.of(dir.resolve("nope.properties")), Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("nope.properties does not exist");
    }

    @Test
    void shouldRejectASettingWithoutKey() {
        assertThat(ConfigSources.parseSetting(" vigil.http.port = 9 ")).isEqualTo(Map.entry("vigil.http.port", "9"));
        assertThat(ConfigSources.parseSetting("a=b=c")).isEqualTo(Map.entry("a", "b=c"));
        assertThatThrownBy(() -> ConfigSources.parseSetting("=1")).hasMessageContaining("key=value");
        assertThatThrownBy(() -> ConfigSources.parseSetting("novalue")).hasMessageContaining("key=value");
    }
}
