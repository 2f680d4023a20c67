package io.vigil.api.query;

import java.util.List;

/**
 * A page of entries in key order.
 *
 * @param entries the entries of this page
 * @param next    the cursor for the next page (pass it as {@code after}), or null when this is the last page
 */
public record Page(List<StoreEntry> entries, String next) {

    public Page {
        entries = List.copyOf(entries);
    }

    static Page empty() {
        return new Page(List.of(), null);
    }
}
