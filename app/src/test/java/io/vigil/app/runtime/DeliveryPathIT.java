package io.vigil.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.config.VigilConfig;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.schema.delivery.AlertKind;
import io.vigil.schema.delivery.DeliveryAlert;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import io.vigil.topology.delivery.DeliveryNames;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery monitor as a user drives it: a whole Vigil instance (topic provisioning, the exactly-once topology, the
 * API) on a real broker, expectations and S3 notifications in over HTTP, state and alerts out over HTTP and Kafka.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(180)
class DeliveryPathIT {

    private static final Duration WAIT = RunningVigil.WAIT;

    private final ObjectMapper json = new ObjectMapper();
    private EmbeddedKafkaCluster kafka;
    private RunningVigil vigil;

    @BeforeEach
    void startVigil(EmbeddedKafkaCluster kafka, TestInfo test, @TempDir Path stateDir) throws IOException {
        this.kafka = kafka;
        vigil = new RunningVigil(
                kafka, TestNames.unique(test), stateDir, Map.of(VigilConfig.DELIVERY_SWEEP_INTERVAL_CONFIG, 1000));
    }

    @AfterEach
    void stopVigil() {
        if (vigil != null) {
            vigil.close();
        }
    }

    @Test
    void shouldOpenEscalateAndResolveAnEpisodeDrivenOverHttp() throws Exception {
        HttpResponse<String> invalid = call(
                "PUT",
                "/expectations/acme/orders",
                """
                {"bucket":"landing","timezone":"Mars/Base","cadence":"daily_cutoff","cutoff_time_local":"25:00"}""");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json.readTree(invalid.body()).findValuesAsText("field"))
                .containsExactlyInAnyOrder("timezone", "cutoff_time_local");

        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.DAYS);
        HttpResponse<String> saved = call(
                "PUT",
                "/expectations/acme/orders",
                """
                {"bucket":"landing","prefix":"acme/orders/","timezone":"UTC","cadence":"daily_cutoff",
                 "cutoff_time_local":"00:00","active_from":"%s","escalation":[{"after_minutes":60,"level":2}]}"""
                        .formatted(twoDaysAgo));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(202);

        JsonNode overdue =
                awaitState(state -> "overdue".equals(state.path("status").asText()));
        String episode = overdue.at("/open_episode/episode_id").asText();
        assertThat(episode).isEqualTo("acme/orders@" + twoDaysAgo);

        HttpResponse<String> ingested = call(
                "POST",
                "/ingest",
                """
                {"Records":[{"eventName":"ObjectCreated:Put","eventTime":"%s",
                  "s3":{"bucket":{"name":"landing"},"object":{"key":"acme/orders/today.csv","size":10,"eTag":"e1"}}}]}"""
                        .formatted(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        assertThat(ingested.statusCode()).as(ingested.body()).isEqualTo(202);

        JsonNode late = awaitState(state -> "late".equals(state.path("status").asText()));
        assertThat(late.path("last_arrival_key").asText()).isEqualTo("acme/orders/today.csv");
        assertThat(late.path("open_episode").isNull()).isTrue();
        assertThat(alertsOnKafka(3))
                .extracting(DeliveryAlert::getAlertId)
                .containsExactly(episode + "/overdue", episode + "/escalated-2", episode + "/resolved");
        JsonNode history =
                json.readTree(call("GET", "/alerts/acme/orders", null).body());
        assertThat(history.path("items").get(0).path("kind").asText()).isEqualTo(AlertKind.resolved.name());

        JsonNode backtest = json.readTree(call(
                        "POST",
                        "/expectations/backtest",
                        """
                        {"from":"%s","expectation":{"client_id":"acme","stream_id":"what-if","bucket":"landing",
                         "prefix":"acme/orders/","timezone":"UTC","cadence":"max_gap","max_gap_minutes":60}}"""
                                .formatted(twoDaysAgo))
                .body());
        assertThat(backtest.path("qualified").asInt()).as(backtest.toString()).isEqualTo(1);
        assertThat(backtest.path("episodes").get(0).path("resolved_by_key").asText())
                .isEqualTo("acme/orders/today.csv");

        assertThat(call("POST", "/streams/acme/unknown/ack", null).statusCode()).isEqualTo(404);
        assertThat(call("POST", "/sweeper/run", null).statusCode()).isEqualTo(202);
        assertThat(call("DELETE", "/expectations/acme/orders", null).statusCode())
                .isEqualTo(202);
        await("state removed")
                .atMost(WAIT)
                .until(() -> call("GET", "/state/acme/orders", null).statusCode() == 404);
    }

    @Test
    void shouldKeepHolidayCalendarsThatEveryInstanceCanRead() throws Exception {
        assertThat(call("PUT", "/calendars/uk-holidays", "{\"dates\":[\"2026-12-25\",\"Christmas\"]}")
                        .statusCode())
                .isEqualTo(400);

        HttpResponse<String> saved =
                call("PUT", "/calendars/uk-holidays", "{\"dates\":[\"2026-12-28\",\"2026-12-25\",\"2026-12-25\"]}");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(202);
        JsonNode calendar = await("calendar readable")
                .atMost(WAIT)
                .until(
                        () -> json.readTree(
                                call("GET", "/calendars/uk-holidays", null).body()),
                        body -> body.has("dates"));
        assertThat(calendar.path("dates").toString()).isEqualTo("[\"2026-12-25\",\"2026-12-28\"]");
    }

    private JsonNode awaitState(java.util.function.Predicate<JsonNode> condition) {
        return await("stream state")
                .atMost(WAIT)
                .until(
                        () -> {
                            HttpResponse<String> response = call("GET", "/state/acme/orders", null);
                            return response.statusCode() == 200 ? json.readTree(response.body()) : json.nullNode();
                        },
                        condition::test);
    }

    private List<DeliveryAlert> alertsOnKafka(int expected) {
        vigil.registry().register(AvroSerde.valueSubject(DeliveryNames.ALERTS_TOPIC), DeliveryAlert.getClassSchema());
        List<DeliveryAlert> alerts = new ArrayList<>();
        try (KafkaConsumer<String, DeliveryAlert> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "delivery-path-it",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(),
                AvroSerde.of(DeliveryAlert.class, vigil.registry()))) {
            consumer.subscribe(List.of(DeliveryNames.ALERTS_TOPIC));
            await("alerts on " + DeliveryNames.ALERTS_TOPIC).atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> alerts.add(record.value()));
                return alerts.size() >= expected;
            });
        }
        return alerts;
    }

    private HttpResponse<String> call(String method, String path, String body)
            throws IOException, InterruptedException {
        return vigil.call(method, path, body);
    }
}
