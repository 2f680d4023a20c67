package io.vigil.app.uptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
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
 * are worked out by hand: the reference is an 18:00 UTC in the last day, the zones have no DST (Kolkata, UTC+5:30;
 * Etc/GMT+5, UTC−5), and store ids carry this test's prefix (other tests share the broker and its topics).
 */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(240)
class UptimeImportReportIT {

    private static final String HEADER =
            "store_id,uptime_last_hour,uptime_last_day,uptime_last_week,downtime_last_hour,downtime_last_day,downtime_last_week";
    private static final DateTimeFormatter ORIGINAL_TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS 'UTC'").withZone(ZoneOffset.UTC);

    private final ObjectMapper json = new ObjectMapper();
    private EmbeddedS3 s3;
    private RunningVigil vigil;
    private Path files;
    private String prefix;
    private Instant reference;

    @BeforeEach
    void start(
            EmbeddedKafkaCluster kafka, TestInfo test, @TempDir Path stateDir, @TempDir Path s3Dir, @TempDir Path dir)
            throws Exception {
        prefix = TestNames.unique(test, "store") + "-";
        ZonedDateTime eighteen =
                Instant.now().atZone(ZoneOffset.UTC).withHour(18).truncatedTo(ChronoUnit.HOURS);
        reference = (eighteen.isAfter(ZonedDateTime.now(ZoneOffset.UTC).minusHours(1))
                        ? eighteen.minusDays(1)
                        : eighteen)
                .toInstant();
        s3 = EmbeddedS3.start(s3Dir, 0, List.of("vigil-sensor"));
        vigil = new RunningVigil(kafka, TestNames.unique(test), stateDir, settings(s3));
        files = dir;
    }

    private static Map<String, Object> settings(EmbeddedS3 s3) {
        Map<String, Object> settings = new HashMap<>(RunningVigil.s3Settings(s3));
        // the week of this test's stores must outlive the newest poll other tests write: now
        settings.put(VigilConfig.UPTIME_POLL_RETENTION_DAYS_CONFIG, 30);
        return settings;
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
        awaitProcessed();

        String reportId = trigger("/trigger_report", "{\"at\":\"" + reference + "\"}");
        HttpResponse<String> report = awaitReport(reportId);

        assertThat(report.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(report.headers().firstValue("X-Report-Status")).hasValue("Complete");
        List<String> lines = report.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo(HEADER);
        assertThat(lines)
                .filteredOn(line -> line.startsWith(prefix))
                .containsExactly(
                        prefix + "1001,30.00,23.50,167.50,30.00,0.50,0.50",
                        prefix + "1002,0.00,0.00,0.00,0.00,8.00,56.00",
                        prefix + "1003,0.00,1.25,1.25,60.00,1.75,2.75");
    }

    @Test
    void shouldReportOneStoreAnswerItLiveAndRefuseAnUnknownOne() throws Exception {
        assertThat(importAll().exitCode()).isZero();
        awaitProcessed();

        String reportId = trigger("/trigger_report/" + prefix + "1003", "{\"at\":\"" + reference + "\"}");
        assertThat(awaitReport(reportId).body().lines())
                .containsExactly(HEADER, prefix + "1003,0.00,1.25,1.25,60.00,1.75,2.75");

        JsonNode live = json.readTree(vigil.call("GET", "/stores/" + prefix + "1003/uptime?at=" + reference, null)
                .body());
        assertThat(live.path("uptime_last_day").asDouble())
                .as("full precision: 1 h 15 min 0.5 s")
                .isCloseTo(1.25 + 0.5 / 3600, within(1e-9));
        assertThat(live.path("downtime_last_hour").asDouble()).isEqualTo(60.0);
        assertThat(live.path("timezone").asText()).isEqualTo("Etc/GMT+5");

        assertThat(vigil.call("POST", "/trigger_report/" + prefix + "none", "{}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(vigil.call("GET", "/stores/" + prefix + "none/uptime", null).statusCode())
                .isEqualTo(404);
        assertThat(vigil.call("GET", "/get_report/0b4a9a3e-5f7c-4d0e-9a51-1f2e3d4c5b6a", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(vigil.call("POST", "/trigger_report", "{\"at\":\"yesterday\"}")
                        .statusCode())
                .isEqualTo(400);
    }

    private VigilCliRunner.Run importAll() throws Exception {
        return VigilCliRunner.run(
                "uptime",
                "import",
                "--base-url=" + vigil.baseUrl(),
                "--api-key=" + RunningVigil.ADMIN_KEY,
                "--status=" + write("store_status.csv", status()),
                "--hours=" + write("menu_hours.csv", hours()),
                "--timezones=" + write("timezones.csv", timezones()));
    }

    /**
     * 1001: no hours (24/7) and no zone, active from before the week, inactive for the last half hour. 1002: open
     * 09:00–17:00 every day in Kolkata (03:30–11:30 UTC), its one poll at the reference: inactive all week before it.
     * 1003: open 10:00–14:00 (15:00–19:00 UTC) on the reference's weekday, active 15:00 to 16:15:00.5, then inactive.
     * One row with an unknown status and one with a time of 25:00 are skipped.
     */
    private String status() {
        return "store_id,status,timestamp_utc\n"
                + poll("1001", "active", reference.minus(Duration.ofDays(7)).minus(Duration.ofHours(1)))
                + poll(
                        "1003",
                        "inactive",
                        reference.minus(Duration.ofMinutes(105)).plusMillis(500))
                + poll("1001", "inactive", reference.minus(Duration.ofMinutes(30)))
                + poll("1003", "active", reference.minus(Duration.ofHours(3)))
                + poll("1002", "active", reference)
                + poll("1002", "asleep", reference.minus(Duration.ofHours(6)));
    }

    private String hours() {
        StringBuilder rows = new StringBuilder("store_id,dayOfWeek,start_time_local,end_time_local\n");
        for (int day = 0; day < 7; day++) {
            rows.append(prefix).append("1002,").append(day).append(",09:00:00,17:00:00\n");
        }
        int weekday = reference.atZone(ZoneId.of("Etc/GMT+5")).getDayOfWeek().getValue() - 1;
        rows.append(prefix).append("1003,").append(weekday).append(",10:00:00,14:00:00\n");
        rows.append(prefix).append("1003,").append((weekday + 1) % 7).append(",25:00:00,26:00:00\n");
        return rows.toString();
    }

    private String timezones() {
        return "store_id,timezone_str\n" + prefix + "1002,Asia/Kolkata\n" + prefix + "1003,Etc/GMT+5\n";
    }

    private String poll(String store, String status, Instant at) {
        return prefix + store + "," + status + "," + ORIGINAL_TIMESTAMP.format(at) + "\n";
    }

    /**
     * The import is answered once Kafka has the records; the topology takes them a moment later. Each store's live
     * figure that depends on its last poll says when its polls are in (1002's figures do not depend on its poll).
     */
    private void awaitProcessed() {
        awaitLive("1001", "uptime_last_hour", 30.0);
        awaitLive("1002", "downtime_last_day", 8.0);
        awaitLive("1003", "uptime_last_day", 1.25 + 0.5 / 3600);
    }

    private void awaitLive(String store, String field, double expected) {
        await(store + " processed").atMost(Duration.ofMinutes(1)).until(() -> {
            HttpResponse<String> answer =
                    vigil.call("GET", "/stores/" + prefix + store + "/uptime?at=" + reference, null);
            return answer.statusCode() == 200
                    && Math.abs(json.readTree(answer.body()).path(field).asDouble() - expected) < 1e-9;
        });
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
