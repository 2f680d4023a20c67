package io.vigil.api.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Finds the API key a request presents: {@code X-API-Key}, {@code Authorization: Bearer <key>}, or HTTP Basic with
 * the key as the password (the user name is ignored), so that Confluent-registry clients such as kcat and npm can
 * authenticate.
 */
public final class CredentialExtractor {

    /** The header that carries a bare API key. */
    public static final String API_KEY_HEADER = "X-API-Key";

    /** The cookie the web UI keeps the key in after its login form (HttpOnly, SameSite=Strict). */
    public static final String UI_COOKIE = "vigil_key";

    private static final int MAX_HEADER_LENGTH = 1024;
    private static final int MAX_COOKIE_HEADER_LENGTH = 8192;

    /**
     * The presented credential, or empty when the request presents none.
     *
     * @param headers looks a request header up by name, returning null when absent
     * @return the raw credential; it still has to be parsed and checked
     */
    public Optional<String> extract(UnaryOperator<String> headers) {
        String apiKey = headers.apply(API_KEY_HEADER);
        if (apiKey != null && !apiKey.isBlank()) {
            return Optional.of(apiKey.strip());
        }
        String authorization = headers.apply("Authorization");
        if (authorization == null || authorization.length() > MAX_HEADER_LENGTH) {
            return Optional.empty();
        }
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String scheme = authorization.substring(0, space).toLowerCase(Locale.ROOT);
        String value = authorization.substring(space + 1).strip();
        return switch (scheme) {
            case "bearer" -> value.isEmpty() ? Optional.empty() : Optional.of(value);
            case "basic" -> basicPassword(value);
            default -> Optional.empty();
        };
    }

    /**
     * The key the web UI's cookie carries, or empty. Kept apart from {@link #extract} because a cookie is sent by the
     * browser on its own: callers must not let it authorise a state-changing request without a sign that the UI's own
     * script made it.
     */
    public Optional<String> extractUiCookie(UnaryOperator<String> headers) {
        String cookies = headers.apply("Cookie");
        if (cookies == null || cookies.length() > MAX_COOKIE_HEADER_LENGTH) {
            return Optional.empty();
        }
        for (String cookie : cookies.split(";")) {
            int equals = cookie.indexOf('=');
            if (equals > 0 && cookie.substring(0, equals).strip().equals(UI_COOKIE)) {
                String value = cookie.substring(equals + 1).strip();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> basicPassword(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0 || colon == decoded.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(decoded.substring(colon + 1));
    }
}
