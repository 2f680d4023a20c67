package io.vigil.api.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * Writes an expectation (or one of its escalation steps) field by field in schema order, under the schema's names.
 * Going by the schema rather than by a list of getters keeps a field added to it from being silently dropped.
 */
final class ExpectationWriter {

    private final ObjectMapper mapper;

    ExpectationWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode write(SpecificRecord record) {
        ObjectNode object = mapper.createObjectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            Object value = record.get(field.pos());
            if (value != null) {
                object.set(field.name(), node(value));
            }
        }
        return object;
    }

    private JsonNode node(Object value) {
        if (value instanceof SpecificRecord nested) {
            return write(nested);
        }
        if (value instanceof List<?> items) {
            ArrayNode array = mapper.createArrayNode();
            items.forEach(item -> array.add(node(item)));
            return array;
        }
        if (value instanceof Integer number) {
            return mapper.getNodeFactory().numberNode(number);
        }
        if (value instanceof Boolean flag) {
            return mapper.getNodeFactory().booleanNode(flag);
        }
        if (value instanceof Instant || value instanceof CharSequence || value instanceof Enum<?>) {
            return mapper.getNodeFactory().textNode(value.toString());
        }
        throw new IllegalArgumentException(
                "No JSON form for " + value.getClass().getName());
    }
}
