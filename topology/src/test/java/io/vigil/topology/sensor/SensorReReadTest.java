package io.vigil.topology.sensor;

import static io.vigil.topology.sensor.SensorFixture.NINE;
import static io.vigil.topology.sensor.SensorFixture.reading;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.sensor.FileFailureReason;
import io.vigil.schema.sensor.SensorFileAggregate;
import io.vigil.schema.sensor.SensorFileStatus;
import io.vigil.schema.sensor.SensorHourContribution;
import io.vigil.schema.sensor.SensorReading;
import io.vigil.schema.sensor.SensorStats;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensorReReadTest {

    private static final String KEY = "readings/a.csv";
    private static final List<SensorReading> FIRST_HALF =
            List.of(reading(1, "t", NINE.plusSeconds(10), 1), reading(2, "u", NINE.plusSeconds(3_700), 2));
    private static final List<SensorReading> SECOND_HALF =
            List.of(reading(3, "t", NINE.plusSeconds(20), 3), reading(4, "t", NINE.plusSeconds(3_800), 5));

    @TempDir
    Path stateDir;

    private SensorFixture sensors;

    @BeforeEach
    void start() {
        sensors = new SensorFixture(stateDir);
    }

    @AfterEach
    void stop() {
        sensors.close();
    }

    @Test
    void shouldCountAFileReadAgainAfterACrashMidFileOnce() {
        readWhole("other.csv", "r0");
        SensorFileAggregate single = sensors.aggregate("readings/other.csv");
        sensors.start(KEY, "r1", NINE);
        sensors.batch(KEY, "r1", FIRST_HALF, List.of());

        readWhole("a.csv", "r2");

        SensorFileAggregate file = sensors.aggregate(KEY);
        assertThat(file.getReadId()).isEqualTo("r2");
        assertThat(file.getReadingStats()).isEqualTo(single.getReadingStats());
        assertThat(file.getSensorCount()).isEqualTo(2);
        assertThat(file.getRowsSeen()).isEqualTo(4);
        assertThat(sensors.sensors(KEY).get("t").getCount()).isEqualTo(3);
        assertThat(hourlyOf(SensorFixture.fileId(KEY))).isEqualTo(hourlyOf(SensorFixture.fileId("readings/other.csv")));
    }

    @Test
    void shouldNotDoubleTheHourlyStatsOfAFinishedFileReadAgain() {
        readWhole("a.csv", "r1");
        Map<String, SensorStats> once = hourlyOf(SensorFixture.fileId(KEY));

        readWhole("a.csv", "r2");

        assertThat(hourlyOf(SensorFixture.fileId(KEY))).isEqualTo(once).hasSize(3);
        assertThat(once.get(SensorKeys.hourlyFrom("t", NINE.toEpochMilli())).getCount())
                .isEqualTo(2);
        assertThat(sensors.aggregate(KEY).getStatus()).isEqualTo(SensorFileStatus.processed);
    }

    @Test
    void shouldKeepTheHourlyStatsOfTheReadingsFoundWhenANewReadFindsTheFileGone() {
        readWhole("a.csv", "r1");
        Map<String, SensorStats> found = hourlyOf(SensorFixture.fileId(KEY));

        sensors.start(KEY, "r2", NINE.plusSeconds(120));
        sensors.fail(KEY, "r2", FileFailureReason.no_such_key, null);

        assertThat(hourlyOf(SensorFixture.fileId(KEY))).isEqualTo(found).hasSize(3);
        assertThat(sensors.aggregate(KEY).getStatus()).isEqualTo(SensorFileStatus.failed);
        assertThat(sensors.sensors(KEY)).isEmpty();
        assertThat(sensors.series(KEY)).isNull();
    }

    @Test
    void shouldAddEachBatchToTheHourlyStatsAsItArrivesNotAllAtTheEnd() {
        sensors.start(KEY, "r1", NINE);
        sensors.batch(KEY, "r1", FIRST_HALF, List.of());

        assertThat(hourlyOf(SensorFixture.fileId(KEY))).hasSize(2);

        sensors.batch(KEY, "r1", SECOND_HALF, List.of());

        Map<String, SensorStats> hourly = hourlyOf(SensorFixture.fileId(KEY));
        assertThat(hourly).hasSize(3);
        assertThat(hourly.get(SensorKeys.hourlyFrom("t", NINE.toEpochMilli())).getCount())
                .isEqualTo(2);
    }

    @Test
    void shouldIgnoreTheRecordsOfAStaleRead() {
        sensors.start(KEY, "r2", NINE.plusSeconds(60));
        sensors.batch(KEY, "r2", FIRST_HALF, List.of());

        sensors.start(KEY, "r1", NINE);
        sensors.batch(KEY, "r1", SECOND_HALF, List.of());
        sensors.end(KEY, "r1", 4, 0);

        SensorFileAggregate file = sensors.aggregate(KEY);
        assertThat(file.getReadId()).isEqualTo("r2");
        assertThat(file.getStatus()).isEqualTo(SensorFileStatus.processing);
        assertThat(file.getReadingStats().getCount()).isEqualTo(2);
        assertThat(hourlyOf(SensorFixture.fileId(KEY)).values())
                .extracting(SensorStats::getCount)
                .containsExactly(1L, 1L);
        assertThat(sensors.droppedRecords()).isEqualTo(3.0);
    }

    @Test
    void shouldKeepTheHourlyStatsOfTwoFilesForTheSameSensorAndHourApart() {
        readWhole("a.csv", "r1");
        readWhole("b.csv", "r1");

        String a = SensorKeys.hourly("t", NINE.toEpochMilli(), SensorFixture.fileId(KEY));
        String b = SensorKeys.hourly("t", NINE.toEpochMilli(), SensorFixture.fileId("readings/b.csv"));
        Map<String, SensorStats> hourly = all();
        assertThat(hourly).containsKeys(a, b);
        SensorStats nine = SensorStatsMath.merge(hourly.get(a), hourly.get(b));
        assertThat(nine.getCount()).isEqualTo(4);
        assertThat(nine.getMean()).isEqualTo(2.0);
    }

    /** Reads a whole file; the read ids are "r" and a number, each later read with a higher one. */
    private void readWhole(String name, String readId) {
        String key = "readings/" + name;
        sensors.start(key, readId, NINE.plusSeconds(60L * Integer.parseInt(readId.substring(1))));
        sensors.batch(key, readId, FIRST_HALF, List.of());
        sensors.batch(key, readId, SECOND_HALF, List.of());
        sensors.end(key, readId, 4, 0);
    }

    /** The hourly entries of one file, keyed as the other file's would be, so that two files compare. */
    private Map<String, SensorStats> hourlyOf(String fileId) {
        return all().entrySet().stream()
                .filter(entry -> SensorKeys.parseHourly(entry.getKey()).fileId().equals(fileId))
                .collect(Collectors.toMap(
                        entry -> entry.getKey().substring(0, entry.getKey().length() - fileId.length()),
                        Map.Entry::getValue));
    }

    private Map<String, SensorStats> all() {
        return sensors.<SensorHourContribution>all(SensorNames.HOURLY_STATS_STORE).stream()
                .collect(Collectors.toMap(entry -> entry.key, entry -> entry.value.getStats()));
    }
}
