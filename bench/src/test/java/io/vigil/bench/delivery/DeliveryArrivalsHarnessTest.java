package io.vigil.bench.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.schema.delivery.DeliveryStreamState;
import io.vigil.schema.delivery.StreamStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class DeliveryArrivalsHarnessTest {

    private static final DeliveryBenchSizes SIZES = new DeliveryBenchSizes(200, 100, 2_000);

    @Test
    void shouldMeasurePositiveRatesOnBothSidesRoundAfterRound() throws Exception {
        try (DeliveryArrivalsHarness harness = DeliveryArrivalsHarness.create(SIZES)) {
            assertThat(harness.measureBaseline()).isPositive();
            assertThat(harness.measureCandidate()).isPositive();
            assertThat(harness.measureCandidate()).isPositive();
        }
    }

    @Test
    void shouldFoldEveryArrivalIntoItsStreamOnTime() {
        DeliveryWorkload workload = new DeliveryWorkload(SIZES);
        try (DeliveryDriver driver = DeliveryDriver.wholeTopology(workload)) {
            assertThat(driver.pipeArrivals(0, 2_000)).isEqualTo(2_000);

            // 2 000 arrivals over 200 streams: ten days of one file a day each, the last on day 9.
            DeliveryStreamState state = driver.streamStates().get(workload.streamKey(7));
            assertThat(state.getStatus()).isEqualTo(StreamStatus.on_time);
            assertThat(state.getLastArrivalKey())
                    .isEqualTo(workload.arrival(1_807).getKey());
            assertThat(state.getArrivals()).hasSize(10);
            assertThat(driver.readAlerts()).isEmpty();
        }
    }

    @Test
    void shouldFailLoudlyWhenArrivalsDoNotEachMakeOneEvent() {
        assertThatThrownBy(() -> DeliveryArrivalsHarness.requireAllOnTime(2_000, 1_999, List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2000 arrivals made 1999 delivery events");
    }
}
