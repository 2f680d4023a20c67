package io.vigil.topology.delivery.expectation;

/** The key of a stream on every delivery topic: {@code clientId/streamId}. */
public final class StreamKeys {

    private static final int MAX_ID_LENGTH = 128;

    private StreamKeys() {}

    public static String of(String clientId, String streamId) {
        return clientId + "/" + streamId;
    }

    /** Ids are 1 to 128 of {@code A-Z a-z 0-9 . _ -}, and not {@code .} or {@code ..}: safe in keys and URL paths. */
    public static boolean isValidId(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH || id.equals(".") || id.equals("..")) {
            return false;
        }
        return id.chars()
                .allMatch(c -> (c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z')
                        || (c >= '0' && c <= '9')
                        || c == '.'
                        || c == '_'
                        || c == '-');
    }
}
