package io.vigil.bench.uptime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(180)
class UptimePollsHarnessTest {

    @Test
    void shouldMeasurePositiveRatesOnBothSidesRoundAfterRound() throws Exception {
        try (UptimePollsHarness harness = UptimePollsHarness.create(new UptimeBenchSizes(20, 90, 2_000, 1))) {
            assertThat(harness.measureBaseline()).isPositive();
            assertThat(harness.measureCandidate()).isPositive();
            assertThat(harness.measureCandidate()).isPositive();
            assertThat(harness.measureBaseline()).isPositive();
        }
    }
}
