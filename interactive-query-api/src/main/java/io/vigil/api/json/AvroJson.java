package io.vigil.api.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;

/**
 * Avro values (specific or generic records) as plain JSON for API clients: fields by name, a union as its value
 * rather than Avro's {@code {"type": value}} wrapper, enums as their symbol, timestamps and dates as ISO-8601
 * strings, bytes as base64. Jackson cannot serialise a SpecificRecord directly: its getters include the schema.
 */
public final class AvroJson {

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /** The record as a JSON object. */
    public ObjectNode toJson(IndexedRecord record) {
        return (ObjectNode) value(record, record.getSchema());
    }

    private JsonNode value(Object datum, Schema schema) {
        if (datum == null) {
            return nodes.nullNode();
        }
        JsonNode logical = logicalValue(datum, schema);
        if (logical != null) {
            return logical;
        }
        return switch (schema.getType()) {
            case RECORD -> record((IndexedRecord) datum);
            case UNION -> value(datum, AvroUnions.branchFor(datum, schema));
            case ARRAY -> array((Collection<?>) datum, schema.getElementType());
            case MAP -> map((Map<?, ?>) datum, schema.getValueType());
            case STRING, ENUM -> nodes.textNode(datum.toString());
            case BYTES -> nodes.textNode(base64((ByteBuffer) datum));
            case FIXED -> nodes.textNode(Base64.getEncoder().encodeToString(((GenericFixed) datum).bytes()));
            case INT -> nodes.numberNode((Integer) datum);
            case LONG -> nodes.numberNode((Long) datum);
            case FLOAT -> nodes.numberNode((Float) datum);
            case DOUBLE -> nodes.numberNode((Double) datum);
            case BOOLEAN -> nodes.booleanNode((Boolean) datum);
            case NULL -> nodes.nullNode();
        };
    }

    /** Values that Avro's logical-type conversions produced, or raw timestamps, in their JSON form; else null. */
    private JsonNode logicalValue(Object datum, Schema schema) {
        if (datum instanceof Temporal || datum instanceof UUID) {
            return nodes.textNode(datum.toString());
        }
        if (datum instanceof BigDecimal decimal) {
            return nodes.numberNode(decimal);
        }
        LogicalType logicalType = schema.getLogicalType();
        if (logicalType != null && datum instanceof Long epoch) {
            switch (logicalType.getName()) {
                case "timestamp-millis":
                    return nodes.textNode(Instant.ofEpochMilli(epoch).toString());
                case "timestamp-micros":
                    return nodes.textNode(Instant.EPOCH.plusNanos(epoch * 1000).toString());
                default:
                    return null;
            }
        }
        return null;
    }

    private ObjectNode record(IndexedRecord record) {
        ObjectNode object = nodes.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            object.set(field.name(), value(record.get(field.pos()), field.schema()));
        }
        return object;
    }

    private ArrayNode array(Collection<?> items, Schema elementType) {
        ArrayNode array = nodes.arrayNode(items.size());
        items.forEach(item -> array.add(value(item, elementType)));
        return array;
    }

    private ObjectNode map(Map<?, ?> entries, Schema valueType) {
        ObjectNode object = nodes.objectNode();
        entries.forEach((key, item) -> object.set(key.toString(), value(item, valueType)));
        return object;
    }

    private static String base64(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
