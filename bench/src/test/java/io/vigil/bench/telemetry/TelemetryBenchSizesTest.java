package io.vigil.bench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class TelemetryBenchSizesTest {

    @Test
    void shouldDefaultToTheIssuesSizes() {
        TelemetryBenchSizes sizes = TelemetryBenchSizes.from(new Properties());

        assertThat(sizes).isEqualTo(new TelemetryBenchSizes(1_000, 200, 5_000, 20, 4));
        assertThat(sizes.events()).isEqualTo(1_000_000);
    }

    @Test
    void shouldTakeSizesFromSystemProperties() {
        Properties properties = new Properties();
        properties.setProperty(TelemetryBenchSizes.DEVICES_PROPERTY, "5");
        properties.setProperty(TelemetryBenchSizes.BATCHES_PROPERTY, "1_000");
        properties.setProperty(TelemetryBenchSizes.EVENTS_PER_BATCH_PROPERTY, "50");

        assertThat(TelemetryBenchSizes.from(properties)).isEqualTo(new TelemetryBenchSizes(5, 1_000, 50, 20, 4));
    }

    @Test
    void shouldRefuseAZeroSize() {
        Properties properties = new Properties();
        properties.setProperty(TelemetryBenchSizes.RULES_PROPERTY, "0");

        assertThatThrownBy(() -> TelemetryBenchSizes.from(properties)).isInstanceOf(IllegalArgumentException.class);
    }
}
