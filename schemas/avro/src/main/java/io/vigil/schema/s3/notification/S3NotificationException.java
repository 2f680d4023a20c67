package io.vigil.schema.s3.notification;

/**
 * Why a body is not an S3 event notification. The message names the JSON path at fault (e.g.
 * {@code Records[1].s3.object.key is missing}), quotes at most 100 characters of the input and carries no stack
 * trace, so it is safe to return to an HTTP client or to put in a dead-letter header.
 */
public final class S3NotificationException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int MAX_QUOTED_CHARS = 100;

    S3NotificationException(String message) {
        super(message, null, false, false);
    }

    /** Quotes user input for a message: at most 100 characters, control characters replaced. */
    static String quote(String input) {
        boolean cut = input.codePointCount(0, input.length()) > MAX_QUOTED_CHARS;
        String head = cut ? input.substring(0, input.offsetByCodePoints(0, MAX_QUOTED_CHARS)) : input;
        StringBuilder quoted = new StringBuilder(head.length() + 3).append('"');
        head.codePoints().map(c -> Character.isISOControl(c) ? '?' : c).forEach(quoted::appendCodePoint);
        return quoted.append(cut ? "\"…" : "\"").toString();
    }
}
