package io.vigil.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.connectors.s3.S3ClientSettings;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.embedded.EmbeddedS3;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Data-quality checks as a user drives them: a rule over HTTP, objects in the embedded S3 endpoint announced through
 * {@code POST /ingest}, read by the instance's object reader, results and pass rates back over HTTP.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(180)
class QualityPathIT {

    private static final String BUCKET = "quality-landing";

    private final ObjectMapper json = new ObjectMapper();
    private EmbeddedS3 s3;
    private S3Client client;
    private RunningVigil vigil;

    @BeforeEach
    void start(EmbeddedKafkaCluster kafka, TestInfo test, @TempDir Path stateDir, @TempDir Path s3Dir)
            throws Exception {
        s3 = EmbeddedS3.start(s3Dir, 0, List.of(BUCKET));
        client = new S3ClientSettings(Optional.of(s3.endpoint()), s3.region(), Optional.of("t"), Optional.of("t"), 3)
                .client();
        vigil = new RunningVigil(kafka, TestNames.unique(test), stateDir, RunningVigil.s3Settings(s3));
    }

    @AfterEach
    void stop() {
        if (vigil != null) {
            vigil.close();
        }
        client.close();
        s3.close();
    }

    @Test
    void shouldCheckAnnouncedObjectsAndReportPassRates() throws Exception {
        HttpResponse<String> invalid = vigil.call(
                "PUT",
                "/quality/rules/" + BUCKET + "?prefix=in/",
                "{\"min_size_bytes\": -1, \"csv\": {\"min_rows\": \"x\"}}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json.readTree(invalid.body()).findValuesAsText("field"))
                .containsExactlyInAnyOrder("min_size_bytes", "csv.min_rows");

        HttpResponse<String> saved = vigil.call(
                "PUT",
                "/quality/rules/" + BUCKET + "?prefix=in/",
                """
                {"non_empty": true, "extensions": ["csv"],
                 "csv": {"expected_columns": ["sensor_id", "timestamp", "value"], "min_rows": 1,
                         "columns": [{"name": "value", "type": "DECIMAL"}]}}""");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(202);
        await().atMost(RunningVigil.WAIT)
                .until(() -> vigil.call("GET", "/quality/rules/" + BUCKET + "?prefix=in/", null)
                                .statusCode()
                        == 200);

        put("in/good.csv", "sensor_id,timestamp,value\ns1,2026-11-23T09:00:00Z,21.5\n");
        put("in/bad.csv", "sensor_id,timestamp,value\ns1,2026-11-23T09:00:00Z,warm\n");
        // A rule applies to objects announced after the reader has it: announce again until the results are in.
        JsonNode good = awaitResult("in/good.csv");
        JsonNode bad = awaitResult("in/bad.csv");
        JsonNode missing = awaitResult("in/deleted.csv");

        assertThat(good.path("passed").asBoolean()).isTrue();
        assertThat(good.path("rows").asLong()).isEqualTo(1);
        assertThat(bad.path("passed").asBoolean()).isFalse();
        assertThat(bad.path("checks").findValuesAsText("check")).contains("column_type");
        assertThat(missing.path("outcome").asText()).isEqualTo("NO_SUCH_KEY");

        JsonNode summary = await().atMost(RunningVigil.WAIT)
                .until(
                        () -> json.readTree(vigil.call("GET", "/quality/summary?bucket=" + BUCKET, null)
                                .body()),
                        body -> body.path("rules").path(0).path("objects").asLong() == 3);
        JsonNode rule = summary.path("rules").path(0);
        assertThat(rule.path("prefix").asText()).isEqualTo("in/");
        assertThat(rule.path("passed").asLong()).isEqualTo(1);
        assertThat(rule.path("missing").asLong()).isEqualTo(1);
        assertThat(rule.path("check_failures").path("column_type:value").asLong())
                .isEqualTo(1);

        JsonNode breaker = json.readTree(vigil.call("GET", "/breaker", null).body());
        assertThat(breaker.path("state").asText()).isEqualTo("CLOSED");
        assertThat(breaker.path("consecutive_failures").asInt()).isZero();
        HttpResponse<String> reset = vigil.call("POST", "/breaker/reset", null);
        assertThat(reset.statusCode()).isEqualTo(200);

        assertThat(vigil.call("DELETE", "/quality/rules/" + BUCKET + "?prefix=in/", null)
                        .statusCode())
                .isEqualTo(202);
        assertThat(vigil.call("DELETE", "/quality/rules/" + BUCKET + "?prefix=nothing/", null)
                        .statusCode())
                .isEqualTo(404);
    }

    private JsonNode awaitResult(String key) throws Exception {
        return await("result of " + key)
                .atMost(RunningVigil.WAIT)
                .until(
                        () -> {
                            HttpResponse<String> result =
                                    vigil.call("GET", "/quality/objects/" + BUCKET + "/" + key, null);
                            if (result.statusCode() == 200) {
                                return json.readTree(result.body());
                            }
                            announce(key);
                            return null;
                        },
                        result -> result != null);
    }

    private void announce(String key) throws Exception {
        HttpResponse<String> ingested = vigil.call(
                "POST",
                "/ingest",
                """
                {"Records":[{"eventName":"ObjectCreated:Put","eventTime":"%s",
                  "s3":{"bucket":{"name":"%s"},"object":{"key":"%s","size":10}}}]}"""
                        .formatted(Instant.now().truncatedTo(ChronoUnit.MILLIS), BUCKET, key));
        assertThat(ingested.statusCode()).as(ingested.body()).isEqualTo(202);
    }

    private void put(String key, String content) {
        client.putObject(b -> b.bucket(BUCKET).key(key).contentType("text/csv"), RequestBody.fromString(content));
    }
}
