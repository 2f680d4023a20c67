package io.vigil.topology.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.schema.telemetry.TelemetryEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricColumnsTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void onlyNumbersEnterAColumnAndEachMetricHasItsOwn() {
        Map<String, Object> nulls = new HashMap<>();
        nulls.put("t", null);
        List<TelemetryEvent> events = List.of(
                event(Map.of("t", 81.5, "h", 40.0)),
                event(Map.of("t", "hot")),
                event(Map.of("t", true, "h", 41.0)),
                event(nulls),
                event(Map.of("h", 42.0)),
                event(Map.of("t", Double.NaN)));

        MetricColumns columns = MetricColumns.of(events, Set.of("t", "h"));

        assertThat(columns.of("t").present()).containsExactly(true, false, false, false, false, true);
        assertThat(columns.of("t").values()[0]).isEqualTo(81.5);
        assertThat(columns.of("t").values()[5]).isNaN();
        assertThat(columns.of("h").present()).containsExactly(true, false, true, false, true, false);
        assertThat(columns.of("h").values()).startsWith(40.0, 0.0, 41.0, 0.0, 42.0);
        assertThatThrownBy(() -> columns.of("p")).isInstanceOf(IllegalArgumentException.class);
    }

    private static TelemetryEvent event(Map<String, Object> data) {
        return new TelemetryEvent(T0, data);
    }
}
