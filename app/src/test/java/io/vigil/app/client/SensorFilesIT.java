package io.vigil.app.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.app.cli.VigilCliRunner;
import io.vigil.app.runtime.RunningVigil;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.embedded.EmbeddedS3;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sensor files end to end as a user drives them with the CLI and the API: {@code vigil upload --wait} streams the
 * file to {@code POST /files}, the object reader parses it from the embedded S3 endpoint, the topology folds it, and
 * {@code vigil result} and the read routes answer from the stores.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(240)
class SensorFilesIT {

    /** The example of the issue: three good rows, a blank line, four bad rows. */
    static final String EXAMPLE =
            """
            sensor_id,timestamp,value
            s1,2024-01-01T00:00:00Z,10
            s2,2024-01-01T00:01:00+02:00,20.5

            s1,not-a-time,3
            ,2024-01-01T00:02:00Z,4
            s3,2024-01-01T00:03,abc
            s2,2024-01-01T00:04:00.123Z,-4.5
            s9
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
        vigil = new RunningVigil(kafka, TestNames.unique(test), stateDir, RunningVigil.s3Settings(s3));
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
    void shouldUploadWaitAndReportAPartlyBadFileWithTheMeanOfItsGoodRowsAndItsErrorRows() throws Exception {
        Path example = write("example.csv", EXAMPLE);

        VigilCliRunner.Run upload =
                cli("upload", "--wait", "--poll-interval", "200ms", "--timeout", "2m", example.toString());

        assertThat(upload.exitCode()).as(upload.err()).isEqualTo(FileOutcome.PARTIAL.exitCode());
        String[] line = upload.out().strip().split("\t");
        assertThat(line[1]).isEqualTo("partial");
        String fileId = line[0];

        VigilCliRunner.Run result = cli("result", fileId);
        assertThat(result.exitCode()).isEqualTo(FileOutcome.PARTIAL.exitCode());
        JsonNode file = json.readTree(result.out());
        assertThat(file.path("status").asText()).isEqualTo("partial");
        assertThat(file.has("failure_reason")).isFalse();
        assertThat(file.path("rows_seen").asLong()).isEqualTo(7);
        JsonNode aggregates = file.path("aggregates");
        assertThat(aggregates.path("row_count").asLong()).isEqualTo(3);
        assertThat(aggregates.path("min_value").asDouble()).isEqualTo(-4.5);
        assertThat(aggregates.path("max_value").asDouble()).isEqualTo(20.5);
        assertThat(aggregates.path("mean_value").asDouble()).isEqualTo((10 + 20.5 - 4.5) / 3);
        assertThat(aggregates.path("per_sensor_count").toString()).isEqualTo("{\"s1\":1,\"s2\":2}");
        assertThat(file.path("error_count").asLong()).isEqualTo(4);
        assertThat(file.path("errors").findValuesAsText("row_number")).containsExactly("3", "4", "5", "7");
        assertThat(file.path("errors").findValuesAsText("line")).containsExactly("5", "6", "7", "9");
        assertThat(file.path("errors").findValuesAsText("reason"))
                .containsExactly("bad_timestamp", "missing_sensor_id", "bad_value", "too_few_fields");
        assertThat(file.path("uploaded_at").asText()).isNotEmpty();
        assertThat(file.path("processed_at").asText()).isNotEmpty();
        assertThat(file.path("processing_ms").asLong()).isNotNegative();

        // The hourly statistics follow the file's fold through a repartition: they arrive a little after it
        JsonNode stats = await("the hourly statistics of s2")
                .atMost(RunningVigil.WAIT)
                .until(
                        () -> get("/sensors/s2/stats?from=2023-12-31T00:00:00Z&to=2024-01-02T00:00:00Z"),
                        answer -> answer.path("total").path("count").asLong() == 2);
        assertThat(stats.path("total").path("mean").asDouble()).isEqualTo(8.0);
        assertThat(stats.path("hours").findValuesAsText("hour"))
                .containsExactly("2023-12-31T22:00:00Z", "2024-01-01T00:00:00Z");
        assertThat(get("/files/" + fileId + "/sensors").path("items").findValuesAsText("sensor_id"))
                .containsExactly("s1", "s2");
        assertThat(get("/files/" + fileId + "/series").path("sensors").findValuesAsText("sensor_id"))
                .containsExactlyInAnyOrder("s1", "s2");
    }

    @Test
    void shouldTellScriptsAFailedFileFromAProcessedOneAndRefuseWhatIsNotText() throws Exception {
        Path headerOnly = write("header-only.csv", "sensor_id,timestamp,value\n");
        Path good = write("good.csv", "Sensor_ID , TIMESTAMP,value,unit\r\nt1,2026-11-23T10:00Z,1.5,C\r\n");
        Path binary = files.resolve("image.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        VigilCliRunner.Run failed = cli("upload", "--wait", "--poll-interval", "200ms", headerOnly.toString());
        VigilCliRunner.Run processed = cli("upload", "--wait", "--poll-interval", "200ms", good.toString());
        VigilCliRunner.Run refused = cli("upload", binary.toString());

        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(FileOutcome.FAILED.exitCode());
        assertThat(processed.exitCode()).as(processed.err()).isEqualTo(FileOutcome.PROCESSED.exitCode());
        assertThat(refused.exitCode()).isEqualTo(FileOutcome.REQUEST_FAILED);
        assertThat(refused.err()).contains("HTTP 415");
        String failedId = failed.out().split("\t")[0];
        String processedId = processed.out().split("\t")[0];
        JsonNode failedFile = get("/files/" + failedId);
        assertThat(failedFile.path("failure_reason").asText()).isEqualTo("no_good_rows");
        // other tests of this JVM share the broker and its topics: look for this test's files among theirs
        await().atMost(RunningVigil.WAIT)
                .until(
                        () -> get("/files?status=failed").path("items").findValuesAsText("file_id"),
                        ids -> ids.contains(failedId) && !ids.contains(processedId));
        assertThat(get("/files?status=processed").path("items").findValuesAsText("file_id"))
                .contains(processedId)
                .doesNotContain(failedId);
    }

    private VigilCliRunner.Run cli(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = args[0];
        all[1] = "--base-url=" + vigil.baseUrl();
        all[2] = "--api-key=" + RunningVigil.ADMIN_KEY;
        all[3] = "--data-dir=" + files;
        System.arraycopy(args, 1, all, 4, args.length - 1);
        return VigilCliRunner.run(all);
    }

    private JsonNode get(String path) throws Exception {
        return json.readTree(vigil.call("GET", path, null).body());
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }
}
