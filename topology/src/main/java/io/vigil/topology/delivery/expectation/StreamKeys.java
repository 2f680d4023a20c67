package io.vigil.topology.delivery.expectation;

/** The key of a stream on every delivery topic, {@code clientId/streamId}, and the ids it is made of. */
public final class StreamKeys {

    private static final int MAX_ID_LENGTH = 128;

    private StreamKeys() {}

    /**
     * The topic key of a stream. Valid ids (see {@link #isValidId}) contain no {@code /}, so the key splits back
     * into its two ids unambiguously.
     */
    public static String of(String clientId, String streamId) {
        return clientId + "/" + streamId;
    }

    /**
     * Whether {@code id} may name a client, stream, calendar or channel: 1 to 128 of {@code A-Z a-z 0-9 . _ -}, and
     * not {@code .} or {@code ..}, so that it is safe in topic keys and URL paths.
     */
    public static boolean isValidId(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH || id.equals(".") || id.equals("..")) {
            return false;
        }
        return id.chars().allMatch(StreamKeys::isIdChar);
    }

    private static boolean isIdChar(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '.'
                || c == '_'
                || c == '-';
    }
}
