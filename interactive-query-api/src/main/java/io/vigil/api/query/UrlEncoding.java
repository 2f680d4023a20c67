package io.vigil.api.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Text as one path segment or query value of a URL: {@code %20} for a space, as paths need, not {@code +}. */
public final class UrlEncoding {

    private UrlEncoding() {}

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
