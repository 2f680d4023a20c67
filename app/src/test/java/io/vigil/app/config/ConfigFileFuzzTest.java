package io.vigil.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vigil.config.VigilConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;

/**
 * Any configuration file either loads or is refused with a {@link ConfigException} naming what is wrong, and a
 * configuration that loads can be read: every typed getter of {@link VigilConfig} returns, so a value the validators
 * let through cannot fail later at start-up. Seeds: example files, in {@code ConfigFileFuzzTestInputs}.
 */
class ConfigFileFuzzTest {

    private static final Path FILE = tempFile();
    private static final List<Method> GETTERS = Arrays.stream(VigilConfig.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
            .filter(m -> m.getParameterCount() == 0)
            .toList();

    @FuzzTest(maxDuration = "5s")
    void shouldLoadAndReadEveryValueOrRefuseWithConfigException(byte[] file) throws Exception {
        Files.write(FILE, file);
        VigilConfig config;
        try {
            config = new VigilConfig(ConfigSources.merge(Optional.of(FILE), Map.of(), Map.of()));
        } catch (ConfigException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        for (Method getter : GETTERS) {
            try {
                getter.invoke(config);
            } catch (InvocationTargetException e) {
                throw new AssertionError(getter.getName() + " failed on a configuration that loaded", e.getCause());
            }
        }
    }

    private static Path tempFile() {
        try {
            Path file = Files.createTempFile("vigil-fuzz", ".properties");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
