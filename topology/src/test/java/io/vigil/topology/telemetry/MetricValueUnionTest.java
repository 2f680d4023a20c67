package io.vigil.topology.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.telemetry.TelemetryEvent;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class MetricValueUnionTest {

    @Test
    void theIndicesAreThoseOfTheSchemasUnion() {
        Schema union = TelemetryEvent.getClassSchema().getField("data").schema().getValueType();

        assertThat(union.getTypes()).hasSize(4);
        assertThat(union.getIndexNamed("null")).isEqualTo(MetricValueUnion.NULL);
        assertThat(union.getIndexNamed("double")).isEqualTo(MetricValueUnion.NUMBER);
        assertThat(union.getIndexNamed("string")).isEqualTo(MetricValueUnion.TEXT);
        assertThat(union.getIndexNamed("boolean")).isEqualTo(MetricValueUnion.BOOLEAN);
    }
}
