package io.vigil.bench.uptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void shouldGiveNearestRankPercentilesInMilliseconds() {
        Latencies latencies = new Latencies(200);
        for (int i = 200; i >= 1; i--) {
            latencies.add(i * 1_000_000L);
        }

        assertThat(latencies.percentile(50)).isEqualTo(100.0);
        assertThat(latencies.percentile(99)).isEqualTo(198.0);
        assertThat(latencies.percentile(100)).isEqualTo(200.0);
    }

    @Test
    void shouldRefuseAPercentileOfNothing() {
        assertThatThrownBy(() -> new Latencies(10).percentile(99)).isInstanceOf(IllegalStateException.class);
    }
}
