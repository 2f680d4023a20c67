package io.vigil.api.uptime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.api.ApiJson;
import io.vigil.api.TestApi;
import io.vigil.api.write.TopicWriter;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.uptime.BusinessHours;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreStatus;
import io.vigil.topology.uptime.UptimeNames;
import io.vigil.topology.uptime.UptimeSerdes;
import io.vigil.topology.uptime.UptimeSettings;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The uptime write routes' validation: a batch with any item at fault is a 400 naming the item and field, or a 413
 * above 5,000 items, and nothing reaches Kafka. The producer is Kafka's {@link MockProducer}: these tests are about
 * what is (not) sent; the IT writes through a real broker.
 */
class UptimeWriteRoutesTest {

    private static final Instant NOW = Instant.parse("2023-01-25T18:00:00Z");

    private final ObjectMapper json = ApiJson.newMapper();
    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
    private final UptimeSerdes serdes = UptimeSerdes.of(registry);
    private MockProducer<String, byte[]> producer;
    private TestApi api;

    @BeforeEach
    void start() {
        producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        api = TestApi.start(
                List.of(new UptimeWriteRoutes(
                        new TopicWriter(producer, Duration.ofSeconds(5)),
                        serdes,
                        UptimeSettings.DEFAULTS,
                        Clock.fixed(NOW, ZoneOffset.UTC),
                        json)),
                List.of());
    }

    @AfterEach
    void stop() {
        api.close();
        registry.close();
    }

