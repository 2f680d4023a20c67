package io.vigil.app.uptime.importer;

/**
 * The rule for store ids in the imported files: after trimming, 1 to {@value #MAX_CHARS} characters, every one of them
 * printable (no control, format, private-use, unassigned or line/paragraph-separator character, no lone surrogate).
 * Store ids are not required to be UUIDs.
 */
public final class StoreIds {

    /** The longest store id, in UTF-16 characters. */
    public static final int MAX_CHARS = 128;

    private StoreIds() {}

    /** Whether a trimmed, non-blank id follows the rule. */
    public static boolean isValid(String id) {
        if (id.isEmpty() || id.length() > MAX_CHARS) {
            return false;
        }
        for (int i = 0; i < id.length(); ) {
            int codePoint = id.codePointAt(i);
            if (!printable(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
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
