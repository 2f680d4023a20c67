package io.vigil.api.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.api.json.JsonFields;
import io.vigil.schema.delivery.Expectation;
import io.vigil.topology.delivery.expectation.ExpectationValidator;
import io.vigil.topology.delivery.expectation.FieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Expectations as the API reads and writes them: the schema's snake_case names, instants as ISO-8601 UTC strings,
 * absent values left out. Reading checks the JSON shape (unknown fields, wrong types, missing required fields) and
 * then every rule of {@link ExpectationValidator}, and reports all problems at once, each naming its field.
 */
public final class ExpectationJson {

    /** Enough to fix a request by; a body of thousands of bad fields must not make a response of thousands. */
    static final int MAX_ERRORS = 50;

    private ExpectationJson() {}

    /**
     * Builds an expectation from a request body. {@code client_id} and {@code stream_id} come from the path when it
     * has them (a body value that differs is an error) and from the body otherwise. {@code created_at} is {@code
     * now}; a {@code created_at} in the body is ignored, so that a body read with GET can be sent back.
     *
     * @throws Invalid with every problem found, shape and rules alike
     */
    public static Expectation fromJson(JsonNode body, String clientIdOrNull, String streamIdOrNull, Instant now)
            throws Invalid {
        if (body == null || !body.isObject()) {
            throw new Invalid(List.of(new FieldError("body", "must be a JSON object")));
        }
        List<FieldError> shapeErrors = new ArrayList<>();
        JsonFields in = new JsonFields((ObjectNode) body, "", shapeErrors);
        String clientId = pathOrBody(in, "client_id", clientIdOrNull);
        String streamId = pathOrBody(in, "stream_id", streamIdOrNull);
        Expectation expectation = new ExpectationReader(in).read(clientId, streamId, now);
        List<FieldError> errors = new ArrayList<>(shapeErrors);
        for (FieldError ruleError : ExpectationValidator.validate(expectation)) {
            // A field that was missing or of the wrong type was read as null: the rules would only repeat that.
            if (shapeErrors.stream().noneMatch(shapeError -> related(shapeError.field(), ruleError.field()))) {
                errors.add(ruleError);
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(capped(errors));
        }
        return expectation;
    }

    /** The JSON form of {@code expectation}: schema field names and order, instants ISO-8601 UTC, nulls omitted. */
    public static ObjectNode toJson(Expectation expectation, ObjectMapper mapper) {
        return new ExpectationWriter(mapper).write(expectation);
    }

    private static String pathOrBody(JsonFields in, String name, String fromPath) {
        String inBody = in.text(name);
        if (fromPath == null) {
            if (!in.isPresent(name)) {
                in.error(name, "is required");
            }
            return inBody;
        }
        if (inBody != null && !inBody.equals(fromPath)) {
            in.error(name, JsonFields.quote(inBody) + " differs from " + JsonFields.quote(fromPath) + " in the path");
        }
        return fromPath;
    }

    /** Whether one field is the other or lies inside it, e.g. {@code escalation[1]} and its {@code .level}. */
    private static boolean related(String a, String b) {
        return a.equals(b) || inside(a, b) || inside(b, a);
    }

    private static boolean inside(String inner, String outer) {
        return inner.startsWith(outer + ".") || inner.startsWith(outer + "[");
    }

    private static List<FieldError> capped(List<FieldError> errors) {
        if (errors.size() <= MAX_ERRORS) {
            return errors;
        }
        List<FieldError> kept = new ArrayList<>(errors.subList(0, MAX_ERRORS));
        kept.add(new FieldError("body", "has " + (errors.size() - MAX_ERRORS) + " more problems not listed"));
        return kept;
    }

    /** A request body that is not a valid expectation. Carries no stack trace: it is an answer, not a bug. */
    public static final class Invalid extends Exception {

        private final List<FieldError> errors;

        /** @param errors every problem found, at least one */
        public Invalid(List<FieldError> errors) {
            super(
                    "Invalid expectation: "
                            + errors.stream()
                                    .map(e -> e.field() + ": " + e.message())
                                    .collect(Collectors.joining("; ")),
                    null,
                    false,
                    false);
            this.errors = List.copyOf(errors);
        }

        /** Every problem found, each naming its field by its JSON name. */
        public List<FieldError> errors() {
            return errors;
        }
    }
}
