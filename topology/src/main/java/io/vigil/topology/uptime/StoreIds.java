package io.vigil.topology.uptime;

import java.util.Optional;

/**
 * The store id rule, the same on every uptime topic (where the id is the key), in the API and in the CSV import: 1 to
 * {@value #MAX_CHARS} characters, no blank at either end, every character printable (no control, format, private-use,
 * unassigned or line/paragraph-separator character, no lone surrogate). The original data uses numbers and UUIDs, but
 * ids are not required to be either.
 */
public final class StoreIds {

    /** The longest store id, in UTF-16 characters. */
    public static final int MAX_CHARS = 128;

    private StoreIds() {}

    public static boolean isValid(String storeId) {
        return problem(storeId).isEmpty();
    }

    /** Why {@code storeId} is not a store id, or empty if it is one. */
    public static Optional<String> problem(String storeId) {
        if (storeId == null || storeId.isEmpty()) {
            return Optional.of("store id is missing");
        }
        if (storeId.length() > MAX_CHARS) {
            return Optional.of("store id has " + storeId.length() + " characters, more than " + MAX_CHARS);
        }
        if (Character.isWhitespace(storeId.charAt(0)) || Character.isWhitespace(storeId.charAt(storeId.length() - 1))) {
            return Optional.of("store id starts or ends with a blank");
        }
        for (int i = 0; i < storeId.length(); ) {
            int codePoint = storeId.codePointAt(i);
            if (!printable(codePoint)) {
                return Optional.of("store id has an invisible or control character at position " + i);
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    private static boolean printable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.PRIVATE_USE,
                    Character.SURROGATE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
