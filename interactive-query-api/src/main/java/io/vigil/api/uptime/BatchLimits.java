package io.vigil.api.uptime;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.api.error.ApiException;
import io.vigil.api.json.FieldErrors;
import io.vigil.api.json.JsonFields;
import io.vigil.schema.errors.ErrorCodes;
import io.vigil.topology.delivery.expectation.FieldError;
import io.vigil.topology.uptime.InvalidUptimeInputException;
import java.util.List;
import java.util.Map;

/** The rules every uptime batch shares: an array of at most {@value #MAX_ITEMS} items, all valid or none written. */
final class BatchLimits {

    static final int MAX_ITEMS = 5_000;

    private BatchLimits() {}

    /**
     * The array {@code name} of the body.
     *
     * @throws ApiException 400 when it is missing or no array, 413 when it has more than {@value #MAX_ITEMS} items
     */
    static JsonNode items(JsonNode body, String name) {
        JsonNode items = body.path(name);
        if (!items.isArray()) {
            throw ApiException.badRequest(name + ": must be an array");
        }
        if (items.size() > MAX_ITEMS) {
            throw new ApiException(
                    413,
                    ErrorCodes.forStatus(413),
                    name + ": " + items.size() + " items, more than " + MAX_ITEMS + " a request; split the batch",
                    Map.of());
        }
        return items;
    }

    /** @throws ApiException 400 naming each field at fault, e.g. {@code polls[12].status: must be active or inactive} */
    static void requireNone(List<FieldError> errors) {
        FieldErrors.requireNone(errors, 400);
    }

    /** The text field {@code name}, or null with "is required" (or its wrong type) recorded. */
    static String required(JsonFields item, String name) {
        if (!item.isPresent(name)) {
            item.error(name, "is required");
            return null;
        }
        return item.text(name);
    }

    /**
     * Runs one of the topology's checks ({@link io.vigil.topology.uptime.InputChecks}) and records its failure under
     * {@code field} (empty for a single-store document), without the store id the topology's message starts with.
     */
    static void check(Runnable topologyCheck, String storeId, String field, List<FieldError> errors) {
        try {
            topologyCheck.run();
        } catch (InvalidUptimeInputException e) {
            String message = e.getMessage();
            String own = storeId + ": ";
            errors.add(new FieldError(field, message.startsWith(own) ? message.substring(own.length()) : message));
        }
    }
}
