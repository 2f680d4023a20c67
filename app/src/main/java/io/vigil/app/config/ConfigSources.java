package io.vigil.app.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.config.ConfigException;

/**
 * Merges Vigil's configuration layers: the defaults in {@code VigilConfig} &lt; a properties file &lt; {@code VIGIL_*}
 * environment variables &lt; command-line settings. Only the app reads the environment and the command line; the result
 * is a plain map that {@code VigilConfig} validates.
 */
public final class ConfigSources {

    static final String ENV_PREFIX = "VIGIL_";
    /**
     * Environment variables that belong to the launcher, not to the configuration; Logback reads VIGIL_LOG_FORMAT
     * itself, because logging starts before the configuration is read.
     */
    private static final java.util.Set<String> LAUNCHER_VARIABLES =
            java.util.Set.of("VIGIL_JAVA_OPTS", "VIGIL_HOME", "VIGIL_LOG_FORMAT");

    private ConfigSources() {}

    /**
     * Layers the sources, later ones winning.
     *
     * @param propertiesFile a properties file, if one was named or found
     * @param environment the process environment (only {@code VIGIL_*} entries are read)
     * @param cliSettings {@code key=value} settings from the command line
     */
    public static Map<String, String> merge(
            Optional<Path> propertiesFile, Map<String, String> environment, Map<String, String> cliSettings) {
        Map<String, String> merged = new LinkedHashMap<>();
        propertiesFile.ifPresent(file -> merged.putAll(readProperties(file)));
        merged.putAll(fromEnvironment(environment));
        merged.putAll(cliSettings);
        return merged;
    }

    /** {@code VIGIL_HTTP_PORT=8081} becomes {@code vigil.http.port=8081}. */
    static Map<String, String> fromEnvironment(Map<String, String> environment) {
        Map<String, String> settings = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && !LAUNCHER_VARIABLES.contains(name)) {
                settings.put(name.toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return settings;
    }

    static Map<String, String> readProperties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            throw new ConfigException("Configuration file " + file + " does not exist");
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("Cannot read configuration file " + file + ": " + e.getMessage());
        }
        Map<String, String> settings = new LinkedHashMap<>();
        properties
                .stringPropertyNames()
                .forEach(name ->
                        settings.put(name.trim(), properties.getProperty(name).trim()));
        return settings;
    }

    /** Parses one {@code key=value} command-line setting. */
    public static Map.Entry<String, String> parseSetting(String setting) {
        int equals = setting.indexOf('=');
        if (equals <= 0) {
            throw new ConfigException("Expected key=value but got '" + setting + "'");
        }
        return Map.entry(
                setting.substring(0, equals).trim(),
                setting.substring(equals + 1).trim());
    }
}
