package io.vigil.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Store uptime as a user drives it over HTTP against a whole Vigil instance (real broker, the real topology): hours,
 * zone and polls in, the live figures and the stores down now out.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(180)
class UptimeApiIT {

    private static final double EXACT = 1e-9;

    private final ObjectMapper json = new ObjectMapper();
    private RunningVigil vigil;
    private String prefix;

    @BeforeEach
    void startVigil(EmbeddedKafkaCluster kafka, TestInfo test, @TempDir Path stateDir) throws IOException {
        prefix = TestNames.unique(test);
        vigil = new RunningVigil(kafka, prefix, stateDir, Map.of());
    }

    @AfterEach
    void stopVigil() {
        if (vigil != null) {
            vigil.close();
        }
    }

    @Test
    void shouldAnswerTheExactFiguresOfAStoreWrittenOverHttp() throws Exception {
        String store = prefix + "-u1";
        // Yesterday noon UTC: always in the past, well within the eight days of polls kept.
        Instant reference = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofHours(12));
        Instant lastPoll = reference.minus(Duration.ofMinutes(30)).plusMillis(1500);
        assertThat(call("PUT", "/stores/" + store + "/timezone", "{\"timezone\":\"UTC\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(call("PUT", "/stores/" + store + "/business-hours", everyDay("09:00", "17:00"))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> polls = call(
                "POST",
                "/stores/" + store + "/polls",
                """
                {"polls":[{"timestamp":"%s","status":"inactive"},{"timestamp":"%s","status":"active"}]}"""
                        .formatted(lastPoll, reference.minus(Duration.ofHours(2))));
        assertThat(polls.statusCode()).as(polls.body()).isEqualTo(202);

        // Open 09:00-17:00 UTC daily; active from 10:00 until 11:30:01.5 of the reference day, inactive otherwise.
        JsonNode figures = await("figures with hours, zone and both polls")
                .atMost(RunningVigil.WAIT)
                // the store is unknown (404) until the topology has processed what was just written
                .ignoreExceptionsInstanceOf(AssertionError.class)
                .until(
                        () -> read("/stores/" + store + "/uptime?at=" + reference + "&unknown=true"),
                        answer -> answer.path("uptime_last_week").asDouble() > 0
                                && answer.path("downtime_last_hour").asDouble() > 0);
        assertThat(figures.path("store_id").asText()).isEqualTo(store);
        assertThat(figures.path("reference").asText()).isEqualTo(reference.toString());
        assertThat(figures.path("timezone").asText()).isEqualTo("UTC");
        assertThat(figures.path("uptime_last_hour").asDouble()).isCloseTo(30.025, within(EXACT));
        assertThat(figures.path("downtime_last_hour").asDouble()).isCloseTo(29.975, within(EXACT));
        assertThat(figures.path("uptime_last_day").asDouble()).isCloseTo(1.5 + 1.5 / 3600, within(EXACT));
        assertThat(figures.path("downtime_last_day").asDouble()).isCloseTo(6.5 - 1.5 / 3600, within(EXACT));
        assertThat(figures.path("uptime_last_week").asDouble()).isCloseTo(1.5 + 1.5 / 3600, within(EXACT));
        assertThat(figures.path("downtime_last_week").asDouble()).isCloseTo(54.5 - 1.5 / 3600, within(EXACT));
        assertThat(figures.path("unknown_last_week").asDouble()).isZero();

        // The same store closed on the reference day by a closure calendar: only the day before's 12:00-17:00 counts.
        String calendar = prefix + "-closed";
        String closedDay = "{\"dates\":[\"" + reference.atZone(ZoneOffset.UTC).toLocalDate() + "\"]}";
        assertThat(call("PUT", "/calendars/" + calendar, closedDay).statusCode())
                .isEqualTo(202);
        String withCalendar = everyDay("09:00", "17:00").replace("]}", "],\"closure_calendar\":\"" + calendar + "\"}");
        assertThat(call("PUT", "/stores/" + store + "/business-hours", withCalendar)
                        .statusCode())
                .isEqualTo(200);
        JsonNode closed = await("figures with the reference day closed")
                .atMost(RunningVigil.WAIT)
                // the store is unknown (404) until the topology has processed what was just written
                .ignoreExceptionsInstanceOf(AssertionError.class)
                .until(
                        () -> read("/stores/" + store + "/uptime?at=" + reference),
                        answer -> answer.path("downtime_last_hour").asDouble() == 0);
        assertThat(closed.path("uptime_last_hour").asDouble()).isZero();
        assertThat(closed.path("uptime_last_day").asDouble()).isZero();
        assertThat(closed.path("downtime_last_day").asDouble()).isEqualTo(5.0);
        assertThat(closed.path("downtime_last_week").asDouble()).isEqualTo(53.0);

        JsonNode latest = read("/stores/" + store + "/uptime?at=latest");
        assertThat(latest.path("reference").asText()).isEqualTo(lastPoll.toString());
        assertThat(latest.has("unknown_last_hour")).isFalse();
        assertThat(call("GET", "/stores/" + prefix + "-nobody/uptime", null).statusCode())
                .isEqualTo(404);
        assertThat(call("GET", "/stores/" + store + "/uptime?at=noon", null).statusCode())
                .isEqualTo(400);
    }

