package io.vigil.app.client.uptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.app.cli.VigilCliRunner;
import io.vigil.app.cli.VigilCliRunner.Run;
import io.vigil.app.client.uptime.RecordingServer.Answer;
import io.vigil.app.client.uptime.RecordingServer.Request;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code vigil uptime import} against a recording stand-in of the bulk routes. */
@Timeout(60)
class UptimeImportCommandTest {

    private static final String KEY = "k.secret";

    @TempDir
    Path dir;

    private RecordingServer server;

    @BeforeEach
    void start() throws Exception {
        server = new RecordingServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldSendZonesThenHoursGroupedPerStoreThenPollsInBatches() throws Exception {
        Path zones = file(
                "timezones.csv", "store_id,timezone_str\ns1,America/New_York\ns2,Mars/Olympus\ns3,Europe/Berlin\n");
        Path hours = file(
                "menu_hours.csv",
                "store_id,dayOfWeek,start_time_local,end_time_local\n"
                        + "s1,0,10:00:00,14:00:00\ns3,1,09:00,17:00\ns1,0,17:00:00,22:00:00\ns1,5,18:00:00,02:00:00\n"
                        + "s3,7,09:00,17:00\n");
        Path status = file(
                "store_status.csv",
                "store_id,status,timestamp_utc\n"
                        + "s1,active,2023-01-25 18:13:22.47922 UTC\ns2,inactive,2023-01-25 18:14:00.000001 UTC\n"
                        + "s3,asleep,2023-01-25 18:15:00 UTC\ns1,inactive,2023-01-25 19:13:22 UTC\n"
                        + "s2,active,2023-01-25 19:14:00 UTC\n");

        Run run = importing("--timezones", zones, "--hours", hours, "--status", status, "--batch-size", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Request> requests = server.requests();
        assertThat(requests)
                .extracting(Request::path)
                .containsExactly("/timezones", "/business-hours", "/business-hours", "/polls", "/polls");
        assertThat(requests).extracting(Request::apiKey).containsOnly(KEY);
        assertThat(requests.get(0).items()).hasSize(2);
        assertThat(requests.get(0).items().get(0).toString())
                .isEqualTo("{\"store_id\":\"s1\",\"timezone\":\"America/New_York\"}");
        // s1's three intervals fill a batch of 3 on their own; batches are sent concurrently, in either order
        List<JsonNode> stores = requests.subList(1, 3).stream()
                .map(request -> request.items().get(0))
                .sorted(Comparator.comparing(store -> store.path("store_id").asText()))
                .toList();
        assertThat(requests.subList(1, 3))
                .allSatisfy(request -> assertThat(request.items()).hasSize(1));
        assertThat(stores.get(0).toString())
                .isEqualTo("{\"store_id\":\"s1\",\"intervals\":[{\"day\":0,\"start\":\"10:00\",\"end\":\"14:00\"},"
                        + "{\"day\":0,\"start\":\"17:00\",\"end\":\"22:00\"},"
                        + "{\"day\":5,\"start\":\"18:00\",\"end\":\"02:00\"}],"
                        + "\"closure_calendar\":null,\"max_poll_gap_seconds\":null}");
        assertThat(stores.get(1).path("intervals")).hasSize(1);
        // poll batches are sent concurrently, so they may arrive in either order
        List<JsonNode> pollBatches = requests.subList(3, 5).stream()
                .map(Request::items)
                .sorted(Comparator.comparingInt(JsonNode::size).reversed())
                .toList();
        assertThat(pollBatches).extracting(JsonNode::size).containsExactly(3, 1);
        assertThat(pollBatches.get(0).get(0).toString())
                .isEqualTo("{\"store_id\":\"s1\",\"timestamp\":\"2023-01-25T18:13:22.479220Z\",\"status\":\"active\"}");
        assertThat(run.out())
                .contains("timezones.csv (timezones): 3 rows read, 2 sent, 1 skipped (bad_timezone 1)")
                .contains("  skipped line 3 (row 2): bad_timezone")
                .contains("menu_hours.csv (business hours): 5 rows read, 4 sent as 2 stores, 1 skipped (bad_day 1)")
                .contains("store_status.csv (polls): 5 rows read, 4 sent, 1 skipped (bad_status 1)")
                .contains("  skipped line 4 (row 3): bad_status");
    }

    @ParameterizedTest
    @ValueSource(ints = {503, 429})
    void shouldRetryAnAnswerThatAsksToComeBackLater(int code) throws Exception {
        server.answer("/polls", new Answer(code, "{\"error\":\"unavailable\",\"message\":\"later\"}"));
        Path status = file("store_status.csv", "store_id,status,timestamp_utc\ns1,active,2023-01-25 18:13:22 UTC\n");

        Run run = importing("--status", status);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(1).body())
                .isEqualTo(server.requests().get(0).body());
        assertThat(run.out()).contains("1 rows read, 1 sent, 0 skipped");
    }

    @Test
    void shouldStopWithTheServersMessageWhenABatchIsRefused() throws Exception {
        server.answer(
                "/timezones",
                new Answer(400, "{\"error\":\"bad-request\",\"message\":\"timezones[0].timezone: unknown\"}"));
        Path zones = file("timezones.csv", "store_id,timezone_str\ns1,America/New_York\n");
        Path status = file("store_status.csv", "store_id,status,timestamp_utc\ns1,active,2023-01-25 18:13:22 UTC\n");

        Run run = importing("--timezones", zones, "--status", status);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err())
                .contains("batch 1 of timezones.csv: HTTP 400 from POST /timezones: timezones[0].timezone: unknown");
        assertThat(server.requests()).extracting(Request::path).containsExactly("/timezones");
    }

