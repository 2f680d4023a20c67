package io.vigil.connectors.common;

import io.vigil.schema.registry.SchemaRegistries;
import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.types.Password;

/** The schema-registry settings every Vigil connector takes, and the serde they give. */
public final class RegistrySettings {

    public static final String URL = "schema.registry.url";
    public static final String USER_INFO = "schema.registry.user.info";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private RegistrySettings() {}

    /** Adds the registry settings to a connector's definition. */
    public static ConfigDef define(ConfigDef definition) {
        return definition
                .define(
                        URL,
                        ConfigDef.Type.STRING,
                        null,
                        ConfigDef.Importance.MEDIUM,
                        "Confluent-compatible schema registry. Unset: schema ids are derived from each schema's"
                                + " fingerprint, as Vigil's dev mode does.")
                .define(
                        USER_INFO,
                        ConfigDef.Type.PASSWORD,
                        null,
                        ConfigDef.Importance.LOW,
                        "user:password for the registry's basic authentication.");
    }

    /** The Avro serde for {@code type}, registering through the configured registry. */
    public static <T extends SpecificRecord> AvroSerde<T> serde(AbstractConfig config, Class<T> type) {
        Password userInfo = config.getPassword(USER_INFO);
        SchemaRegistry registry = SchemaRegistries.create(
                Optional.ofNullable(config.getString(URL)).filter(url -> !url.isBlank()),
                Optional.ofNullable(userInfo).map(Password::value),
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build(),
                TIMEOUT);
        return AvroSerde.of(type, registry);
    }
}
