package io.vigil.bench.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class DeliveryBenchSizesTest {

    @Test
    void shouldDefaultToTheSizesOfTheIssue() {
        assertThat(DeliveryBenchSizes.from(new Properties()))
                .isEqualTo(new DeliveryBenchSizes(100_000, 100, 1_000_000));
    }

    @Test
    void shouldReadSizesFromProperties() {
        Properties properties = new Properties();
        properties.setProperty(DeliveryBenchSizes.STREAMS_PROPERTY, "200");
        properties.setProperty(DeliveryBenchSizes.BUCKETS_PROPERTY, "2");
        properties.setProperty(DeliveryBenchSizes.ARRIVALS_PROPERTY, "200_000");

        assertThat(DeliveryBenchSizes.from(properties)).isEqualTo(new DeliveryBenchSizes(200, 2, 200_000));
    }

    @Test
    void shouldRejectSizesWithoutAWholeOnePercentOrEvenBuckets() {
        assertThatThrownBy(() -> new DeliveryBenchSizes(150, 1, 10)).hasMessageContaining("multiple of 100");
        assertThatThrownBy(() -> new DeliveryBenchSizes(200, 3, 10)).hasMessageContaining("divide streams");
        assertThatThrownBy(() -> new DeliveryBenchSizes(200, 2, 0)).hasMessageContaining("arrivals");
        Properties properties = new Properties();
        properties.setProperty(DeliveryBenchSizes.STREAMS_PROPERTY, "lots");
        assertThatThrownBy(() -> DeliveryBenchSizes.from(properties)).hasMessageContaining("vigil.bench.streams");
    }
}
