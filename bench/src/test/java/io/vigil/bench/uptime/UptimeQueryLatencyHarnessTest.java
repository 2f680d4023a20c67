package io.vigil.bench.uptime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(300)
class UptimeQueryLatencyHarnessTest {

    @Test
    void shouldMeasureThePercentilesOfBothRoutesRoundAfterRound() throws Exception {
        try (UptimeQueryLatencyHarness harness =
                UptimeQueryLatencyHarness.create(new UptimeBenchSizes(20, 90, 1, 50))) {
            assertThat(harness.measureBaseline()).isPositive();
            assertThat(harness.measureCandidate()).isPositive();
            assertThat(harness.measureCandidate()).isPositive();

            assertThat(harness.candidateDescription()).contains("x 50 over 20 stores, last p50 ");
        }
    }
}
