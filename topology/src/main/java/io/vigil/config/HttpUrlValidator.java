package io.vigil.config;

import java.net.URI;
import java.net.URISyntaxException;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Empty, or an absolute http(s) URL with a host. */
final class HttpUrlValidator implements ConfigDef.Validator {

    @Override
    public void ensureValid(String name, Object value) {
        String text = value == null ? "" : value.toString().trim();
        if (text.isEmpty()) {
            return;
        }
        try {
            URI uri = new URI(text);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new ConfigException(name, text, "must be an http:// or https:// URL with a host");
            }
        } catch (URISyntaxException e) {
            throw new ConfigException(name, text, "is not a URL: " + e.getReason());
        }
    }

    @Override
    public String toString() {
        return "empty or an http(s) URL";
    }
}
