package io.vigil.api.uptime.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.api.error.ApiException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * What a report request asks for: {@code {"at": ISO instant | "latest", "unknown_columns": bool}}, both optional.
 *
 * @param reference the reference time; null for {@code latest}, the latest poll time over all stores
 * @param unknownColumns whether to add the {@code unknown_last_*} columns
 */
record ReportOptions(Instant reference, boolean unknownColumns) {

    static final String LATEST = "latest";
    /** Longer than any ISO-8601 instant: refused before parsing. */
    private static final int MAX_AT_CHARS = 40;

    /** @param now the reference when the body names none */
    static ReportOptions from(JsonNode body, Instant now) {
        JsonNode at = body.path("at");
        JsonNode unknown = body.path("unknown_columns");
        if (!unknown.isMissingNode() && !unknown.isNull() && !unknown.isBoolean()) {
            throw ApiException.badRequest("unknown_columns must be true or false");
        }
        return new ReportOptions(reference(at, now), unknown.asBoolean(false));
    }

    private static Instant reference(JsonNode at, Instant now) {
        if (at.isMissingNode() || at.isNull()) {
            return now;
        }
        String text = at.isTextual() ? at.asText() : "";
        if (text.equals(LATEST)) {
            return null;
        }
        try {
            if (text.length() > MAX_AT_CHARS) {
                throw new DateTimeParseException("too long", text.substring(0, MAX_AT_CHARS), 0);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("at must be an ISO-8601 instant (2023-01-25T18:13:22.479220Z) or \"latest\"");
        }
    }
}
