package io.vigil.app.uptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.app.runtime.RunningVigil;
import io.vigil.config.VigilConfig;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A downtime alert outlives a restart: the instance that raised it stops, a new one starts on the same state and
 * application id, and the alert is neither raised again nor forgotten — the next active poll resolves it with the
 * same alert id.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(240)
class UptimeAlertRestartIT {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldKeepAnOpenAlertAcrossARestartAndResolveItOnce(
            EmbeddedKafkaCluster kafka, TestInfo test, @TempDir Path stateDir) throws Exception {
        String applicationId = TestNames.unique(test);
        String down = TestNames.unique(test, "store") + "-down";
        String later = TestNames.unique(test, "store") + "-later";
        Map<String, Object> settings = Map.of(
                VigilConfig.UPTIME_ALERT_THRESHOLD_CONFIG, 60_000L,
                VigilConfig.UPTIME_ALERT_CHECK_INTERVAL_CONFIG, 200L);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        try (RunningVigil first = new RunningVigil(kafka, applicationId, stateDir, settings)) {
            postPoll(first, down, now.minus(Duration.ofMinutes(5)), "inactive"); // no hours: open 24/7
            assertThat(awaitAlerts(first, down, 1)).containsExactly("down");
        }

        try (RunningVigil second = new RunningVigil(kafka, applicationId, stateDir, settings)) {
            postPoll(second, later, now.minus(Duration.ofMinutes(5)), "inactive");
            // Once the restarted punctuator has raised this store's alert, it has passed the first store too
            assertThat(awaitAlerts(second, later, 1)).containsExactly("down");
            assertThat(kinds(alerts(second, down))).as("not raised again").containsExactly("down");

            postPoll(second, down, now, "active");
            List<JsonNode> resolved = awaitAlertNodes(second, down, 2);
            assertThat(kinds(resolved)).containsExactly("recovered", "down");
            assertThat(resolved.get(0).path("alert_id").asText())
                    .isEqualTo(resolved.get(1).path("alert_id").asText());
        }
    }

    private void postPoll(RunningVigil vigil, String store, Instant at, String status) throws Exception {
        String body = "{\"polls\":[{\"timestamp\":\"" + at + "\",\"status\":\"" + status + "\"}]}";
        assertThat(vigil.call("POST", "/stores/" + store + "/polls", body).statusCode())
                .isEqualTo(202);
    }

    private List<String> awaitAlerts(RunningVigil vigil, String store, int count) {
        return kinds(awaitAlertNodes(vigil, store, count));
    }

    private List<JsonNode> awaitAlertNodes(RunningVigil vigil, String store, int count) {
        return await(count + " alert(s) of " + store)
                .atMost(RunningVigil.WAIT)
                .until(() -> alerts(vigil, store), alerts -> alerts.size() >= count);
    }

    /** Newest first; empty while the store is unknown. */
    private List<JsonNode> alerts(RunningVigil vigil, String store) throws Exception {
        var response = vigil.call("GET", "/stores/" + store + "/alerts", null);
        if (response.statusCode() == 404) {
            return List.of();
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(
                        json.readTree(response.body()).path("alerts").spliterator(), false)
                .toList();
    }

    private static List<String> kinds(List<JsonNode> alerts) {
        return alerts.stream().map(alert -> alert.path("kind").asText()).toList();
    }
}
