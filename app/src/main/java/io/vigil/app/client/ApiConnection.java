package io.vigil.app.client;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where a client command finds the Vigil API and the key it calls it with: options first, then the environment, then
 * (for the key) the admin key that {@code vigil dev} keeps in its data directory.
 */
public final class ApiConnection {

    static final String URL_VARIABLE = "VIGIL_API_URL";
    static final String KEY_VARIABLE = "VIGIL_API_KEY";
    private static final String DEV_KEY_FILE = "admin-api-key";

    @Spec(Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--base-url",
            description = "The Vigil API (default: $" + URL_VARIABLE + ", else http://localhost:8080).")
    URI baseUrl;

    @Option(
            names = "--api-key",
            description = "The API key (default: $" + KEY_VARIABLE + ", else the `vigil dev` admin key in the data"
                    + " directory). Prefer the variable: options show in the process list.")
    String apiKey;

    @Option(
            names = "--data-dir",
            defaultValue = "data",
            description = "The `vigil dev` data directory the admin key is read from (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(
            names = "--request-timeout",
            defaultValue = "60s",
            converter = DurationConverter.class,
            description = "How long one HTTP request may take, e.g. 30s, 2m (default: ${DEFAULT-VALUE}).")
    Duration requestTimeout;

    /** A client of the API these options name. */
    public SensorFilesClient client() {
        return new SensorFilesClient(http());
    }

    /** The HTTP side of the API these options name, for any client of its routes. */
    public ApiHttp http() {
        return new ApiHttp(baseUrl(), apiKey(), requestTimeout);
    }

    private URI baseUrl() {
        if (baseUrl != null) {
            return baseUrl;
        }
        String fromEnvironment = System.getenv(URL_VARIABLE);
        return URI.create(
                fromEnvironment == null || fromEnvironment.isBlank() ? "http://localhost:8080" : fromEnvironment);
    }

    private String apiKey() {
        if (apiKey != null) {
            return apiKey;
        }
        String fromEnvironment = System.getenv(KEY_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        Path devKey = dataDir.resolve(DEV_KEY_FILE);
        try {
            return Files.readString(devKey, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            throw new ParameterException(
                    spec.commandLine(), "no API key: set $" + KEY_VARIABLE + " or --api-key (no " + devKey + ")");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read " + devKey + ": " + e.getMessage());
        }
    }
}
