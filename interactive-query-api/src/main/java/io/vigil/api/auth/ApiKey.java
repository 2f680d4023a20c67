package io.vigil.api.auth;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An API key as presented by a client: {@code prefix.secret}. The prefix identifies the key and may be logged; the
 * secret may not, so {@link #toString()} hides it.
 *
 * @param prefix the public part before the first dot
 * @param secret the secret part after it
 */
public record ApiKey(String prefix, String secret) {

    /** Longest key accepted, far above a 32-byte base64url secret, so that parsing work stays bounded. */
    public static final int MAX_LENGTH = 256;

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{16,190}");

    /** The key in {@code value}, or empty when it is not of the form {@code prefix.secret}. */
    public static Optional<ApiKey> parse(String value) {
        if (value == null || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int dot = value.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String prefix = value.substring(0, dot);
        String secret = value.substring(dot + 1);
        if (!PREFIX.matcher(prefix).matches() || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ApiKey(prefix, secret));
    }

    /** The key as the client sent it, e.g. to forward it to the instance that owns a key. */
    public String value() {
        return prefix + "." + secret;
    }

    @Override
    public String toString() {
        return "ApiKey[prefix=" + prefix + ", secret=***]";
    }
}
