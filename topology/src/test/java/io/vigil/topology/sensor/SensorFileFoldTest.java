package io.vigil.topology.sensor;

import static io.vigil.topology.sensor.SensorFixture.NINE;
import static io.vigil.topology.sensor.SensorFixture.error;
import static io.vigil.topology.sensor.SensorFixture.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.vigil.schema.sensor.RowError;
import io.vigil.schema.sensor.RowErrorReason;
import io.vigil.schema.sensor.SensorFileAggregate;
import io.vigil.schema.sensor.SensorFileSeries;
import io.vigil.schema.sensor.SensorFileStatus;
import io.vigil.schema.sensor.SensorReading;
import io.vigil.schema.sensor.SensorSeries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensorFileFoldTest {

    private static final String KEY = "readings/example.csv";

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
    void shouldFoldTheContractExampleIntoAPartialFile() {
        sensors.upload(KEY, "example.csv", SensorFixture.UPLOADED);
        sensors.start(KEY, "r1", NINE);
        sensors.batch(
                KEY,
                "r1",
                List.of(
                        reading(1, "t-1", NINE.plusSeconds(1), 10),
                        reading(2, "t-2", NINE.plusSeconds(2), 20.5),
                        reading(6, "t-1", NINE.plusSeconds(6), -4.5)),
                List.of(
                        error(3, 5, RowErrorReason.missing_sensor_id),
                        error(4, 6, RowErrorReason.bad_timestamp),
                        error(5, 7, RowErrorReason.bad_value),
                        error(7, 9, RowErrorReason.too_few_fields)));
        sensors.end(KEY, "r1", 3, 4);

        SensorFileAggregate file = sensors.aggregate(KEY);
        assertThat(file.getStatus()).isEqualTo(SensorFileStatus.partial);
        assertThat(file.getRowsSeen()).isEqualTo(7);
        assertThat(file.getReadingStats().getCount()).isEqualTo(3);
        assertThat(file.getReadingStats().getMin()).isEqualTo(-4.5);
        assertThat(file.getReadingStats().getMax()).isEqualTo(20.5);
        assertThat(file.getReadingStats().getMean()).isCloseTo(8.666_666_666_666_666, within(1e-9));
        assertThat(file.getErrors())
                .extracting(RowError::getRowNumber, RowError::getLine)
                .containsExactly(tuple(3L, 5L), tuple(4L, 6L), tuple(5L, 7L), tuple(7L, 9L));
        assertThat(file.getErrorCount()).isEqualTo(4);
        assertThat(file.getSensorCount()).isEqualTo(2);
        assertThat(file.getFirstReadingAt()).isEqualTo(NINE.plusSeconds(1));
        assertThat(file.getLastReadingAt()).isEqualTo(NINE.plusSeconds(6));
    }

    @Test
    void shouldCountTheGoodRowsOfEverySensorAcrossBatches() {
        sensors.start(KEY, "r1", NINE);
        sensors.batch(KEY, "r1", List.of(reading(1, "a", NINE, 1), reading(2, "b|x", NINE, 2)), List.of());
        sensors.batch(KEY, "r1", List.of(reading(3, "a", NINE, 3), reading(4, "a", NINE, 5)), List.of());
        sensors.end(KEY, "r1", 4, 0);

        assertThat(sensors.sensors(KEY)).containsOnlyKeys("a", "b|x");
        assertThat(sensors.sensors(KEY).get("a").getCount()).isEqualTo(3);
        assertThat(sensors.sensors(KEY).get("a").getMean()).isEqualTo(3.0);
        assertThat(sensors.sensors(KEY).get("b|x").getCount()).isEqualTo(1);
        assertThat(sensors.aggregate(KEY).getSensorCount()).isEqualTo(2);
    }

    @Test
    void shouldKeepTheFirst100ErrorsAndCountThemAll() {
        sensors.start(KEY, "r1", NINE);
        for (int batch = 0; batch < 3; batch++) {
            List<RowError> errors = new ArrayList<>();
            for (int row = batch * 50 + 1; row <= (batch + 1) * 50; row++) {
                errors.add(error(row, row + 1, RowErrorReason.bad_value));
            }
            sensors.batch(KEY, "r1", List.of(), errors);
        }
        sensors.batch(KEY, "r1", List.of(reading(151, "a", NINE, 1)), List.of());
        sensors.end(KEY, "r1", 1, 150);

        SensorFileAggregate file = sensors.aggregate(KEY);
        assertThat(file.getErrors()).hasSize(100);
        assertThat(file.getErrors().get(99).getRowNumber()).isEqualTo(100);
        assertThat(file.getErrorCount()).isEqualTo(150);
        assertThat(file.getStatus()).isEqualTo(SensorFileStatus.partial);
    }

    @Test
    void shouldChartTheFirstEightSensorsOfTheFile() {
        List<SensorReading> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(reading(i + 1, "s" + i, NINE.plusSeconds(i), i));
        }
        sensors.start(KEY, "r1", NINE);
        sensors.batch(KEY, "r1", rows, List.of());

        SensorFileSeries series = sensors.series(KEY);
        assertThat(series.getSensors())
                .extracting(SensorSeries::getSensorId)
                .hasSize(8)
                .startsWith("s0", "s1");
        assertThat(series.getSensorsLeftOut()).isEqualTo(2);
        assertThat(series.getBucketMillis()).isEqualTo(1_000);
    }
}
