package io.vigil.app.cli;

import io.vigil.app.config.ConfigSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command that starts Vigil shares: where configuration comes from. */
final class ConfigOptions {

    static final Path DEFAULT_PROPERTIES = Path.of("vigil.properties");

    @Option(
            names = {"-c", "--config"},
            paramLabel = "FILE",
            description = "Properties file (default: ./vigil.properties when it exists).")
    Path configFile;

    @Option(
            names = {"-s", "--set"},
            paramLabel = "KEY=VALUE",
            description = "Override one setting, e.g. --set vigil.http.port=8081. Repeatable; wins over the file "
                    + "and VIGIL_* environment variables.")
    List<String> settings = new ArrayList<>();

    /** Layers file, environment and command line into one settings map; {@code extra} are command-specific flags. */
    Map<String, String> resolve(Map<String, String> environment, Map<String, String> extra) {
        Map<String, String> cli = new LinkedHashMap<>(extra);
        settings.stream().map(ConfigSources::parseSetting).forEach(e -> cli.put(e.getKey(), e.getValue()));
        return ConfigSources.merge(propertiesFile(), environment, cli);
    }

    private Optional<Path> propertiesFile() {
        if (configFile != null) {
            return Optional.of(configFile);
        }
        return Files.isRegularFile(DEFAULT_PROPERTIES) ? Optional.of(DEFAULT_PROPERTIES) : Optional.empty();
    }
}
