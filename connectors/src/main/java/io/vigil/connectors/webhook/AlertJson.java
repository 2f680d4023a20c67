package io.vigil.connectors.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * An Avro alert as the JSON object a webhook receiver reads: field names as in the schema, timestamps as ISO-8601
 * instants, enums as their symbols, nulls kept. The connectors cannot use the API's Avro-to-JSON code (dependencies
 * point down), and Avro's own JSON encoding wraps unions and writes timestamps as numbers, which is not what a receiver
 * wants.
 */
final class AlertJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AlertJson() {}

    static ObjectNode of(IndexedRecord record) {
        ObjectNode object = NODES.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            object.set(field.name(), value(record.get(field.pos())));
        }
        return object;
    }

    private static JsonNode value(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof IndexedRecord nested) {
            return of(nested);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Double number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof Collection<?> items) {
            ArrayNode array = NODES.arrayNode();
            items.forEach(item -> array.add(value(item)));
            return array;
        }
        // Strings, enum symbols and Instant (whose toString is ISO-8601) print themselves.
        return NODES.textNode(value.toString());
    }
}
