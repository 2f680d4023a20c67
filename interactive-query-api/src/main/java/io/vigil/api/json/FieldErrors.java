package io.vigil.api.json;

import io.vigil.api.error.ApiException;
import io.vigil.schema.errors.ErrorCodes;
import io.vigil.topology.delivery.expectation.FieldError;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns the problems found in a request body into one error that names each field at fault. */
public final class FieldErrors {

    /** More problems than this are counted, not listed, so one bad request cannot make a huge answer. */
    public static final int MAX_LISTED = 20;

    private FieldErrors() {}

    /**
     * @param status the status of the error, e.g. 400 for a malformed document, 422 for one that breaks a rule
     * @throws ApiException naming each field at fault, e.g. {@code events[12].ts: must be an ISO-8601 instant}
     */
    public static void requireNone(List<FieldError> errors, int status) {
        if (errors.isEmpty()) {
            return;
        }
        String listed = errors.stream()
                .limit(MAX_LISTED)
                .map(error -> error.field().isEmpty() ? error.message() : error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        int more = errors.size() - MAX_LISTED;
        throw new ApiException(
                status, ErrorCodes.forStatus(status), more > 0 ? listed + "; and " + more + " more" : listed, Map.of());
    }
}
