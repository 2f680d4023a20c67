package io.vigil.bench.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.schema.delivery.AlertKind;
import io.vigil.schema.delivery.DeliveryAlert;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class DeliverySweepHarnessTest {

    private static final DeliveryBenchSizes SIZES = new DeliveryBenchSizes(200, 100, 2_000);

    @Test
    void shouldFindTheSameOnePercentDueSweepAfterSweepBothWays() throws Exception {
        try (DeliverySweepHarness harness = DeliverySweepHarness.create(SIZES)) {
            assertThat(harness.measureBaseline()).isPositive();
            assertThat(harness.measureCandidate()).isPositive();
            assertThat(harness.measureCandidate()).isPositive();
            assertThat(harness.measureBaseline()).isPositive();

            assertThat(harness.baselineDescription())
                    .startsWith("full scan of 200 stream states, finding alone ")
                    .endsWith(" ms, found 2 due");
            assertThat(harness.candidateDescription())
                    .startsWith("due-index sweeper, index range alone ")
                    .endsWith(" ms, found 2 due");
        }
    }

    @Test
    void shouldFailLoudlyWhenAFullScanFindsAnotherNumberOfStreamsDue() throws Exception {
        try (DeliverySweepHarness harness = DeliverySweepHarness.create(SIZES)) {
            assertThatThrownBy(() -> harness.requireDue("full scan", 3, 3))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("found 3 due streams")
                    .hasMessageContaining("exactly 2 due");
            assertThatThrownBy(() -> harness.requireDue("full scan", 2, 0)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void shouldFailLoudlyWhenTheSweeperEmitsOtherAlerts() {
        DeliveryAlert resolved = DeliveryAlert.newBuilder()
                .setAlertId("alert")
                .setKind(AlertKind.resolved)
                .setSeverity("warning")
                .setClientId("client")
                .setStreamId("stream")
                .setEpisodeId("episode")
                .setLevel(1)
                .setDueAt(DeliveryWorkload.START)
                .setOverdueAt(DeliveryWorkload.START)
                .setEmittedAt(DeliveryWorkload.START)
                .build();

        assertThatThrownBy(() -> DeliverySweepHarness.requireAlerts("now", List.of(resolved), 1, AlertKind.overdue))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Expected 1 overdue alerts now, got {resolved=1}");
        DeliverySweepHarness.requireAlerts("now", List.of(resolved), 1, AlertKind.resolved);
    }
}
