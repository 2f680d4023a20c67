package io.vigil.api.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.schema.sensor.SensorStats;
import org.junit.jupiter.api.Test;

class StatsJsonTest {

    @Test
    void shouldReadStoreJsonAndWriteTheMeanAtFullPrecision() throws Exception {
        SensorStats stats = StatsJson.read(new ObjectMapper()
                .readTree("{\"count\":3,\"min\":0.1,\"max\":0.7,\"mean\":0.30000000000000004,\"m2\":0.18,"
                        + "\"sum\":0.9,\"sum_error\":1e-17}"));

        assertThat(stats).isEqualTo(new SensorStats(3L, 0.1, 0.7, 0.30000000000000004, 0.18, 0.9, 1e-17));
        assertThat(StatsJson.write(stats).toString())
                .isEqualTo("{\"count\":3,\"min\":0.1,\"max\":0.7,\"mean\":0.30000000000000004}");
    }

    @Test
    void shouldShowNoReadingsAsNulls() {
        assertThat(StatsJson.write(null).toString()).isEqualTo("{\"count\":0,\"min\":null,\"max\":null,\"mean\":null}");
    }
}
