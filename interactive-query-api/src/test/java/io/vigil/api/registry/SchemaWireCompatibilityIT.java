package io.vigil.api.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vigil.api.ApiServer;
import io.vigil.api.ApiSettings;
import io.vigil.api.auth.AdminKeyAuthenticator;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.AvroSerde;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the wire format against a client Vigil did not write: the {@code @kafkajs/confluent-schema-registry} npm
 * package, reading schemas from Vigil's registry endpoints (installed by the build with {@code npm ci}).
 */
@Timeout(120)
class SchemaWireCompatibilityIT {

    private static final Path CLIENT_DIR = Path.of("src", "test", "js");
    private static final String TOPIC = "vigil.s3.object-events";
    private static final String KEY = "admin_00ff00ff.0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";

    @TempDir
    Path temp;

    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
    private final AvroSerde<S3ObjectEvent> serde = AvroSerde.of(S3ObjectEvent.class, registry);
    private final ObjectMapper json = new ObjectMapper();
    private ApiServer api;

    @BeforeEach
    void startRegistryEndpoints() {
        api = new ApiServer(
                        ApiSettings.of("127.0.0.1", 0),
                        List.of(new SchemaRegistryRoutes(registry)),
                        new AdminKeyAuthenticator(KEY),
                        List.of(),
                        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
                .start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void shouldLetTheNpmClientDecodeWhatVigilWrites() throws Exception {
        S3ObjectEvent event = S3ObjectEvent.newBuilder()
                .setBucket("landing")
                .setKey("acme/orders/2026-11-22.csv")
                .setSize(1234)
                .setEtag("d41d8cd9")
                .setSequencer("0055AED6DCD90281E5")
                .setEventName("ObjectCreated:Put")
                .setEventTime(Instant.parse("2026-11-22T10:15:30.123Z"))
                .setSource(S3EventSource.SNS)
                .build();
        Path framed = temp.resolve("framed.hex");
        Files.writeString(framed, HexFormat.of().formatHex(serde.serialize(TOPIC, event)));

        JsonNode decoded = json.readTree(node("decode", framed.toString()));

        assertThat(decoded.get("bucket").asText()).isEqualTo("landing");
        assertThat(decoded.get("key").asText()).isEqualTo("acme/orders/2026-11-22.csv");
        assertThat(decoded.get("size").asLong()).isEqualTo(1234);
        assertThat(decoded.get("etag").asText()).isEqualTo("d41d8cd9");
        assertThat(decoded.get("sequencer").asText()).isEqualTo("0055AED6DCD90281E5");
        assertThat(decoded.get("versionId").isNull()).isTrue();
        assertThat(decoded.get("eventName").asText()).isEqualTo("ObjectCreated:Put");
        assertThat(decoded.get("eventTime").asLong())
                .isEqualTo(event.getEventTime().toEpochMilli());
        assertThat(decoded.get("source").asText()).isEqualTo("SNS");
        assertThat(decoded.get("region").isNull()).isTrue();
    }

    @Test
    void shouldDecodeWhatTheNpmClientEncodes() throws Exception {
        int id = registry.register(AvroSerde.valueSubject(TOPIC), S3ObjectEvent.getClassSchema());
        Path payload = temp.resolve("payload.json");
        Files.writeString(
                payload,
                """
                {"bucket": "archive", "key": "globex/sensors/x.csv", "size": 77, "etag": null, "versionId": "v3",
                 "sequencer": null, "eventName": "ObjectCreated:Copy", "eventTime": 1763806530123,
                 "source": "UPLOAD", "region": "eu-west-1"}
                """);

        byte[] framed = HexFormat.of().parseHex(node("encode", Integer.toString(id), payload.toString()));
        S3ObjectEvent read = serde.deserialize(TOPIC, framed);

        assertThat(framed[0]).isZero();
        assertThat(read.getBucket()).isEqualTo("archive");
        assertThat(read.getKey()).isEqualTo("globex/sensors/x.csv");
        assertThat(read.getSize()).isEqualTo(77);
        assertThat(read.getEtag()).isNull();
        assertThat(read.getVersionId()).isEqualTo("v3");
        assertThat(read.getEventName()).isEqualTo("ObjectCreated:Copy");
        assertThat(read.getEventTime()).isEqualTo(Instant.ofEpochMilli(1763806530123L));
        assertThat(read.getSource()).isEqualTo(S3EventSource.UPLOAD);
        assertThat(read.getRegion()).isEqualTo("eu-west-1");
    }

    /** Runs the npm client; fails, never skips, when it is missing, because then nothing proves the wire format. */
    private String node(String mode, String... args) throws IOException, InterruptedException {
        assertThat(CLIENT_DIR.resolve("node_modules/@kafkajs/confluent-schema-registry"))
                .as(
                        "npm client missing: run `npm ci` in %s (the Maven build does this before integration tests)",
                        CLIENT_DIR)
                .exists();
        List<String> command =
                new java.util.ArrayList<>(List.of("node", "compat.js", mode, "http://127.0.0.1:" + api.port(), KEY));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(CLIENT_DIR.toFile())
                .redirectError(temp.resolve(mode + ".err").toFile())
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(process.exitValue())
                .as("node %s failed: %s", mode, Files.readString(temp.resolve(mode + ".err")))
                .isZero();
        return out;
    }
}
