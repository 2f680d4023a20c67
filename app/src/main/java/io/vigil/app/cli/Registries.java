package io.vigil.app.cli;

import io.vigil.config.VigilConfig;
import io.vigil.schema.registry.SchemaRegistries;
import io.vigil.schema.registry.SchemaRegistry;
import java.net.http.HttpClient;
import java.time.Duration;

/** The schema registry the configuration asks for: REST when {@code vigil.schema.registry.url} is set. */
final class Registries {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Registries() {}

    static SchemaRegistry of(VigilConfig config) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        return SchemaRegistries.create(config.schemaRegistryUrl(), config.schemaRegistryUserInfo(), http, TIMEOUT);
    }
}
