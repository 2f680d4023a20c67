package io.vigil.bench.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.schema.delivery.AlertKind;
import io.vigil.schema.delivery.DeliveryAlert;
import io.vigil.schema.delivery.DeliveryStreamState;
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
                    .startsWith("full scan evaluating 200 streams, 2 owed alerts; finding alone by scanning ")
                    .endsWith(" ms");
            assertThat(harness.candidateDescription())
                    .startsWith("sweep through the due index, index range alone ")
                    .endsWith(" ms, found 2 due");
        }
    }

    @Test
    void shouldRecordTheStatesThatPipingTheSameFilesThroughTheTopologyLeaves() {
        DeliveryWorkload workload = new DeliveryWorkload(SIZES);
        try (DeliveryDriver piped = DeliveryDriver.wholeTopology(workload);
                DeliveryDriver recorded = DeliveryDriver.wholeTopology(workload)) {
            piped.pipeArrivals(0, SIZES.streams() * DeliveryWorkload.HISTORY_DAYS);
            piped.advanceWallClockTo(workload.sweepDay());
            recorded.recordHistory();

            for (int stream = 0; stream < SIZES.streams(); stream++) {
                DeliveryStreamState live = piped.streamStates().get(workload.streamKey(stream));
                DeliveryStreamState seeded = recorded.streamStates().get(workload.streamKey(stream));
                assertThat(seeded.getArrivals()).hasSize(DeliveryWorkload.HISTORY_DAYS);
                seeded.setEvaluatedAt(live.getEvaluatedAt());
                assertThat(seeded).isEqualTo(live);
            }
            assertThat(piped.readAlerts()).isEmpty();
            assertThat(recorded.readAlerts()).isEmpty();
        }
    }

    @Test
    void shouldFailLoudlyWhenAFullScanFindsAnotherNumberOfStreamsDue() throws Exception {
        try (DeliverySweepHarness harness = DeliverySweepHarness.create(SIZES)) {
            assertThatThrownBy(() -> harness.requireDue("full scan", 3))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("The full scan found 3 due; the workload makes exactly 2 due");
            harness.requireDue("full scan", 2);
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
