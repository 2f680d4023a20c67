package io.vigil.schema.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.vigil.schema.s3.BucketActivity;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.AvroSerde;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The REST mode against a registry Vigil did not write: Apicurio Registry (in-memory) speaking the Confluent API under
 * {@code /apis/ccompat/v7}, started as a child process from the archive the build unpacks before integration tests.
 */
@Timeout(180)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfluentRestSchemaRegistryIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private Process apicurio;
    private Thread killOnExit;
    private URI base;
    private String topic;

    @BeforeAll
    void startApicurio() throws IOException {
        Path jar = Path.of(System.getProperty("vigil.apicurio.jar", "target/apicurio/missing.jar"));
        assertThat(jar)
                .as("Apicurio Registry missing: run `mvn -pl schemas/avro verify`, which unpacks it before this test")
                .exists();
        int port = freePort();
        Path log = Path.of("target", "apicurio-it.log");
        apicurio = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-Dquarkus.http.host=127.0.0.1",
                        "-Dquarkus.http.port=" + port,
                        "-jar",
                        jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        killOnExit = new Thread(apicurio::destroyForcibly, "apicurio-kill");
        Runtime.getRuntime().addShutdownHook(killOnExit);
        base = URI.create("http://127.0.0.1:" + port + "/apis/ccompat/v7");
        await("Apicurio answering GET /subjects (log: " + log.toAbsolutePath() + ")")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .failFast("Apicurio exited; see " + log.toAbsolutePath(), () -> !apicurio.isAlive())
                .until(() -> status("GET", "/subjects", null) == 200);
    }

    @AfterAll
    void stopApicurio() throws InterruptedException {
        if (apicurio != null) {
            apicurio.destroy();
            if (!apicurio.waitFor(10, TimeUnit.SECONDS)) {
                apicurio.destroyForcibly();
            }
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        }
    }

    @BeforeEach
    void uniqueTopic(TestInfo test) {
        topic = "vigil.it." + test.getTestMethod().orElseThrow().getName();
    }

    private ConfluentRestSchemaRegistry freshClient() {
        return new ConfluentRestSchemaRegistry(base, Optional.empty(), http, TIMEOUT);
    }

    private static S3ObjectEvent event() {
        return S3ObjectEvent.newBuilder()
                .setBucket("landing")
                .setKey("acme/orders/2026-11-22.csv")
                .setSize(42)
                .setVersionId("v7")
                .setEventName("ObjectCreated:Put")
                .setEventTime(Instant.parse("2026-11-22T10:15:30.123Z"))
                .setSource(S3EventSource.SQS)
                .build();
    }

    @Test
    void shouldWriteWithServerAssignedIdsThatAFreshClientResolves() {
        byte[] framed = AvroSerde.of(S3ObjectEvent.class, freshClient()).serialize(topic, event());

        ConfluentRestSchemaRegistry reader = freshClient();
        S3ObjectEvent read = AvroSerde.of(S3ObjectEvent.class, reader).deserialize(topic, framed);

        assertThat(read).isEqualTo(event());
        int framedId = ByteBuffer.wrap(framed, 1, 4).getInt();
        SubjectVersion latest = reader.latest(AvroSerde.valueSubject(topic)).orElseThrow();
        assertThat(latest.id()).isEqualTo(framedId);
        assertThat(latest.version()).isEqualTo(1);
        assertThat(latest.schema()).isEqualTo(S3ObjectEvent.getClassSchema());
        assertThat(reader.subjects()).contains(AvroSerde.valueSubject(topic));
        assertThat(reader.versions(AvroSerde.valueSubject(topic))).containsExactly(1);
    }

    @Test
    void shouldKeepTheIdWhenTheSameSchemaIsRegisteredAgain() {
        String subject = AvroSerde.valueSubject(topic);
        int first = freshClient().register(subject, S3ObjectEvent.getClassSchema());

        int again = freshClient().register(subject, S3ObjectEvent.getClassSchema());
        int other = freshClient().register(subject, BucketActivity.getClassSchema());

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(freshClient().versions(subject)).containsExactly(1, 2);
        assertThat(freshClient().schemaById(first)).isEqualTo(S3ObjectEvent.getClassSchema());
    }

    @Test
    void shouldEvolveUnderBackwardCompatibilityAndNameTheRefusalOfABreakingChange() throws Exception {
        String subject = AvroSerde.valueSubject(topic);
        requireBackwardCompatibility(subject);
        ConfluentRestSchemaRegistry registry = freshClient();
        registry.register(subject, withoutOptionalFields());

        registry.register(subject, S3ObjectEvent.getClassSchema());

        assertThat(registry.versions(subject)).containsExactly(1, 2);
        Schema breaking = SchemaBuilder.record("S3ObjectEvent")
                .namespace("io.vigil.schema.s3")
                .fields()
                .requiredInt("bucket")
                .endRecord();
        assertThatThrownBy(() -> registry.register(subject, breaking))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("POST /subjects/" + subject + "/versions answered 409")
                .hasMessageContaining("error_code 409");
    }

    @Test
    void shouldNameTheCallStatusAndRegistryErrorForAnUnknownId() {
        assertThatThrownBy(() -> freshClient().schemaById(Integer.MAX_VALUE))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("GET /schemas/ids/" + Integer.MAX_VALUE + " answered 404")
                .hasMessageContaining("error_code 40403");
        assertThat(freshClient().latest("vigil.it.never-registered-value")).isEmpty();
    }

    /** The first published shape of the record: only the fields without defaults. */
    private static Schema withoutOptionalFields() {
        return SchemaBuilder.record("S3ObjectEvent")
                .namespace("io.vigil.schema.s3")
                .fields()
                .requiredString("bucket")
                .requiredString("key")
                .requiredString("eventName")
                .name("eventTime")
                .type(org.apache.avro.LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG)))
                .noDefault()
                .endRecord();
    }

    private void requireBackwardCompatibility(String subject) throws Exception {
        String path = "/config/" + subject;
        assertThat(status("PUT", path, "{\"compatibility\":\"BACKWARD\"}")).isEqualTo(200);
    }

    private int status(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
