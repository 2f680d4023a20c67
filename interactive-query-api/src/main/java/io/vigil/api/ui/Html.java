package io.vigil.api.ui;

/**
 * Escapes text for HTML element content and quoted attribute values. Five characters are all the HTML5 spec needs
 * escaped in those two contexts, which is why this is written here instead of pulling in a template engine: the pages
 * put user data (file names, sensor ids, error details) only in those two places, never in scripts, styles or URLs
 * without {@link #url}.
 */
final class Html {

    private Html() {}

    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&':
                    escaped.append("&amp;");
                    break;
                case '<':
                    escaped.append("&lt;");
                    break;
                case '>':
                    escaped.append("&gt;");
                    break;
                case '"':
                    escaped.append("&quot;");
                    break;
                case '\'':
                    escaped.append("&#39;");
                    break;
                default:
                    escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A path segment for an href: percent-encoded, then escaped for the attribute. */
    static String url(String segment) {
        return text(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }
}
