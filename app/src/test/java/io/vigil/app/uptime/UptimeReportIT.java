package io.vigil.app.uptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.app.runtime.RunningVigil;
import io.vigil.config.VigilConfig;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.embedded.EmbeddedS3;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
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
 * Reports end to end on the real broker and S3 endpoint: inputs on the uptime topics, a report triggered over HTTP,
 * polled to 200, its CSV read back from S3 through the API.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(180)
class UptimeReportIT {

    private final ObjectMapper json = new ObjectMapper();
    private EmbeddedS3 s3;
    private RunningVigil vigil;
    private UptimeData data;

    @BeforeEach
    void start(EmbeddedKafkaCluster kafka, TestInfo test, @TempDir Path stateDir, @TempDir Path s3Dir)
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
        data = new UptimeData(TestNames.unique(test, "store"));
        data.write(kafka.bootstrapServers(), vigil.registry());
    }

    @AfterEach
    void stop() {
        if (vigil != null) {
            vigil.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void shouldServeTheCsvOfAStoreReportAndOfAnAllStoreReportOnceComplete() throws Exception {
        String body = "{\"at\":\"" + data.reference() + "\"}";
        // the single-store report both proves itself and shows that this test's inputs are in the stores
        await().atMost(RunningVigil.WAIT)
                .until(() -> vigil.call("POST", "/trigger_report/" + data.upStore(), body)
                                .statusCode()
                        == 202);
        await().atMost(RunningVigil.WAIT)
                .until(
                        () -> csvLines(vigil.call("POST", "/trigger_report/" + data.upStore(), body)),
                        lines -> lines.equals(List.of(UptimeData.HEADER, data.upRow())));

        List<String> all = csvLines(vigil.call("POST", "/trigger_report", body));

        assertThat(all.get(0)).isEqualTo(UptimeData.HEADER);
        // other tests' stores share the topics: this test's are there once each, and every store once
        assertThat(all)
                .filteredOn(line -> line.startsWith(data.prefix()))
                .containsExactly(data.silentRow(), data.upRow());
        List<String> ids = all.stream().skip(1).map(line -> line.split(",")[0]).toList();
        assertThat(ids).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void shouldAnswer404ForAnUnknownStoreOrReportAnd202WhileRunning() throws Exception {
        assertThat(vigil.call("POST", "/trigger_report/no-such-store-" + data.upStore(), null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(vigil.call("GET", "/get_report/0b4a9a3e-5f7c-4d0e-9a51-1f2e3d4c5b6a", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(vigil.call("POST", "/trigger_report", "{\"at\":\"yesterday\"}")
                        .statusCode())
                .isEqualTo(400);
    }

    /**
     * Polls {@code GET /get_report} until the report is no longer running, and returns its CSV lines. The trigger waits
     * a few seconds for the report to be readable; on a loaded machine it may still be 404 just after.
     */
    private List<String> csvLines(HttpResponse<String> triggered) throws Exception {
        assertThat(triggered.statusCode()).isEqualTo(202);
        String reportId = json.readTree(triggered.body()).path("report_id").asText();
        HttpResponse<String> report = await().atMost(RunningVigil.WAIT)
                .until(
                        () -> vigil.call("GET", "/get_report/" + reportId, null),
                        answer -> answer.statusCode() != 202 && answer.statusCode() != 404);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(report.headers().firstValue("X-Report-Status")).contains("Complete");
        return Arrays.asList(report.body().split("\n"));
    }
}
