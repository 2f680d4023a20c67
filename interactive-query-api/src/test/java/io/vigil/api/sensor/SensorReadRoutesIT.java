package io.vigil.api.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.api.TestApi;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.embedded.FreePorts;
import io.vigil.schema.sensor.SensorFileAggregate;
import io.vigil.schema.sensor.SensorFileIds;
import io.vigil.schema.sensor.SensorFileSeries;
import io.vigil.schema.sensor.SensorFileStatus;
import io.vigil.schema.sensor.SensorHourContribution;
import io.vigil.schema.sensor.SensorStats;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import io.vigil.topology.sensor.SensorKeys;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The sensor read routes over stand-ins of the topology's stores on a real Kafka Streams instance. */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SensorReadRoutesIT {

    private static final String A = SensorFileIds.of("vigil-sensor", "readings/a.csv", "e1");
    private static final String B = SensorFileIds.of("vigil-sensor", "readings/b.csv", "e2");
    private static final String C = SensorFileIds.of("vigil-sensor", "readings/c.csv", "e3");
    private static final Instant TEN = Instant.parse("2026-11-23T10:00:00Z");
    private static final long HOUR = Duration.ofHours(1).toMillis();

    private static SensorStoresFixture stores;
    private static TestApi api;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void fillStores(EmbeddedKafkaCluster kafka, TestInfo test, @TempDir Path stateDir) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T12:30:00Z"), ZoneOffset.UTC);
        stores = new SensorStoresFixture(
                kafka.bootstrapServers(), TestNames.unique(test), stateDir, FreePorts.pick(), clock);
        api = stores.api();
        file(A, SensorFileStatus.partial, TEN);
        file(B, SensorFileStatus.processed, TEN.plusSeconds(3600));
        file(C, SensorFileStatus.failed, TEN.plusSeconds(7200));
        stores.put(SensorStores.FILE_SENSORS, A, SensorKeys.fileSensor(A, "s1"), stats(2, 1, 3, 2, 2));
        stores.put(SensorStores.FILE_SENSORS, A, SensorKeys.fileSensor(A, "s2"), stats(1, 5, 5, 5, 0));
        stores.put(SensorStores.FILE_SENSORS, A, SensorKeys.fileSensor(A, "s|10"), stats(3, 0, 1, 0.5, 0.5));
        stores.put(SensorStores.FILE_SENSORS, B, SensorKeys.fileSensor(B, "s1"), stats(9, 0, 9, 4, 60));
        stores.put(SensorStores.SERIES, A, A, new SensorFileSeries(60_000L, List.of(), 0L));
        hourly("s1", TEN.toEpochMilli(), A, stats(2, 1, 3, 2, 2));
        hourly("s1", TEN.toEpochMilli(), B, stats(1, 5, 5, 5, 0));
        hourly("s1", TEN.toEpochMilli() + HOUR, A, stats(1, 4, 4, 4, 0));
        hourly("s1", TEN.toEpochMilli() - HOUR, A, stats(1, 100, 100, 100, 0));
        hourly("s2", TEN.toEpochMilli(), A, stats(1, -100, -100, -100, 0));
        // every store is fed by its own partitioned topic, so the last record in is not the last one visible: wait
        // until every file is readable, and each other store shows the last record put into it
        await().atMost(Duration.ofSeconds(60)).until(() -> Stream.of(A, B, C).allMatch(id -> {
            String listed = api.get("/files?limit=10").body();
            return listed.contains(id) && api.get("/files/" + id).statusCode() == 200;
        }));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/sensors/s1/stats?from=2026-11-23T10:00:00Z&to=2026-11-23T12:00:00Z")
                                .body()
                                .contains("\"count\":4")
                        && api.get("/sensors/s2/stats?from=2026-11-23T10:00:00Z&to=2026-11-23T12:00:00Z")
                                .body()
                                .contains("\"count\":1")
                        && api.get("/files?limit=10").body().contains(C)
                        && api.get("/files/" + C).statusCode() == 200
                        && api.get("/files/" + B + "/sensors").body().contains("s1")
                        && api.get("/files/" + A + "/series").statusCode() == 200);
    }

    private static void file(String id, SensorFileStatus status, Instant uploadedAt) throws Exception {
        SensorFileAggregate file = SensorFileAggregate.newBuilder()
                .setFileId(id)
                .setFileName(id.substring(0, 4) + ".csv")
                .setStatus(status)
                .setUploadedAt(uploadedAt)
                .setReadingStats(stats(6, 0, 5, 1.75, 10))
                .build();
        stores.put(SensorStores.AGGREGATES, id, id, file);
        stores.put(SensorStores.RECENT, id, SensorKeys.recent(uploadedAt.toEpochMilli(), id), file);
    }

    private static void hourly(String sensor, long hour, String fileId, SensorStats stats) throws Exception {
        stores.put(
                SensorStores.HOURLY,
                sensor,
                SensorKeys.hourly(sensor, hour, fileId),
                new SensorHourContribution(sensor, Instant.ofEpochMilli(hour), fileId, stats, TEN));
    }

    private static SensorStats stats(long count, double min, double max, double mean, double m2) {
        return new SensorStats(count, min, max, mean, m2, mean * count, 0.0);
    }

    @AfterAll
    static void stop() {
        stores.close();
    }

    private JsonNode body(String path) throws Exception {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void shouldShowAFileWithTheCountsOfItsOwnSensorsOnly() throws Exception {
        JsonNode file = body("/files/" + A);

        assertThat(file.get("status").asText()).isEqualTo("partial");
        assertThat(file.get("uploaded_at").asText()).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(file.at("/aggregates/mean_value").asDouble()).isEqualTo(1.75);
        assertThat(file.at("/aggregates/per_sensor_count").toString()).isEqualTo("{\"s1\":2,\"s2\":1,\"s|10\":3}");
        assertThat(api.get("/files/not-an-id").statusCode()).isEqualTo(400);
        assertThat(api.get("/files/" + "0".repeat(32)).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldListFilesNewestFirstPageByPageAndByStatus() throws Exception {
        JsonNode first = body("/files?limit=2");
        JsonNode second =
                body("/files?limit=2&after=" + first.get("next").asText().replace("|", "%7C"));
        JsonNode processed = body("/files?status=processed");

        assertThat(first.get("items"))
                .extracting(item -> item.get("file_id").asText())
                .containsExactly(C, B);
        assertThat(second.get("items"))
                .extracting(item -> item.get("file_id").asText())
                .containsExactly(A);
        assertThat(second.get("next").isNull()).isTrue();
        assertThat(processed.get("items"))
                .extracting(item -> item.get("file_id").asText())
                .containsExactly(B);
        assertThat(processed.get("items").get(0).has("errors")).isFalse();
        assertThat(api.get("/files?status=done").statusCode()).isEqualTo(400);
    }

    @Test
    void shouldPageThroughTheSensorsOfOneFileAndServeItsSeries() throws Exception {
        List<String> sensors = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = body("/files/" + A + "/sensors?limit=2" + (after == null ? "" : "&after=" + after));
            page.get("items").forEach(item -> sensors.add(item.get("sensor_id").asText()));
            after = page.get("next").isNull() ? null : page.get("next").asText().replace("|", "%7C");
        } while (after != null);
        JsonNode s1 = body("/files/" + A + "/sensors?limit=1").get("items").get(0);

        assertThat(sensors).containsExactly("s1", "s2", "s|10");
        assertThat(s1.toString()).isEqualTo("{\"sensor_id\":\"s1\",\"count\":2,\"min\":1.0,\"max\":3.0,\"mean\":2.0}");
        assertThat(body("/files/" + A + "/series").get("bucket_millis").asLong())
                .isEqualTo(60_000);
        assertThat(api.get("/files/" + B + "/series").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldMergeTheFilesOfEachHourOfOneSensorOverThePeriod() throws Exception {
        JsonNode stats = body("/sensors/s1/stats?from=2026-11-23T10:00:00Z&to=2026-11-23T12:00:00Z");

        assertThat(stats.get("hours").toString())
                .isEqualTo("[{\"hour\":\"2026-11-23T10:00:00Z\",\"count\":3,\"min\":1.0,\"max\":5.0,\"mean\":3.0},"
                        + "{\"hour\":\"2026-11-23T11:00:00Z\",\"count\":1,\"min\":4.0,\"max\":4.0,\"mean\":4.0}]");
        assertThat(stats.get("total").toString()).isEqualTo("{\"count\":4,\"min\":1.0,\"max\":5.0,\"mean\":3.25}");
        assertThat(stats.get("truncated").asBoolean()).isFalse();
        assertThat(body("/sensors/s1/stats").get("from").asText()).isEqualTo("2026-11-22T12:30:00Z");
    }

    @Test
    void shouldRefuseABadPeriod() {
        for (String query : List.of(
                "from=2026-11-23T12:00:00Z&to=2026-11-23T10:00:00Z",
                "from=2024-01-01T00:00:00Z&to=2026-11-23T10:00:00Z",
                "from=yesterday")) {
            assertThat(api.get("/sensors/s1/stats?" + query).statusCode())
                    .as(query)
                    .isEqualTo(400);
        }
    }
}
