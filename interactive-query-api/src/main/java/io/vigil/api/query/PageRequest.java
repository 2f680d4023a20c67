package io.vigil.api.query;

import io.vigil.api.error.ApiException;

/**
 * One page of a list: at most {@code limit} entries whose keys come after the cursor, in the store's key order.
 *
 * @param limit how many entries at most
 * @param after the key (as text) of the last entry of the previous page, or null for the first page
 */
public record PageRequest(int limit, String after) {

    /** The page size when a client asks for none. */
    public static final int DEFAULT_LIMIT = 100;

    public PageRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    /**
     * The page a client asked for with the {@code limit} and {@code after} query parameters.
     *
     * @throws ApiException 400 when limit is not a number within 1..maxLimit
     */
    public static PageRequest parse(String limit, String after, int maxLimit) {
        int size = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("limit must be a whole number");
            }
            if (size < 1 || size > maxLimit) {
                throw ApiException.badRequest("limit must be within 1.." + maxLimit);
            }
        }
        return new PageRequest(Math.min(size, maxLimit), after == null || after.isEmpty() ? null : after);
    }
}
