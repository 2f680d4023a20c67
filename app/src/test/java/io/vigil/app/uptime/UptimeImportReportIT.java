package io.vigil.app.uptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.app.cli.VigilCliRunner;
import io.vigil.app.runtime.RunningVigil;
import io.vigil.config.VigilConfig;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.embedded.EmbeddedS3;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * Store uptime as a user drives it: the original CSV files go in through {@code vigil uptime import}, a report is
 * triggered and fetched over HTTP from a whole instance on the real broker and the embedded S3 endpoint. The figures
 * below are worked out by hand from the data (2023-01-25 is a Wednesday; the latest poll, the reference, is 18:00 UTC).
 */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(240)
class UptimeImportReportIT {

    /** Store 1001: no hours (24/7), no zone; 1002: Kolkata 09:00–17:00 daily; 1003: New York, Wednesdays 10–14. */
    private static final String STATUS =
            """
            store_id,status,timestamp_utc
            1001,active,2023-01-18 17:00:00.000000 UTC
            1003,inactive,2023-01-25 16:15:00.5 UTC
            1001,inactive,2023-01-25 17:30:00 UTC
            1003,active,2023-01-25 15:00:00 UTC
            1002,active,2023-01-25 18:00:00.000000 UTC
            1002,asleep,2023-01-25 12:00:00 UTC
            """;

    private static final String HOURS =
            """
            store_id,dayOfWeek,start_time_local,end_time_local
            1002,0,09:00:00,17:00:00
            1002,1,09:00:00,17:00:00
            1002,2,09:00:00,17:00:00
            1002,3,09:00:00,17:00:00
            1002,4,09:00:00,17:00:00
            1002,5,09:00:00,17:00:00
            1002,6,09:00:00,17:00:00
            1003,2,10:00:00,14:00:00
            1003,3,25:00:00,26:00:00
            """;

    private static final String TIMEZONES =
            """
            store_id,timezone_str
            1002,Asia/Kolkata
            1003,America/New_York
            """;

    private static final String REPORT =
            """
            store_id,uptime_last_hour,uptime_last_day,uptime_last_week,downtime_last_hour,downtime_last_day,downtime_last_week
            1001,30.00,23.50,167.50,30.00,0.50,0.50
            1002,0.00,0.00,0.00,0.00,8.00,56.00
            1003,0.00,1.25,1.25,60.00,1.75,2.75
            """;

    private final ObjectMapper json = new ObjectMapper();
    private EmbeddedS3 s3;
    private RunningVigil vigil;
    private Path files;

    @BeforeEach
    void start(
            EmbeddedKafkaCluster kafka, TestInfo test, @TempDir Path stateDir, @TempDir Path s3Dir, @TempDir Path dir)
            throws Exception {
        s3 = EmbeddedS3.start(s3Dir, 0, List.of("vigil-sensor"));
        vigil = new RunningVigil(
                kafka,
                TestNames.unique(test),
                stateDir,
                Map.of(
                        VigilConfig.S3_ENDPOINT_CONFIG, s3.endpoint().toString(),
                        VigilConfig.S3_ACCESS_KEY_ID_CONFIG, "t",
                        VigilConfig.S3_SECRET_ACCESS_KEY_CONFIG, "t"));
        files = dir;
    }

    @AfterEach
    void stop() {
        if (vigil != null) {
            vigil.close();
        }
        s3.close();
    }

    @Test
    void shouldImportTheOriginalCsvFilesAndReportEveryStoreAsOfTheLatestPoll() throws Exception {
        VigilCliRunner.Run imported = importAll();

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("bad_status").contains("bad_time");

        String reportId = trigger("/trigger_report", "{\"at\":\"latest\"}");
        HttpResponse<String> report = awaitReport(reportId);

        assertThat(report.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(report.headers().firstValue("X-Report-Status")).hasValue("Complete");
        assertThat(report.body().replace("\r\n", "\n")).isEqualTo(REPORT);
    }

    @Test
    void shouldReportOneStoreAnswerItLiveAndRefuseAnUnknownOne() throws Exception {
        assertThat(importAll().exitCode()).isZero();

        String reportId = trigger("/trigger_report/1003", "{\"at\":\"2023-01-25T18:00:00Z\"}");
        assertThat(awaitReport(reportId).body().replace("\r\n", "\n").lines())
                .containsExactly(REPORT.lines().findFirst().orElseThrow(), "1003,0.00,1.25,1.25,60.00,1.75,2.75");

        JsonNode live = json.readTree(vigil.call("GET", "/stores/1003/uptime?at=2023-01-25T18:00:00Z", null)
                .body());
        assertThat(live.path("uptime_last_day").asDouble()).isEqualTo(1.25);
        assertThat(live.path("downtime_last_hour").asDouble()).isEqualTo(60.0);
        assertThat(live.path("timezone").asText()).isEqualTo("America/New_York");

        assertThat(vigil.call("POST", "/trigger_report/no-such-store", "{}").statusCode())
                .isEqualTo(404);
        assertThat(vigil.call("GET", "/stores/no-such-store/uptime", null).statusCode())
                .isEqualTo(404);
        assertThat(vigil.call("GET", "/get_report/no-such-report", null).statusCode())
                .isEqualTo(404);
    }

    private VigilCliRunner.Run importAll() throws Exception {
        return VigilCliRunner.run(
                "uptime",
                "import",
                "--base-url=" + vigil.baseUrl(),
                "--api-key=" + RunningVigil.ADMIN_KEY,
                "--status=" + write("store_status.csv", STATUS),
                "--hours=" + write("menu_hours.csv", HOURS),
                "--timezones=" + write("timezones.csv", TIMEZONES));
    }

    private String trigger(String path, String body) throws Exception {
        HttpResponse<String> triggered = vigil.call("POST", path, body);
        assertThat(triggered.statusCode()).as(triggered.body()).isEqualTo(202);
        return json.readTree(triggered.body()).path("report_id").asText();
    }

    private HttpResponse<String> awaitReport(String reportId) {
        return await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> vigil.call("GET", "/get_report/" + reportId, null), response -> {
                    assertThat(response.statusCode()).as(response.body()).isIn(200, 202);
                    return response.statusCode() == 200;
                });
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }
}
