package io.vigil.api.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.api.TestApi;
import io.vigil.embedded.FreePorts;
import io.vigil.testkit.KafkaBroker;
import io.vigil.testkit.TestNames;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of one application, each with its own API server and state directory, splitting a 4-partition topic:
 * either server answers for keys the other owns, lists are the union of both, and forwarded requests never bounce.
 * {@link TwoInstanceQueryForwardingIT} runs it on the embedded broker, {@link TwoInstanceQueryForwardingDockerIT} in a
 * container.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
abstract class TwoInstanceQueryForwardingContract {

    private static final int PARTITIONS = 4;
    private static final List<String> WORDS =
            IntStream.range(0, 24).mapToObj(i -> "word-" + (char) ('a' + i)).toList();

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<QueryInstance> instances = new ArrayList<>();
    private KafkaBroker kafka;
    private String wordsTopic;
    private String readingsTopic;
    private QueryInstance first;
    private QueryInstance second;

    @BeforeEach
    void startTwoInstances(KafkaBroker kafka, TestInfo test, @TempDir Path firstDir, @TempDir Path secondDir)
            throws Exception {
        this.kafka = kafka;
        wordsTopic = TestNames.unique(test, "words");
        readingsTopic = TestNames.unique(test, "readings");
        String applicationId = TestNames.unique(test, "app");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(
                            new NewTopic(wordsTopic, PARTITIONS, (short) 1),
                            new NewTopic(readingsTopic, PARTITIONS, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
        List<Integer> ports = FreePorts.pick(2);
        first = start(applicationId, firstDir, ports.get(0));
        second = start(applicationId, secondDir, ports.get(1));
        await().atMost(Duration.ofSeconds(90)).until(() -> splitBetweenBoth(first) && splitBetweenBoth(second));
        produceWords();
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(countsVia(first)).isEqualTo(expectedCounts()));
    }

    private QueryInstance start(String applicationId, Path stateDir, int port) {
        QueryInstance instance = QueryInstance.create(
                QueryInstance.topology(wordsTopic, null, readingsTopic),
                applicationId,
                kafka.bootstrapServers(),
                stateDir,
                port,
                QuerySettings.defaults(),
                http,
                true);
        instances.add(instance);
        return instance;
    }

    /** RUNNING, and this instance sees both instances each owning some partitions of the store. */
    private static boolean splitBetweenBoth(QueryInstance instance) {
        if (instance.streams().state() != KafkaStreams.State.RUNNING) {
            return false;
        }
        var hosts = instance.streams().streamsMetadataForStore(QueryInstance.COUNTS.name());
        return hosts.size() == 2
                && hosts.stream().noneMatch(host -> host.topicPartitions().isEmpty());
    }

    @AfterEach
    void stopBoth() {
        instances.forEach(QueryInstance::close);
    }

    private void produceWords() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < WORDS.size(); i++) {
                String word = WORDS.get(i);
                for (int n = 0; n <= i % 5; n++) {
                    producer.send(new ProducerRecord<>(wordsTopic, word, "x"));
                    int partition = QueryInstance.partitionOf(word, PARTITIONS);
                    producer.send(new ProducerRecord<>(readingsTopic, partition, word + "|" + n, "x"));
                }
            }
        }
    }

    private static Map<String, Long> expectedCounts() {
        return IntStream.range(0, WORDS.size()).boxed().collect(Collectors.toMap(WORDS::get, i -> (long) (i % 5 + 1)));
    }

    /** Every key with its count, read page by page (3 at a time) through one server's public list route. */
    private Map<String, Long> countsVia(QueryInstance instance) throws Exception {
        List<Long> counts = new ArrayList<>();
        String after = null;
        do {
            String query = "/counts?limit=3" + (after == null ? "" : "&after=" + after);
            HttpResponse<String> response = instance.api().get(query);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode page = json.readTree(response.body());
            page.get("items").forEach(item -> counts.add(item.asLong()));
            after = page.get("next").isNull() ? null : page.get("next").asText();
        } while (after != null);
        List<String> sortedWords = WORDS.stream().sorted().toList();
        assertThat(counts).hasSize(sortedWords.size());
        return IntStream.range(0, counts.size()).boxed().collect(Collectors.toMap(sortedWords::get, counts::get));
    }

    private HostInfo ownerOf(String word) {
        KeyQueryMetadata owner = first.streams()
                .queryMetadataForKey(
                        QueryInstance.COUNTS.name(),
                        word,
                        QueryInstance.COUNTS.keys().serializer());
        return owner.activeHost();
    }

    private static HostInfo hostOf(QueryInstance instance) {
        return new HostInfo("127.0.0.1", instance.api().server().port());
    }

    @Test
    void shouldAnswerEveryKeyFromEitherServerForwardingToTheOwner() {
        Map<String, Long> expected = expectedCounts();
        List<String> ownedBySecond =
                WORDS.stream().filter(w -> ownerOf(w).equals(hostOf(second))).toList();
        List<String> ownedByFirst =
                WORDS.stream().filter(w -> ownerOf(w).equals(hostOf(first))).toList();
        assertThat(ownedByFirst).isNotEmpty();
        assertThat(ownedBySecond).isNotEmpty();

        for (QueryInstance server : List.of(first, second)) {
            for (String word : WORDS) {
                HttpResponse<String> response = server.api().get("/counts/" + word);
                assertThat(response.statusCode()).as(word).isEqualTo(200);
                assertThat(Long.parseLong(response.body())).as(word).isEqualTo(expected.get(word));
            }
        }

        assertThat(first.forwarded()).isGreaterThanOrEqualTo(ownedBySecond.size());
        assertThat(second.forwarded()).isGreaterThanOrEqualTo(ownedByFirst.size());
        assertThat(first.api().get("/counts/word-zz").statusCode()).isEqualTo(404);
        assertThat(second.api().get("/counts/word-zz").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldScanTheRangeOfAPartitionKeyFromEitherServerOnItsOwner() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> readingsOfEveryWordVia(first));

        readingsOfEveryWordVia(second);
        assertThat(first.forwarded()).isPositive();
        assertThat(second.forwarded()).isPositive();
    }

    /** Every word's readings, page by page (2 at a time) through the server's range route. */
    private void readingsOfEveryWordVia(QueryInstance server) throws Exception {
        for (int i = 0; i < WORDS.size(); i++) {
            String word = WORDS.get(i);
            List<String> keys = new ArrayList<>();
            String after = null;
            do {
                String query = "/readings/" + word + "?limit=2" + (after == null ? "" : "&after=" + after);
                HttpResponse<String> response = server.api().get(query.replace("|", "%7C"));
                assertThat(response.statusCode()).as(word).isEqualTo(200);
                JsonNode page = json.readTree(response.body());
                page.get("entries").forEach(entry -> keys.add(entry.get("key").asText()));
                after = page.get("next").isNull() ? null : page.get("next").asText();
            } while (after != null);
            List<String> expected = IntStream.rangeClosed(0, i % 5)
                    .mapToObj(n -> word + "|" + n)
                    .toList();
            assertThat(keys).as(word).isEqualTo(expected);
        }
    }

    @Test
    void shouldListTheUnionOfBothInstancesFromEitherServer() throws Exception {
        Map<String, Long> expected = expectedCounts();

        assertThat(countsVia(first)).isEqualTo(expected);
        assertThat(countsVia(second)).isEqualTo(expected);
        assertThat(first.forwarded()).isPositive();
        assertThat(second.forwarded()).isPositive();
    }

    @Test
    void shouldNeverForwardARequestThatWasAlreadyForwarded() throws Exception {
        String word = WORDS.stream()
                .filter(w -> ownerOf(w).equals(hostOf(second)))
                .findFirst()
                .orElseThrow();
        double forwardedBefore = first.forwarded();
        double secondInternalBefore = internalRequests(second);

        HttpResponse<String> bounced = first.api()
                .send(first.api()
                        .request("/counts/" + word)
                        .header("X-API-Key", TestApi.ADMIN_KEY)
                        .header(QueryHeaders.FORWARDED_BY, "127.0.0.1:1"));
        HttpResponse<String> internal = first.api()
                .send(first.api()
                        .request(InternalStoreRoutes.valuePath(QueryInstance.COUNTS.name()) + "?key=" + word)
                        .header("X-API-Key", TestApi.ADMIN_KEY)
                        .header(QueryHeaders.FORWARDED_BY, "127.0.0.1:1"));
        JsonNode localOnlyList = json.readTree(first.api()
                .send(first.api()
                        .request("/counts?limit=100")
                        .header("X-API-Key", TestApi.ADMIN_KEY)
                        .header(QueryHeaders.FORWARDED_BY, "127.0.0.1:1"))
                .body());

        for (HttpResponse<String> response : List.of(bounced, internal)) {
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(json.readTree(response.body()).get("error").asText()).isEqualTo("unavailable");
        }
        assertThat(localOnlyList.get("items").size()).isPositive().isLessThan(WORDS.size());
        assertThat(first.forwarded()).isEqualTo(forwardedBefore);
        assertThat(internalRequests(second)).isEqualTo(secondInternalBefore);
    }

    @Test
    void shouldRequireAnApiKeyOnTheInternalRoutes() {
        HttpResponse<String> response = second.api()
                .send(second.api()
                        .request(InternalStoreRoutes.valuePath(QueryInstance.COUNTS.name()) + "?key=word-a")
                        .GET());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    /** Requests the instance's internal routes have served, from its HTTP timings. */
    private static double internalRequests(QueryInstance instance) {
        return instance.api().registry().find("http.server.requests").timers().stream()
                .filter(timer -> timer.getId().getTag("uri").startsWith("/internal/"))
                .mapToDouble(timer -> timer.count())
                .sum();
    }
}
