package io.vigil.api.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.api.ApiSettings;
import io.vigil.api.TestApi;
import io.vigil.api.auth.ApiPrincipal;
import io.vigil.api.auth.Scope;
import io.vigil.api.write.TopicWriter;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.embedded.EmbeddedS3;
import io.vigil.embedded.FreePorts;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.s3.ObjectEventKeys;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.sensor.SensorFileIds;
import io.vigil.schema.sensor.SensorFileUploaded;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import io.vigil.topology.VigilTopics;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** {@code POST /files} against a real broker and a real S3 endpoint (S3Mock). */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SensorUploadIT {

    private static final String BUCKET = "sensor-upload-it";
    private static final int PART_BYTES = 5 * 1024 * 1024;
    private static final String INGEST_KEY = "ingest_1.aW5nZXN0LWluZ2VzdC1pbmdlc3QtaW5nZXN0";
    private static final String READ_KEY = "read_1.cmVhZC1yZWFkLXJlYWQtcmVhZC1yZWFkLXJlYWQ";

    @TempDir
    static Path s3Dir;

    private static EmbeddedS3 s3;
    private static S3Client client;
    private static SchemaRegistry registry;
    private static KafkaProducer<String, byte[]> producer;
    private static TopicRecords records;

    private final ObjectMapper json = new ObjectMapper();
    private String prefix;
    private TestApi api;

    @BeforeAll
    static void startS3AndTopics(EmbeddedKafkaCluster kafka) throws Exception {
        s3 = EmbeddedS3.start(s3Dir, 0, List.of(BUCKET));
        client = S3Client.builder()
                .region(Region.of(s3.region()))
                .endpointOverride(s3.endpoint())
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("t", "t")))
                .build();
        createTopics(kafka.bootstrapServers());
        registry = new FingerprintSchemaRegistry();
        producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                new ByteArraySerializer());
        records = new TopicRecords(kafka.bootstrapServers());
    }

    private static void createTopics(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (String topic : List.of(VigilTopics.SENSOR_FILES, VigilTopics.S3_OBJECT_EVENTS)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1)))
                            .all()
                            .get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    @AfterAll
    static void stop() {
        records.close();
        producer.close();
        registry.close();
        client.close();
        s3.close();
    }

    @BeforeEach
    void uniquePrefix(TestInfo test) {
        prefix = TestNames.unique(test) + "/";
    }

    @AfterEach
    void stopApi() {
        if (api != null) {
            api.close();
        }
    }

    private TestApi start(long maxUploadBytes) {
        return start(client, maxUploadBytes);
    }

    private TestApi start(S3Client s3Client, long maxUploadBytes) {
        SensorUploadRoutes routes = new SensorUploadRoutes(
                s3Client,
                new SensorUploadSettings(BUCKET, prefix, maxUploadBytes, PART_BYTES),
                new TopicWriter(producer, Duration.ofSeconds(10)),
                AvroSerde.of(SensorFileUploaded.class, registry),
                AvroSerde.of(S3ObjectEvent.class, registry),
                Clock.systemUTC());
        api = TestApi.start(ApiSettings.of("127.0.0.1", 0), List.of(routes), key -> principal(key.value()), List.of());
        return api;
    }

    private static Optional<ApiPrincipal> principal(String key) {
        return switch (key) {
            case TestApi.ADMIN_KEY ->
                Optional.of(new ApiPrincipal("admin_test", Optional.empty(), Set.of(Scope.ADMIN)));
            case INGEST_KEY -> Optional.of(new ApiPrincipal("ingest_1", Optional.empty(), Set.of(Scope.INGEST)));
            case READ_KEY -> Optional.of(new ApiPrincipal("read_1", Optional.empty(), Set.of(Scope.READ)));
            default -> Optional.empty();
        };
    }

    private HttpResponse<String> post(String key, HttpRequest.BodyPublisher body, String contentType) {
        HttpRequest.Builder request = api.request(SensorUploadRoutes.FILES)
                .header("Content-Type", contentType)
                .POST(body);
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return api.sendOnNewConnection(request.timeout(Duration.ofSeconds(60)));
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body) {
        return post(INGEST_KEY, body, MultipartBodies.CONTENT_TYPE);
    }

    private List<S3Object> storedObjects() {
        return client.listObjectsV2(list -> list.bucket(BUCKET).prefix(prefix)).contents();
    }

    private List<String> announcedKeys() {
        return records.all(VigilTopics.S3_OBJECT_EVENTS).keySet().stream()
                .filter(key -> key.startsWith(BUCKET + "/" + prefix))
                .toList();
    }

    private static byte[] csv(int minBytes) {
        StringBuilder text = new StringBuilder("sensor_id,timestamp,value\n");
        for (int row = 0; text.length() < minBytes; row++) {
            text.append("sensor-")
                    .append(row % 17)
                    .append(",2026-11-23T10:")
                    .append(String.format("%02d:%02d", row / 60 % 60, row % 60))
                    .append("Z,")
                    .append(row * 0.25)
                    .append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldStreamAFileOfSeveralPartsToS3ByteExactAndAnnounceItOnBothTopics() throws Exception {
        start(64L * 1024 * 1024);
        byte[] content = csv(12 * 1024 * 1024);

        HttpResponse<String> response = post(new MultipartBodies()
                .file("file", "C:\\data\\readings 11:00.csv", content)
                .withLength());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        List<S3Object> stored = storedObjects();
        assertThat(stored).hasSize(1);
        String key = stored.get(0).key();
        assertThat(key).matches(prefix + "[0-9a-f]{16}/readings_11_00\\.csv");
        assertThat(client.getObjectAsBytes(get -> get.bucket(BUCKET).key(key)).asByteArray())
                .isEqualTo(content);
        String etag = UploadedFile.unquoted(stored.get(0).eTag());
        String fileId = SensorFileIds.of(BUCKET, key, etag);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("file_id").asText()).isEqualTo(fileId);
        assertThat(body.at("/files/0/file_name").asText()).isEqualTo("readings 11:00.csv");
        assertThat(body.at("/files/0/size").asLong()).isEqualTo(content.length);

        SensorFileUploaded uploaded = AvroSerde.of(SensorFileUploaded.class, registry)
                .deserialize(
                        VigilTopics.SENSOR_FILES,
                        records.all(VigilTopics.SENSOR_FILES).get(fileId));
        assertThat(uploaded.getKey()).isEqualTo(key);
        assertThat(uploaded.getEtag()).isEqualTo(etag);
        assertThat(uploaded.getSize()).isEqualTo(content.length);
        assertThat(uploaded.getFileName()).isEqualTo("readings 11:00.csv");
        S3ObjectEvent event = AvroSerde.of(S3ObjectEvent.class, registry)
                .deserialize(
                        VigilTopics.S3_OBJECT_EVENTS,
                        records.all(VigilTopics.S3_OBJECT_EVENTS).get(ObjectEventKeys.of(BUCKET, key)));
        assertThat(event.getSource()).isEqualTo(S3EventSource.UPLOAD);
        assertThat(event.getEventName()).isEqualTo("ObjectCreated:CompleteMultipartUpload");
        assertThat(event.getEtag()).isEqualTo(etag);
        assertThat(event.getSize()).isEqualTo(content.length);
        assertThat(event.getEventTime()).isEqualTo(uploaded.getUploadedAt());
    }

    @Test
    void shouldStoreEveryFileOfOneChunkedRequestAndIgnoreOtherFields() throws Exception {
        start(64L * 1024 * 1024);
        byte[] first = "sensor_id,timestamp,value\ns1,2026-11-23T10:00:00Z,1.5\n".getBytes(StandardCharsets.UTF_8);
        byte[] empty = new byte[0];

        HttpResponse<String> response = post(new MultipartBodies()
                .file("note", null, "not a file".getBytes(StandardCharsets.UTF_8))
                .file("file", "first.csv", first)
                .file("file", "empty.csv", empty)
                .chunked());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode files = json.readTree(response.body()).get("files");
        assertThat(files).hasSize(2);
        assertThat(json.readTree(response.body()).get("file_id"))
                .isEqualTo(files.get(0).get("file_id"));
        assertThat(files.get(0).get("file_name").asText()).isEqualTo("first.csv");
        assertThat(files.get(1).get("size").asLong()).isZero();
        List<S3Object> stored = storedObjects();
        assertThat(stored).hasSize(2);
        for (S3Object object : stored) {
            byte[] expected = object.key().endsWith("/first.csv") ? first : empty;
            assertThat(client.getObjectAsBytes(get -> get.bucket(BUCKET).key(object.key()))
                            .asByteArray())
                    .isEqualTo(expected);
            S3ObjectEvent event = AvroSerde.of(S3ObjectEvent.class, registry)
                    .deserialize(
                            VigilTopics.S3_OBJECT_EVENTS,
                            records.all(VigilTopics.S3_OBJECT_EVENTS).get(ObjectEventKeys.of(BUCKET, object.key())));
            assertThat(event.getEventName()).isEqualTo("ObjectCreated:Put");
        }
    }

    @Test
    void shouldRefuseADeclaredBodyOverTheLimitBeforeReadingIt() throws Exception {
        start(6L * 1024 * 1024);

        // As curl sends a large file: the headers with Expect: 100-continue, and the body only if the server asks
        // for it. The server must answer 413 from Content-Length alone. (Sending the body regardless would race the
        // server's close after its 413 and could lose the answer to a connection reset.)
        String response;
        try (Socket socket = new Socket("127.0.0.1", api.server().port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(("POST " + SensorUploadRoutes.FILES + " HTTP/1.1\r\nHost: localhost\r\nX-API-Key: "
                                    + INGEST_KEY + "\r\nContent-Type: " + MultipartBodies.CONTENT_TYPE
                                    + "\r\nContent-Length: " + 7L * 1024 * 1024
                                    + "\r\nExpect: 100-continue\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            response = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.ISO_8859_1);
        }

        assertThat(response).startsWith("HTTP/1.1 413").contains("\"error\":\"payload-too-large\"");
        assertThat(storedObjects()).isEmpty();
    }

    @Test
    void shouldAbortTheMultipartUploadWhenAChunkedBodyPassesTheLimit() {
        start(6L * 1024 * 1024);
        long size = 9L * 1024 * 1024;

        HttpResponse<String> response = post(new MultipartBodies()
                .part("file", "big.csv", size, () -> csvStream(size))
                .chunked());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(storedObjects()).isEmpty();
        assertThat(client.listMultipartUploads(list -> list.bucket(BUCKET).prefix(prefix))
                        .uploads())
                .isEmpty();
        assertThat(announcedKeys()).isEmpty();
    }

    @Test
    void shouldRefuseAFileThatIsNotTextWith415AndKeepNoFileOfTheRequest() {
        start(64L * 1024 * 1024);
        byte[] text = "sensor_id,timestamp,value\n".getBytes(StandardCharsets.UTF_8);
        byte[] binary = {'P', 'K', 3, 4, 0, 0, 1};

        HttpResponse<String> response = post(new MultipartBodies()
                .file("file", "good.csv", text)
                .file("file", "archive.zip", binary)
                .withLength());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("archive.zip");
        assertThat(storedObjects()).isEmpty();
        assertThat(announcedKeys()).isEmpty();
    }

    @Test
    void shouldAnswer400NamingTheFileFieldWhenItIsMissing() {
        start(64L * 1024 * 1024);

        HttpResponse<String> response = post(new MultipartBodies()
                .file("upload", "x.csv", "a\n".getBytes(StandardCharsets.UTF_8))
                .withLength());
        HttpResponse<String> notMultipart = post(INGEST_KEY, HttpRequest.BodyPublishers.ofString("a,b\n"), "text/csv");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("'file'");
        assertThat(notMultipart.statusCode()).isEqualTo(415);
        assertThat(storedObjects()).isEmpty();
    }

    @Test
    void shouldAcceptOnlyKeysWithTheIngestOrAdminScope() {
        start(64L * 1024 * 1024);
        byte[] content = "sensor_id,timestamp,value\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> anonymous = post(
                null, new MultipartBodies().file("file", "a.csv", content).withLength(), MultipartBodies.CONTENT_TYPE);
        HttpResponse<String> reader = post(
                READ_KEY,
                new MultipartBodies().file("file", "a.csv", content).withLength(),
                MultipartBodies.CONTENT_TYPE);
        HttpResponse<String> admin = post(
                TestApi.ADMIN_KEY,
                new MultipartBodies().file("file", "a.csv", content).withLength(),
                MultipartBodies.CONTENT_TYPE);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(reader.statusCode()).isEqualTo(403);
        assertThat(admin.statusCode()).isEqualTo(202);
        assertThat(storedObjects()).hasSize(1);
    }

    @Test
    void shouldAnswer503WhenS3IsUnreachable() {
        try (S3Client unreachable = S3Client.builder()
                .region(Region.of(s3.region()))
                .endpointOverride(URI.create("http://127.0.0.1:" + FreePorts.pick()))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("t", "t")))
                .overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build()) {
            start(unreachable, 64L * 1024 * 1024);

            HttpResponse<String> response = post(new MultipartBodies()
                    .file("file", "a.csv", "sensor_id,timestamp,value\n".getBytes(StandardCharsets.UTF_8))
                    .withLength());

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(response.body()).contains("S3", BUCKET);
            assertThat(announcedKeys()).isEmpty();
        }
    }

    /** {@code size} bytes of CSV rows, generated as read. */
    private static InputStream csvStream(long size) {
        byte[] row = "s1,2026-11-23T10:00:00Z,1.0\n".getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return position < size ? row[(int) (position++ % row.length)] : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= size) {
                    return -1;
                }
                int count = (int) Math.min(length, size - position);
                for (int i = 0; i < count; i++) {
                    buffer[offset + i] = row[(int) (position++ % row.length)];
                }
                return count;
            }
        };
    }
}
