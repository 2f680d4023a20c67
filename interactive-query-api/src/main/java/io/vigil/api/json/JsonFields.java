package io.vigil.api.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.topology.delivery.expectation.FieldError;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Typed reads from one JSON object. A field that is absent or JSON null reads as null; a field of the wrong JSON type
 * also reads as null and records a {@link FieldError} named by its JSON path, e.g. {@code escalation[1].level}.
 */
public final class JsonFields {

    private static final int SHOWN_NAME_LENGTH = 64;

    private final ObjectNode object;
    private final String path;
    private final List<FieldError> errors;

    public JsonFields(ObjectNode object, String path, List<FieldError> errors) {
        this.object = object;
        this.path = path;
        this.errors = errors;
    }

    /** Records every field not in {@code known}. */
    public void rejectUnknown(Set<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                errors.add(new FieldError(path + shown(name), "is not a known field"));
            }
        }
    }

    public boolean isPresent(String name) {
        JsonNode node = object.get(name);
        return node != null && !node.isNull();
    }

    public String text(String name) {
        return read(name, this::asText);
    }

    public Integer integer(String name) {
        return read(name, this::asInteger);
    }

    public Long longValue(String name) {
        return read(name, (node, field) -> {
            if (!node.isIntegralNumber()) {
                return wrongType(field, "a whole number");
            }
            if (!node.canConvertToLong()) {
                errors.add(new FieldError(field, shown(node.asText()) + " is out of range"));
                return null;
            }
            return node.longValue();
        });
    }

    /** A finite number. */
    public Double number(String name) {
        return read(
                name,
                (node, field) -> node.isNumber() && Double.isFinite(node.doubleValue())
                        ? node.doubleValue()
                        : wrongType(field, "a finite number"));
    }

    /** A nested object, read under its own path, e.g. {@code csv.}. */
    public JsonFields object(String name) {
        return read(
                name,
                (node, field) -> node.isObject()
                        ? new JsonFields((ObjectNode) node, field + ".", errors)
                        : wrongType(field, "an object"));
    }

    public Boolean bool(String name) {
        return read(name, (node, field) -> node.isBoolean() ? node.booleanValue() : wrongType(field, "true or false"));
    }

    /** An ISO-8601 instant with an offset, e.g. 2026-03-01T09:00:00Z, cut to the millisecond Avro stores. */
    public Instant instant(String name) {
        return read(name, this::asInstant);
    }

    public List<Integer> integers(String name) {
        return list(name, this::asInteger);
    }

    public List<String> texts(String name) {
        return list(name, this::asText);
    }

    /** The objects of an array, each read under its own path, e.g. {@code escalation[0].}. */
    public List<JsonFields> objects(String name) {
        return list(
                name,
                (node, field) -> node.isObject()
                        ? new JsonFields((ObjectNode) node, field + ".", errors)
                        : wrongType(field, "an object"));
    }

    public void error(String name, String message) {
        errors.add(new FieldError(path + name, message));
    }

    private <T> T read(String name, BiFunction<JsonNode, String, T> reader) {
        return isPresent(name) ? reader.apply(object.get(name), path + name) : null;
    }

    private <T> List<T> list(String name, BiFunction<JsonNode, String, T> reader) {
        return read(name, (node, field) -> {
            if (!node.isArray()) {
                return wrongType(field, "an array");
            }
            List<T> items = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                items.add(reader.apply(node.get(i), field + "[" + i + "]"));
            }
            return items;
        });
    }

    private String asText(JsonNode node, String field) {
        return node.isTextual() ? node.textValue() : wrongType(field, "a string");
    }

    private Integer asInteger(JsonNode node, String field) {
        if (!node.isIntegralNumber()) {
            return wrongType(field, "a whole number");
        }
        if (!node.canConvertToInt()) {
            errors.add(new FieldError(field, shown(node.asText()) + " is out of range"));
            return null;
        }
        return node.intValue();
    }

    private Instant asInstant(JsonNode node, String field) {
        String text = asText(node, field);
        if (text == null) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MILLIS);
            instant.toEpochMilli(); // Avro stores epoch milliseconds: refuse what it cannot hold
            return instant;
        } catch (DateTimeException | ArithmeticException e) {
            errors.add(new FieldError(field, quote(text) + " is not an ISO-8601 instant such as 2026-03-01T09:00:00Z"));
            return null;
        }
    }

    private <T> T wrongType(String field, String expected) {
        errors.add(new FieldError(field, "must be " + expected));
        return null;
    }

    /** The value in quotes for a message, cut short so that a huge input cannot make a huge error. */
    public static String quote(String text) {
        return '"' + shown(text) + '"';
    }

    /** The value as a message shows it: cut short so that a huge input cannot make a huge error. */
    public static String shown(String text) {
        return text.length() <= SHOWN_NAME_LENGTH ? text : text.substring(0, SHOWN_NAME_LENGTH) + "…";
    }
}