    @Test
    void shouldWriteEveryPollOfABatchKeyedByStoreWithMicrosecondsKept() {
        HttpResponse<String> response = send(
                "POST",
                "/polls",
                """
                {"polls":[{"store_id":"s1","timestamp":"2023-01-25T17:13:22.479220Z","status":"active"},
                          {"store_id":"s2","timestamp":"2023-01-25T12:13:22+01:00","status":"inactive"}]}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(field(response, "accepted").asInt()).isEqualTo(2);
        List<ProducerRecord<String, byte[]>> sent = producer.history();
        assertThat(sent).extracting(ProducerRecord::topic).containsOnly(UptimeNames.POLLS_TOPIC);
        assertThat(sent).extracting(ProducerRecord::key).containsExactly("s1", "s2");
        assertThat(sent).extracting(ProducerRecord::timestamp).containsOnlyNulls();
        StorePoll first = serdes.polls()
                .deserializer()
                .deserialize(UptimeNames.POLLS_TOPIC, sent.get(0).value());
        assertThat(first.getTimestamp()).isEqualTo(Instant.parse("2023-01-25T17:13:22.479220Z"));
        assertThat(serdes.polls()
                        .deserializer()
                        .deserialize(UptimeNames.POLLS_TOPIC, sent.get(1).value())
                        .getStatus())
                .isEqualTo(StoreStatus.inactive);
    }

    @Test
    void shouldRefuseTheWholeBatchNamingTheItemWithABadStatus() {
        HttpResponse<String> response = send(
                "POST",
                "/stores/s1/polls",
                """
                {"polls":[{"timestamp":"2023-01-25T17:00:00Z","status":"active"},
                          {"timestamp":"2023-01-25T17:01:00Z","status":"open"}]}""");

        assertRefused(response, 400, "polls[1].status: must be active or inactive");
    }

    @Test
    void shouldRefuseAPollFartherInTheFutureThanTheTopologyAllows() {
        HttpResponse<String> response = send(
                "POST",
                "/stores/s1/polls",
                "{\"polls\":[{\"timestamp\":\"" + NOW.plus(Duration.ofMinutes(6)) + "\",\"status\":\"active\"}]}");

        assertRefused(response, 400, "polls[0].timestamp: poll timestamp");
        assertThat(field(response, "message").asText()).contains("more than PT5M after");
    }

    @Test
    void shouldRefuseAPollTimestampThePollsTopicCannotHold() {
        // the same overflow as the telemetry timestamp that failed TelemetryBatchReaderFuzzTest: a 500 before
        HttpResponse<String> response = send(
                "POST",
                "/stores/s1/polls",
                "{\"polls\":[{\"timestamp\":\"-999999999-01-01T00:00:00Z\",\"status\":\"active\"}]}");

        assertRefused(response, 400, "polls[0].timestamp");
    }

    @Test
    void shouldAnswer413AboveFiveThousandItems() {
        String items = IntStream.range(0, 5_001)
                .mapToObj(i -> "{\"store_id\":\"s\",\"timestamp\":\"2023-01-25T17:00:00Z\",\"status\":\"active\"}")
                .collect(Collectors.joining(","));

        assertRefused(send("POST", "/polls", "{\"polls\":[" + items + "]}"), 413, "more than 5000");
    }

    @Test
    void shouldNameEveryMissingOrMalformedField() {
        HttpResponse<String> response = send(
                "POST",
                "/polls",
                """
                {"polls":[{"timestamp":"yesterday","status":"active"},{"store_id":" s2","status":1},7]}""");

        assertRefused(response, 400, "polls[0].store_id: is required");
        assertThat(field(response, "message").asText())
                .contains("polls[0].timestamp: \"yesterday\" is not an ISO-8601 instant")
                .contains("polls[1].store_id: store id starts or ends with a blank")
                .contains("polls[1].timestamp: is required")
                .contains("polls[1].status: must be a string")
                .contains("polls[2]: must be an object");
    }

    @Test
    void shouldRefuseABodyThatIsNotJson() {
        assertRefused(send("POST", "/polls", "{\"polls\": ["), 400, "The body is not JSON");
        assertRefused(send("PUT", "/stores/s1/timezone", "[]"), 400, "must be a JSON object");
    }

    @Test
    void shouldRefuseABadStoreIdInThePath() {
        assertRefused(
                send("PUT", "/stores/%20s1/timezone", "{\"timezone\":\"UTC\"}"), 400, "starts or ends with a blank");
    }

    @Test
    void shouldRefuseDaySevenAndTwentyFiveOClockWithTheTopologysRules() {
        HttpResponse<String> day = send(
                "PUT",
                "/stores/s1/business-hours",
                "{\"intervals\":[{\"day\":7,\"start\":\"09:00\",\"end\":\"17:00\"}]}");
        HttpResponse<String> hour = send(
                "POST",
                "/business-hours",
                """
                {"stores":[{"store_id":"s1","intervals":[]},
                           {"store_id":"s2","intervals":[{"day":1,"start":"09:00","end":"25:00"}]}]}""");

        assertRefused(day, 400, "intervals[0].day: 7 is not a day of the week");
        assertRefused(hour, 400, "stores[1]: business hours intervals[0].end: \"25:00\" is not a time of day");
    }

    @Test
    void shouldRefuseAnUnknownZone() {
        assertRefused(
                send("POST", "/timezones", "{\"timezones\":[{\"store_id\":\"s1\",\"timezone\":\"Mars/Base\"}]}"),
                400,
                "timezones[0]: timezone: Unknown time-zone ID: Mars/Base");
        assertRefused(send("PUT", "/stores/s1/timezone", "{}"), 400, "timezone: is required");
    }

    @Test
    void shouldAnswerTheStoredHoursDocumentAndWriteTombstonesOnDelete() throws Exception {
        HttpResponse<String> saved = send(
                "PUT",
                "/stores/s1/business-hours",
                """
                {"intervals":[{"day":0,"start":"22:00","end":"02:00"}],"closure_calendar":"uk","max_poll_gap_seconds":900}""");
        HttpResponse<String> deleted = send("DELETE", "/stores/s1/business-hours", null);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json.readTree(saved.body()))
                .isEqualTo(
                        json.readTree(
                                """
                        {"store_id":"s1","intervals":[{"day":0,"start":"22:00","end":"02:00"}],
                         "closure_calendar":"uk","max_poll_gap_seconds":900}"""));
        BusinessHours written = serdes.hours()
                .deserializer()
                .deserialize(
                        UptimeNames.BUSINESS_HOURS_TOPIC,
                        producer.history().get(0).value());
        assertThat(written.getMaxPollGapSeconds()).isEqualTo(900L);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(producer.history().get(1).value()).isNull();
    }

    private void assertRefused(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(field(response, "message").asText()).contains(message);
        assertThat(producer.history()).isEmpty();
    }

    private JsonNode field(HttpResponse<String> response, String name) {
        try {
            return json.readTree(response.body()).path(name);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private HttpResponse<String> send(String method, String path, String body) {
        return api.send(api.request(path)
                .header("X-API-Key", TestApi.ADMIN_KEY)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body)));
    }
}
