package io.vigil.bench.fault;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the API must answer at {@code path} once everything sent so far is processed: values at JSON pointers. The
 * state behind it may pass through other values on the way (a file being read again after a crash); only where it
 * settles counts.
 *
 * @param fields JSON pointer → expected value (a String, a Boolean or a Number, compared by numeric value)
 */
record Answer(String path, Map<String, Object> fields) {

    Answer {
        fields = new LinkedHashMap<>(fields);
    }

    /** The fields of {@code body} that differ, e.g. {@code /status is "processing", not "partial"}. */
    List<String> mismatches(JsonNode body) {
        List<String> mismatches = new ArrayList<>();
        fields.forEach((pointer, expected) -> {
            JsonNode actual = body.at(pointer);
            if (!matches(actual, expected)) {
                mismatches.add(pointer + " is " + (actual.isMissingNode() ? "missing" : actual) + ", not " + expected);
            }
        });
        return mismatches;
    }

    private static boolean matches(JsonNode actual, Object expected) {
        if (expected instanceof Number number) {
            return actual.isNumber() && actual.decimalValue().compareTo(new BigDecimal(number.toString())) == 0;
        }
        if (expected instanceof Boolean flag) {
            return actual.isBoolean() && actual.booleanValue() == flag;
        }
        return actual.isTextual() && actual.textValue().equals(expected);
    }
}
