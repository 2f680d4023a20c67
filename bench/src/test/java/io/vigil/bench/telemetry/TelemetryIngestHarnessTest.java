package io.vigil.bench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(300)
class TelemetryIngestHarnessTest {

    /** 5 devices, 3 batches of 50 events, 2 rules: one alert a batch, from its last event. */
    private static final TelemetryBenchSizes TINY = new TelemetryBenchSizes(5, 3, 50, 2, 4);

    @Test
    void shouldEvaluateEveryBatchAndCountOneAlertPerFiringEventRoundAfterRound() throws Exception {
        try (TelemetryIngestHarness harness = TelemetryIngestHarness.create(TINY)) {
            assertThat(harness.measureBaseline()).isPositive();
            for (int round = 0; round < 2; round++) {
                assertThat(harness.measureCandidate()).isPositive();

                TelemetryIngestHarness.CandidateRound counted = harness.lastCandidate();
                assertThat(counted.batches()).isEqualTo(3);
                assertThat(counted.acceptedEvents()).isEqualTo(150);
                assertThat(counted.expectedAlerts()).isEqualTo(3);
                assertThat(counted.alerts().alerts()).isEqualTo(3);
                assertThat(counted.alerts().distinctAlerts()).isEqualTo(3);
                assertThat(counted.alerts().batches()).isEqualTo(3);
                assertThat(counted.alerts().p99Millis())
                        .isPositive()
                        .isGreaterThanOrEqualTo(counted.alerts().p50Millis());
            }
            assertThat(harness.measureBaseline()).isPositive();
            assertThat(harness.strayAlerts()).isEmpty();
            assertThat(harness.candidateDescription())
                    .contains("3 batches of 50 events over 5 devices, 2 rules, 4 clients")
                    .contains("last round 3 alerts, ingest to alert p50 ");
        }
    }
}
