package io.vigil.topology.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.schema.sensor.SensorStats;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SensorStatsMathTest {

    @Test
    void shouldKeepTheSmallSpreadOfValuesAroundABillion() {
        double[] values = values(10_000, 1e9, 0.01);
        SensorStats oneByOne = statsOf(values);

        assertThat(oneByOne.getCount()).isEqualTo(values.length);
        assertThat(oneByOne.getMean()).isCloseTo(twoPassMean(values), within(1e-5));
        assertThat(SensorStatsMath.variance(oneByOne)).isCloseTo(twoPassVariance(values), within(1e-9));
        assertThat(twoPassVariance(values)).isGreaterThan(1e-5);
    }

    @Test
    void shouldMergeUnevenChunksToWhatOneByOneGives() {
        double[] values = values(5_000, 1e9, 0.5);
        SensorStats merged = null;
        int from = 0;
        for (int size : new int[] {1, 7, 1000, 2, 3990}) {
            StatsAccumulator chunk = new StatsAccumulator();
            for (int i = from; i < from + size; i++) {
                chunk.add(values[i]);
            }
            merged = SensorStatsMath.merge(merged, chunk.toStats());
            from += size;
        }

        assertThat(merged.getCount()).isEqualTo(values.length);
        assertThat(merged.getMean()).isCloseTo(twoPassMean(values), within(1e-5));
        assertThat(SensorStatsMath.variance(merged)).isCloseTo(twoPassVariance(values), within(1e-6));
        assertThat(merged.getMin()).isEqualTo(Arrays.stream(values).min().orElseThrow());
        assertThat(merged.getMax()).isEqualTo(Arrays.stream(values).max().orElseThrow());
    }

    @Test
    void shouldGiveTheIssueExampleTheCorrectlyRoundedMeanAddedOneByOneOrMerged() {
        SensorStats oneByOne = statsOf(10, 20.5, -4.5);
        SensorStats merged = SensorStatsMath.merge(statsOf(10, 20.5), statsOf(-4.5));

        for (SensorStats stats : new SensorStats[] {oneByOne, merged}) {
            assertThat(stats.getCount()).isEqualTo(3);
            assertThat(stats.getMin()).isEqualTo(-4.5);
            assertThat(stats.getMax()).isEqualTo(20.5);
            assertThat(stats.getMean()).isEqualTo(26.0 / 3);
        }
    }

    @Test
    void shouldNotLoseSmallValuesNextToALargeOne() {
        SensorStats stats = statsOf(1e16, 1, 1, 1, 1, -1e16);

        assertThat(stats.getMean()).isEqualTo(4.0 / 6);
    }

    @Test
    void shouldTreatNullAndEmptyAsNoValues() {
        SensorStats one = statsOf(4);

        assertThat(SensorStatsMath.merge(null, one)).isEqualTo(one);
        assertThat(SensorStatsMath.merge(one, null)).isEqualTo(one);
        assertThat(SensorStatsMath.merge(new StatsAccumulator().toStats(), null))
                .isNull();
        assertThat(SensorStatsMath.variance(one)).isZero();
    }

    private static SensorStats statsOf(double... values) {
        StatsAccumulator accumulator = new StatsAccumulator();
        for (double value : values) {
            accumulator.add(value);
        }
        return accumulator.toStats();
    }

    private static double[] values(int count, double centre, double spread) {
        Random random = new Random(42);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = centre + random.nextGaussian() * spread;
        }
        return values;
    }

    /** Exact sum, so that the reference itself loses nothing to rounding. */
    private static double twoPassMean(double[] values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double value : values) {
            sum = sum.add(new BigDecimal(value));
        }
        return sum.divide(BigDecimal.valueOf(values.length), MathContext.DECIMAL128)
                .doubleValue();
    }

    private static double twoPassVariance(double[] values) {
        double mean = twoPassMean(values);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return squares / (values.length - 1);
    }
}
