package io.vigil.api.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.api.TestApi;
import io.vigil.api.metrics.ProcessMeters;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.embedded.FreePorts;
import io.vigil.schema.s3.BucketActivity;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Queries against one real Kafka Streams instance: lookups, scans, pages, Avro values, 404 and 503. */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StoreQueriesIT {

    private static final int READINGS_PARTITIONS = 4;
    private static final List<String> WORDS = List.of("kafka", "streams", "vigil", "query", "api", "store", "state");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Deque<AutoCloseable> closeables = new ArrayDeque<>();
    private String wordsTopic;
    private String bucketsTopic;
    private String readingsTopic;
    private String applicationId;
    private EmbeddedKafkaCluster kafka;

    @BeforeEach
    void createTopics(EmbeddedKafkaCluster kafka, TestInfo test) throws Exception {
        this.kafka = kafka;
        wordsTopic = TestNames.unique(test, "words");
        bucketsTopic = TestNames.unique(test, "buckets");
        readingsTopic = TestNames.unique(test, "readings");
        applicationId = TestNames.unique(test, "app");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(
                            new NewTopic(wordsTopic, 4, (short) 1),
                            new NewTopic(bucketsTopic, 2, (short) 1),
                            new NewTopic(readingsTopic, READINGS_PARTITIONS, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
    }

    @AfterEach
    void closeAll() throws Exception {
        while (!closeables.isEmpty()) {
            closeables.pop().close();
        }
    }

    private QueryInstance instance(Path stateDir, QuerySettings settings, boolean start) {
        QueryInstance instance = QueryInstance.create(
                QueryInstance.topology(wordsTopic, bucketsTopic, readingsTopic),
                applicationId,
                kafka.bootstrapServers(),
                stateDir,
                FreePorts.pick(),
                settings,
                http,
                start);
        closeables.push(instance);
        return instance;
    }

    private void produceWords() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < WORDS.size(); i++) {
                for (int n = 0; n <= i; n++) {
                    producer.send(new ProducerRecord<>(wordsTopic, WORDS.get(i), "x"));
                }
            }
        }
    }

    private void produceBucket(BucketActivity activity) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (KafkaProducer<String, BucketActivity> producer = new KafkaProducer<>(
                properties, new StringSerializer(), BucketActivitySerde.serde().serializer())) {
            producer.send(new ProducerRecord<>(bucketsTopic, activity.getBucket(), activity));
        }
    }

    /** Each reading on the partition of the word it is filed under, as a topology partitioned by that word would. */
    private void produceReadings(String word, List<String> keys) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        int partition = QueryInstance.partitionOf(word, READINGS_PARTITIONS);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            for (String key : keys) {
                producer.send(new ProducerRecord<>(readingsTopic, partition, key, "v-" + key));
            }
        }
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    /** Every word counted: the list holds each count in key order. */
    private void awaitAllCounts(TestApi api) {
        String expected = WORDS.stream()
                .sorted()
                .map(word -> Long.toString(expectedCount(word)))
                .collect(Collectors.joining(",", "[", "]"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                        body(api.get("/counts")).path("items").toString())
                .isEqualTo(expected));
    }

    private static long expectedCount(String word) {
        return WORDS.indexOf(word) + 1L;
    }

    @Test
    void shouldGetAndScanCountsFromTheLocalStore(@TempDir Path stateDir) throws Exception {
        TestApi api = instance(stateDir, QuerySettings.defaults(), true).api();
        produceWords();

        awaitAllCounts(api);
        for (String word : WORDS) {
            HttpResponse<String> response = api.get("/counts/" + word);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(Long.parseLong(response.body())).isEqualTo(expectedCount(word));
        }
        JsonNode all = body(api.get("/counts"));
        assertThat(all.get("items")).hasSize(WORDS.size());
        assertThat(all.get("next").isNull()).isTrue();
    }

    @Test
    void shouldWalkEveryKeyOnceInKeyOrderPageByPage(@TempDir Path stateDir) throws Exception {
        QueryInstance instance = instance(stateDir, QuerySettings.defaults(), true);
        produceWords();
        awaitAllCounts(instance.api());

        List<String> keys = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Page page = instance.queries()
                    .scan(QueryInstance.COUNTS, new PageRequest(2, after), new QueryOptions(false, false, null));
            page.entries().forEach(entry -> keys.add(entry.key()));
            after = page.next();
            pages++;
        } while (after != null);

        assertThat(keys).isEqualTo(WORDS.stream().sorted().toList());
        assertThat(pages).isEqualTo(4);
        JsonNode secondPage = body(instance.api().get("/counts?limit=2&after=kafka"));
        assertThat(secondPage.get("items").toString()).isEqualTo("[4,7]");
        assertThat(secondPage.get("next").asText()).isEqualTo("state");
    }

    @Test
    void shouldScanTheRangeOfOnePartitionKeyPageByPageWithinItsBounds(@TempDir Path stateDir) throws Exception {
        QueryInstance instance = instance(stateDir, QuerySettings.defaults(), true);
        List<String> inRange = List.of("kafka|1", "kafka|2", "kafka|3", "kafka|4", "kafka|5");
        List<String> all = new ArrayList<>(inRange);
        all.addAll(List.of("kafka{before", "kafka}after", "kafka"));
        produceReadings("kafka", all);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                        body(instance.api().get("/readings/kafka?limit=10")).get("entries"))
                .hasSize(5));

        List<String> keys = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Page page = instance.queries()
                    .range(
                            QueryInstance.READINGS,
                            "kafka",
                            KeyRange.prefix("kafka|"),
                            new PageRequest(2, after),
                            new QueryOptions(false, false, null));
            page.entries().forEach(entry -> keys.add(entry.key()));
            after = page.next();
            pages++;
        } while (after != null);
        Page fromThird = instance.queries()
                .range(
                        QueryInstance.READINGS,
                        "kafka",
                        new KeyRange<>("kafka|3", "kafka|5"),
                        new PageRequest(10, null),
                        new QueryOptions(false, false, null));

        assertThat(keys).isEqualTo(inRange);
        assertThat(pages).isEqualTo(3);
        assertThat(fromThird.entries()).extracting(StoreEntry::key).containsExactly("kafka|3", "kafka|4");
        assertThat(fromThird.entries().get(0).value().asText()).isEqualTo("v-kafka|3");
        assertThat(fromThird.next()).isNull();
    }

    @Test
    void shouldAnswer404ForAMissingKeyAnd400ForABadPage(@TempDir Path stateDir) throws Exception {
        TestApi api = instance(stateDir, QuerySettings.defaults(), true).api();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.send(api.request("/ready").GET()).statusCode() == 200);

        HttpResponse<String> missing = api.get("/counts/never-seen");
        HttpResponse<String> badLimit = api.get("/counts?limit=0");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(body(missing).get("error").asText()).isEqualTo("not-found");
        assertThat(badLimit.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldAnswer503WithRetryAfterWhileStreamsIsNotRunning(@TempDir Path stateDir) throws Exception {
        QuerySettings shortBudget = new QuerySettings(
                Duration.ofMillis(300), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofSeconds(1), 100);
        QueryInstance instance = instance(stateDir, shortBudget, false);
        assertThat(instance.streams().state()).isEqualTo(KafkaStreams.State.CREATED);

        HttpResponse<String> get = instance.api().get("/counts/kafka");
        HttpResponse<String> list = instance.api().get("/buckets");
        HttpResponse<String> ready =
                instance.api().send(instance.api().request("/ready").GET());

        for (HttpResponse<String> response : List.of(get, list, ready)) {
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(body(response).get("error").asText()).isEqualTo("unavailable");
        }
        assertThat(body(get).get("message").asText()).contains("CREATED");
    }

    @Test
    void shouldServeBucketActivityAsJsonWithStaleReadsReportingLag(@TempDir Path stateDir) throws Exception {
        TestApi api = instance(stateDir, QuerySettings.defaults(), true).api();
        produceBucket(BucketActivity.newBuilder()
                .setBucket("landing")
                .setObjectCount(2)
                .setTotalBytes(2048)
                .setLastKey("in/file.csv")
                .setLastEventTime(Instant.parse("2026-11-22T08:00:00Z"))
                .build());
        produceBucket(BucketActivity.newBuilder().setBucket("archive").build());

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() ->
                        assertThat(api.get("/buckets/landing").statusCode()).isEqualTo(200));
        JsonNode landing = body(api.get("/buckets/landing"));
        HttpResponse<String> stale = api.get("/buckets/landing?stale=true");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(body(api.get("/buckets")).get("items")).hasSize(2));
        JsonNode list = body(api.get("/buckets"));

        assertThat(landing.get("lastEventTime").asText()).isEqualTo("2026-11-22T08:00:00Z");
        assertThat(landing.get("totalBytes").asLong()).isEqualTo(2048);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.headers().firstValue(QueryHeaders.STORE_LAG)).hasValue("0");
        assertThat(list.get("items").get(0).get("bucket").asText()).isEqualTo("archive");
        assertThat(list.get("items").get(0).get("lastKey").isNull()).isTrue();
        assertThat(api.get("/buckets/landing?stale=maybe").statusCode()).isEqualTo(400);
    }

    @Test
    void shouldExposeJvmStreamsAndHttpMetrics(@TempDir Path stateDir) throws Exception {
        QueryInstance instance = instance(stateDir, QuerySettings.defaults(), true);
        ProcessMeters meters = new ProcessMeters(instance.api().registry(), instance.streams());
        closeables.push(meters);
        TestApi api = instance.api();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.send(api.request("/ready").GET()).statusCode() == 200);
        api.get("/counts/kafka");

        String metrics = api.send(api.request("/metrics").GET()).body();

        assertThat(metrics)
                .contains(
                        "jvm_memory_used_bytes",
                        "jvm_gc_",
                        "jvm_threads_live_threads",
                        "jvm_classes_loaded_classes",
                        "system_cpu_count",
                        "process_uptime_seconds",
                        "kafka_stream_",
                        "http_server_requests_seconds_count{method=\"GET\",status=\"404\",uri=\"/counts/{word}\"}");
    }
}