    @Test
    void shouldReportAFileWithABadHeaderAndImportTheOthers() throws Exception {
        Path zones = file("timezones.csv", "store,zone\ns1,America/New_York\n");
        Path status = file("store_status.csv", "store_id,status,timestamp_utc\ns1,active,2023-01-25 18:13:22 UTC\n");

        Run run = importing("--timezones", zones, "--status", status);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("timezones.csv (timezones): 0 rows read, 0 sent, FAILED: column store_id");
        assertThat(server.requests()).extracting(Request::path).containsExactly("/polls");
    }

    @Test
    void shouldRefuseUsageErrorsBeforeSendingAnything() throws Exception {
        assertThat(importing().exitCode()).isEqualTo(64);
        assertThat(importing("--status", dir.resolve("missing.csv")).exitCode()).isEqualTo(64);
        Path status = file("store_status.csv", "store_id,status,timestamp_utc\n");
        assertThat(importing("--status", status, "--batch-size", "5001").exitCode())
                .isEqualTo(64);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void shouldKeepAtMostFourRequestsInFlight() throws Exception {
        StringBuilder polls = new StringBuilder("store_id,status,timestamp_utc\n");
        for (int i = 0; i < 20; i++) {
            polls.append("s").append(i).append(",active,2023-01-25 18:13:22 UTC\n");
        }
        Path status = file("store_status.csv", polls.toString());
        server.hold();

        CompletableFuture<Run> run =
                CompletableFuture.supplyAsync(() -> importing("--status", status, "--batch-size", "2"));
        await().atMost(Duration.ofSeconds(20)).until(() -> server.inFlight() == 4);
        server.open();

        assertThat(run.get().exitCode()).as(run.get().err()).isZero();
        assertThat(server.maxInFlight()).isEqualTo(4);
        assertThat(server.requests()).hasSize(10);
        assertThat(run.get().out()).contains("20 rows read, 20 sent, 0 skipped");
    }

    @Test
    void shouldImportAGeneratedSampleWithoutSkippingARow() {
        Path out = dir.resolve("sample");
        Run sample = VigilCliRunner.run(
                "uptime",
                "sample",
                "--out",
                out.toString(),
                "--stores",
                "30",
                "--days",
                "2",
                "--end",
                "2023-01-25T18:00:00Z");
        assertThat(sample.exitCode()).as(sample.err()).isZero();

        Run run = importing(
                "--timezones", out.resolve("timezones.csv"),
                "--hours", out.resolve("menu_hours.csv"),
                "--status", out.resolve("store_status.csv"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("skipped line").contains("1440 rows read, 1440 sent, 0 skipped");
    }

    private Run importing(Object... args) {
        List<String> all = new ArrayList<>(List.of(
                "uptime", "import", "--base-url", server.baseUrl(), "--api-key", KEY, "--request-timeout", "20s"));
        for (Object arg : args) {
            all.add(arg.toString());
        }
        return VigilCliRunner.run(all.toArray(String[]::new));
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