    @Test
    void shouldListTheStoresDownNowInsideTheirBusinessHours() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String down = prefix + "-down";
        String closed = prefix + "-closed";
        String up = prefix + "-up";
        assertThat(call("PUT", "/stores/" + closed + "/business-hours", "{\"intervals\":[]}")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> polls = call(
                "POST",
                "/polls",
                """
                {"polls":[
                  {"store_id":"%1$s","timestamp":"%4$s","status":"active"},
                  {"store_id":"%1$s","timestamp":"%5$s","status":"inactive"},
                  {"store_id":"%1$s","timestamp":"%6$s","status":"inactive"},
                  {"store_id":"%2$s","timestamp":"%6$s","status":"inactive"},
                  {"store_id":"%3$s","timestamp":"%6$s","status":"active"}]}"""
                        .formatted(
                                down,
                                closed,
                                up,
                                now.minus(Duration.ofMinutes(20)),
                                now.minus(Duration.ofMinutes(10)),
                                now.minus(Duration.ofMinutes(5))));
        assertThat(polls.statusCode()).as(polls.body()).isEqualTo(202);

        List<JsonNode> listed = await("the down store listed")
                .atMost(RunningVigil.WAIT)
                .until(this::downStores, stores -> stores.stream()
                        .anyMatch(store -> store.path("store_id").asText().equals(down)));
        JsonNode entry = listed.stream()
                .filter(store -> store.path("store_id").asText().equals(down))
                .findFirst()
                .orElseThrow();
        assertThat(entry.path("down_since").asText())
                .isEqualTo(now.minus(Duration.ofMinutes(10)).toString());
        assertThat(entry.path("last_poll_at").asText())
                .isEqualTo(now.minus(Duration.ofMinutes(5)).toString());
        assertThat(listed).extracting(store -> store.path("store_id").asText()).doesNotContain(closed, up);
        assertThat(call("GET", "/stores?status=up", null).statusCode()).isEqualTo(400);
    }

    @Test
    void shouldAnswerTheSameFiguresFromEitherOfTwoInstancesByForwardingToTheOwner(
            EmbeddedKafkaCluster kafka, @TempDir Path otherStateDir) throws Exception {
        Instant reference = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> stores = List.of(prefix + "-a", prefix + "-b", prefix + "-c", prefix + "-d");
        List<String> polls = new ArrayList<>();
        for (String store : stores) {
            polls.add("{\"store_id\":\"%s\",\"timestamp\":\"%s\",\"status\":\"active\"}"
                    .formatted(store, reference.minus(Duration.ofMinutes(45))));
        }
        assertThat(call("POST", "/polls", "{\"polls\":[" + String.join(",", polls) + "]}")
                        .statusCode())
                .isEqualTo(202);

        try (RunningVigil other = new RunningVigil(kafka, prefix, otherStateDir, Map.of())) {
            for (String store : stores) {
                String path = "/stores/" + store + "/uptime?at=" + reference;
                JsonNode here = await("figures of " + store + " on the first instance")
                        .atMost(RunningVigil.WAIT)
                        // the store is unknown (404) until the topology has processed what was just written
                        .ignoreExceptionsInstanceOf(AssertionError.class)
                        .until(() -> vigil.call("GET", path, null), response -> response.statusCode() == 200)
                        .body()
                        .transform(this::tree);
                JsonNode there = await("figures of " + store + " on the second instance")
                        .atMost(RunningVigil.WAIT)
                        // the store is unknown (404) until the topology has processed what was just written
                        .ignoreExceptionsInstanceOf(AssertionError.class)
                        .until(() -> other.call("GET", path, null), response -> response.statusCode() == 200)
                        .body()
                        .transform(this::tree);
                assertThat(here.path("uptime_last_hour").asDouble()).isEqualTo(45.0);
                assertThat(there).isEqualTo(here);
            }
            String metrics = vigil.call("GET", "/metrics", null).body()
                    + other.call("GET", "/metrics", null).body();
            assertThat(metrics).containsPattern("vigil_iq_forwarded_total\\{[^}]*kind=\"compute\"[^}]*outcome=\"ok\"");
        }
    }

    /** Every page of {@code GET /stores?status=down}, followed by its cursor. */
    private List<JsonNode> downStores() throws Exception {
        List<JsonNode> stores = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = read("/stores?status=down&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            page.path("stores").forEach(stores::add);
            cursor = page.path("next_cursor").isNull()
                    ? null
                    : URLEncoder.encode(page.path("next_cursor").asText(), StandardCharsets.UTF_8);
        } while (cursor != null);
        return stores;
    }

    private static String everyDay(String start, String end) {
        List<String> intervals = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            intervals.add("{\"day\":%d,\"start\":\"%s\",\"end\":\"%s\"}".formatted(day, start, end));
        }
        return "{\"intervals\":[" + String.join(",", intervals) + "]}";
    }

    private JsonNode tree(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }

    private JsonNode read(String path) throws Exception {
        HttpResponse<String> response = call("GET", path, null);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        return vigil.call(method, path, body);
    }
}
