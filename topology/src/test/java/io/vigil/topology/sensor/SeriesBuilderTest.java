package io.vigil.topology.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.vigil.schema.sensor.SensorFileSeries;
import io.vigil.schema.sensor.SensorSeries;
import io.vigil.schema.sensor.SeriesBucket;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SeriesBuilderTest {

    private static final long T0 = Instant.parse("2026-11-23T09:00:00Z").toEpochMilli();

    @Test
    void shouldChartOnlyTheFirstEightSensorsInTheOrderTheyAppear() {
        SeriesBuilder builder = SeriesBuilder.empty();
        for (int i = 9; i >= 0; i--) {
            builder.add("s" + i, T0, i);
        }

        SensorFileSeries series = builder.build(2);

        assertThat(series.getSensors())
                .extracting(SensorSeries::getSensorId)
                .containsExactly("s9", "s8", "s7", "s6", "s5", "s4", "s3", "s2");
        assertThat(series.getSensorsLeftOut()).isEqualTo(2);
    }

    @Test
    void shouldStartWithOneSecondBucketsAlignedToTheEpoch() {
        SeriesBuilder builder = SeriesBuilder.empty();
        builder.add("s", T0 + 200, 1);
        builder.add("s", T0 + 900, 3);
        builder.add("s", T0 + 1_000, 5);

        SensorFileSeries series = builder.build(0);

        assertThat(series.getBucketMillis()).isEqualTo(1_000);
        assertThat(series.getSensors().get(0).getBuckets())
                .extracting(bucket -> bucket.getStart().toEpochMilli(), bucket -> bucket.getStats()
                        .getCount())
                .containsExactly(tuple(T0, 2L), tuple(T0 + 1_000, 1L));
        assertThat(series.getSensors().get(0).getBuckets().get(0).getStats().getMean())
                .isEqualTo(2.0);
    }

    @Test
    void shouldDoubleTheWidthAndMergeNeighboursWhenASensorSpansMoreThan120Buckets() {
        SeriesBuilder builder = SeriesBuilder.empty();
        for (int second = 0; second < 1_000; second++) {
            builder.add("s", T0 + second * 1_000L, second);
        }
        builder.add("t", T0, 1);

        SensorFileSeries series = builder.build(0);

        assertThat(series.getBucketMillis()).isEqualTo(16_000);
        for (SensorSeries sensor : series.getSensors()) {
            assertThat(sensor.getBuckets()).hasSizeLessThanOrEqualTo(SeriesBuilder.MAX_BUCKETS);
            assertThat(sensor.getBuckets())
                    .allSatisfy(bucket -> assertThat(bucket.getStart().toEpochMilli() % 16_000)
                            .isZero());
        }
        assertThat(series.getSensors().get(0).getBuckets().stream()
                        .mapToLong(bucket -> bucket.getStats().getCount())
                        .sum())
                .isEqualTo(1_000);
    }

    @Test
    void shouldGoOnFromAStoredChartAsIfBuiltInOneGo() {
        SeriesBuilder inOneGo = SeriesBuilder.empty();
        SeriesBuilder first = SeriesBuilder.empty();
        for (int second = 0; second < 100; second++) {
            inOneGo.add("s", T0 + second * 1_000L, second);
            first.add("s", T0 + second * 1_000L, second);
        }
        SeriesBuilder second = SeriesBuilder.from(first.build(0));
        for (int s = 100; s < 300; s++) {
            inOneGo.add("s", T0 + s * 1_000L, s);
            second.add("s", T0 + s * 1_000L, s);
        }

        assertThat(second.build(0)).isEqualTo(inOneGo.build(0));
    }

    @Test
    void shouldPutReadingsBeforeTheEpochInTheBucketThatContainsThem() {
        SeriesBuilder builder = SeriesBuilder.empty();
        builder.add("s", -500, 1);

        SeriesBucket bucket = builder.build(0).getSensors().get(0).getBuckets().get(0);

        assertThat(bucket.getStart()).isEqualTo(Instant.ofEpochMilli(-1_000));
    }
}
