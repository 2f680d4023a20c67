package io.vigil.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilePageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldShowTheAggregatesSensorsAndErrorsOfTheDocument() throws Exception {
        JsonNode file = JSON.readTree("{\"file_id\":\"0123456789abcdef0123456789abcdef\",\"file_name\":\"r.csv\","
                + "\"status\":\"partial\",\"size\":2048,\"uploaded_at\":\"2026-11-23T10:00:00Z\","
                + "\"processed_at\":\"2026-11-23T10:00:01Z\",\"processing_ms\":1250,\"rows_seen\":7,"
                + "\"aggregates\":{\"row_count\":3,\"min_value\":-4.5,\"max_value\":20.5,"
                + "\"mean_value\":8.666666666666666,\"per_sensor_count\":{\"s1\":1,\"s2\":2}},"
                + "\"errors\":[{\"row_number\":3,\"line\":5,\"reason\":\"bad_timestamp\"}],\"error_count\":1}");
        List<JsonNode> sensors = List.of(
                JSON.readTree("{\"sensor_id\":\"s1\",\"count\":1,\"min\":10.0,\"max\":10.0," + "\"mean\":10.0}"));
        JsonNode series = JSON.readTree("{\"bucket_millis\":1000,\"sensors\":[{\"sensor_id\":\"s1\",\"buckets\":"
                + "[{\"start\":\"2024-01-01T00:00:00Z\",\"stats\":{\"count\":1,\"min\":10.0,\"max\":10.0,"
                + "\"mean\":10.0,\"m2\":0.0}}]}],\"sensors_left_out\":0}");

        String html = FilePage.content(file, sensors, series);

        assertThat(html)
                .contains("status-partial", "8.666666666666666", "-4.5", "20.5", "1,250 ms", "2.0 KiB")
                .contains("<td>s1</td>", "bad_timestamp", "<circle");
    }

    @Test
    void shouldEscapeWhatTheFileSays() throws Exception {
        JsonNode file = JSON.readTree("{\"file_id\":\"x\",\"file_name\":\"<img src=x onerror=alert(1)>.csv\","
                + "\"status\":\"<b>\",\"aggregates\":{},\"errors\":[],\"error_count\":0}");

        String html = FilePage.content(file, List.of(), null);

        assertThat(html).doesNotContain("<img", "<b>").contains("&lt;img", "status-unknown");
    }
}
