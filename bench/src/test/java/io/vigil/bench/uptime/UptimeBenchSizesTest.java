package io.vigil.bench.uptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class UptimeBenchSizesTest {

    @Test
    void shouldDefaultToTheOriginalsSizeOfAboutOnePointEightMillionPolls() {
        UptimeBenchSizes sizes = UptimeBenchSizes.from(new Properties());

        assertThat(sizes.stores()).isEqualTo(14_000);
        assertThat(sizes.dataSetPolls()).isEqualTo(1_792_000);
    }

    @Test
    void shouldReadSizesFromProperties() {
        Properties properties = new Properties();
        properties.setProperty(UptimeBenchSizes.STORES_PROPERTY, "1_000");
        properties.setProperty(UptimeBenchSizes.POLL_MINUTES_PROPERTY, "60");
        properties.setProperty(UptimeBenchSizes.POLLS_PROPERTY, "20000");
        properties.setProperty(UptimeBenchSizes.QUERIES_PROPERTY, "50");

        assertThat(UptimeBenchSizes.from(properties)).isEqualTo(new UptimeBenchSizes(1_000, 60, 20_000, 50));
    }

    @Test
    void shouldRejectSizesThatMakeNoDataSet() {
        assertThatThrownBy(() -> new UptimeBenchSizes(0, 90, 1, 1)).hasMessageContaining("stores");
        assertThatThrownBy(() -> new UptimeBenchSizes(1, 8 * 24 * 60 + 1, 1, 1)).hasMessageContaining("poll minutes");
        Properties properties = new Properties();
        properties.setProperty(UptimeBenchSizes.POLLS_PROPERTY, "many");
        assertThatThrownBy(() -> UptimeBenchSizes.from(properties)).hasMessageContaining("vigil.bench.uptime.polls");
    }
}
