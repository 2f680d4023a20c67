package io.vigil.bench.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldMatchNumbersByValueWhateverTheirJsonType() throws Exception {
        Answer answer = new Answer("/files/f", Map.of("/aggregates/row_count", 3L, "/aggregates/min_value", -37.66));

        assertThat(answer.mismatches(body("{\"aggregates\":{\"row_count\":3.0,\"min_value\":-37.66}}")))
                .isEmpty();
    }

    @Test
    void shouldNameEveryFieldThatDiffersOrIsMissing() throws Exception {
        Answer answer = new Answer("/files/f", Map.of("/status", "partial", "/error_count", 2, "/passed", true));

        assertThat(answer.mismatches(body("{\"status\":\"processing\",\"passed\":\"true\"}")))
                .containsExactlyInAnyOrder(
                        "/status is \"processing\", not partial",
                        "/error_count is missing, not 2",
                        "/passed is \"true\", not true");
    }

    private JsonNode body(String text) throws Exception {
        return json.readTree(text);
    }
}
