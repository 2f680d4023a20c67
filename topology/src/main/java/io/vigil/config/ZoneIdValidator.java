package io.vigil.config;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** A zone id {@link ZoneId#of} accepts, e.g. an IANA region such as {@code Europe/Paris}. */
final class ZoneIdValidator implements ConfigDef.Validator {

    @Override
    public void ensureValid(String name, Object value) {
        String text = value == null ? "" : value.toString();
        try {
            ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new ConfigException(name, text, "is not a time zone: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "an IANA time zone id";
    }
}
