package io.vigil.api.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.api.json.AvroJson;
import io.vigil.schema.quality.ColumnType;
import io.vigil.schema.quality.QualityRule;
import io.vigil.topology.delivery.expectation.FieldError;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QualityRuleJsonTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void shouldReadEveryCheck() throws Exception {
        QualityRule rule = parse(
                        """
                {"non_empty": true, "min_size_bytes": 10, "max_size_bytes": 1000, "extensions": ["CSV", "txt"],
                 "content_types": ["Text/CSV"], "max_age_seconds": 3600,
                 "csv": {"expected_columns": ["sensor_id", "timestamp", "value"], "min_rows": 1,
                         "max_duplicate_rows": 0,
                         "columns": [{"name": "value", "type": "decimal", "max_blank_ratio": 0.1},
                                     {"name": "unit", "type": "ENUM", "allowed_values": ["C", "F"]}]}}
                """)
                .rule();

        assertThat(rule.getBucket()).isEqualTo("landing");
        assertThat(rule.getPrefix()).isEqualTo("in/");
        assertThat(rule.getEnabled()).isTrue();
        assertThat(rule.getExtensions()).containsExactly("csv", "txt");
        assertThat(rule.getContentTypes()).containsExactly("text/csv");
        assertThat(rule.getCsv().getHeaderRequired()).isTrue();
        assertThat(rule.getCsv().getColumns().get(0).getType()).isEqualTo(ColumnType.DECIMAL);
        assertThat(rule.getCsv().getColumns().get(1).getAllowedValues()).containsExactly("C", "F");
        assertThat(rule.getUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void shouldReadBackWhatTheApiAnswers() throws Exception {
        QualityRule rule =
                parse("{\"non_empty\": true, \"csv\": {\"min_rows\": 2}}").rule();
        JsonNode answered = new AvroJson().toJson(rule);

        QualityRule again = QualityRuleJson.fromJson(withoutServerFields(answered), "landing", "in/", NOW)
                .rule();

        assertThat(again).isEqualTo(rule);
    }

    @Test
    void shouldNameEveryFieldAtFault() throws Exception {
        QualityRuleJson.Parsed parsed = parse(
                """
                {"min_size_bytes": 100, "max_size_bytes": 10, "max_age_seconds": 0, "extensions": [".csv"],
                 "content_types": ["csv"], "colour": "red",
                 "csv": {"min_rows": -1, "expected_columns": ["a", "A"],
                         "columns": [{"name": "v", "type": "FLOAT"}, {"name": "u", "type": "ENUM"},
                                     {"name": "w", "max_blank_ratio": 1.5}, {"type": "INTEGER"}]}}
                """);

        assertThat(parsed.rule()).isNull();
        assertThat(parsed.errors())
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder(
                        "colour",
                        "min_size_bytes",
                        "max_age_seconds",
                        "extensions[0]",
                        "content_types[0]",
                        "csv.expected_columns[1]",
                        "csv.columns[0].type",
                        "csv.columns[1].allowed_values",
                        "csv.columns[2].max_blank_ratio",
                        "csv.columns[3].name",
                        "csv.min_rows");
    }

    @Test
    void shouldRefuseABodyThatIsNotAnObject() throws Exception {
        assertThat(parse("[1, 2]").errors()).containsExactly(new FieldError("body", "must be a JSON object"));
    }

    private QualityRuleJson.Parsed parse(String json) throws Exception {
        return QualityRuleJson.fromJson(mapper.readTree(json), "landing", "in/", NOW);
    }

    private static JsonNode withoutServerFields(JsonNode answered) {
        var copy = answered.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy)
                .remove(java.util.List.of("bucket", "prefix", "updated_at"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy)
                .remove(java.util.List.of("min_size_bytes", "max_size_bytes", "max_age_seconds"));
        return copy;
    }
}
