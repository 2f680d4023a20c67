package io.vigil.schema.registry;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;

/** Chooses the registry: a Confluent-compatible REST registry when a URL is configured, fingerprint ids otherwise. */
public final class SchemaRegistries {

    private SchemaRegistries() {}

    public static SchemaRegistry create(
            Optional<String> url, Optional<String> basicAuthUserInfo, HttpClient http, Duration timeout) {
        return url.<SchemaRegistry>map(
                        u -> new ConfluentRestSchemaRegistry(URI.create(u), basicAuthUserInfo, http, timeout))
                .orElseGet(FingerprintSchemaRegistry::new);
    }
}
