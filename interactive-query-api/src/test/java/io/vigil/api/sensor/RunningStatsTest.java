package io.vigil.api.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RunningStatsTest {

    private static RunningStats of(double... values) {
        double mean = Arrays.stream(values).average().orElse(0);
        double m2 = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        return new RunningStats(
                values.length,
                Arrays.stream(values).min().orElse(Double.NaN),
                Arrays.stream(values).max().orElse(Double.NaN),
                mean,
                m2);
    }

    @Test
    void shouldMergeTwoSetsAsIfTheyWereOne() {
        RunningStats merged = of(1.5, 2.5, 10).merge(of(-4, 7.25));
        RunningStats direct = of(1.5, 2.5, 10, -4, 7.25);

        assertThat(merged.count()).isEqualTo(5);
        assertThat(merged.min()).isEqualTo(-4);
        assertThat(merged.max()).isEqualTo(10);
        assertThat(merged.mean()).isCloseTo(direct.mean(), within(1e-12));
        assertThat(merged.m2()).isCloseTo(direct.m2(), within(1e-9));
    }

    @Test
    void shouldTreatAnEmptySetAsNeutral() {
        RunningStats some = of(3, 4);

        assertThat(RunningStats.EMPTY.merge(some)).isEqualTo(some);
        assertThat(some.merge(RunningStats.EMPTY)).isEqualTo(some);
        assertThat(RunningStats.EMPTY.toJson().toString())
                .isEqualTo("{\"count\":0,\"min\":null,\"max\":null,\"mean\":null}");
    }

    @Test
    void shouldReadStoreJsonAndWriteTheMeanAtFullPrecision() throws Exception {
        RunningStats stats = RunningStats.fromJson(new ObjectMapper()
                .readTree("{\"count\":3,\"min\":0.1,\"max\":0.7,\"mean\":0.30000000000000004,\"m2\":0.18}"));

        assertThat(stats).isEqualTo(new RunningStats(3, 0.1, 0.7, 0.30000000000000004, 0.18));
        assertThat(stats.toJson().toString()).contains("\"mean\":0.30000000000000004");
    }
}
