package io.vigil.config;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/** An API key is {@code prefix.secret}; the secret must be long enough to be unguessable. Never echoes the value. */
final class ApiKeyValidator implements ConfigDef.Validator {

    static final int MIN_SECRET_CHARS = 32;

    @Override
    public void ensureValid(String name, Object value) {
        if (value == null) {
            return;
        }
        String key = ((Password) value).value();
        int dot = key.indexOf('.');
        if (dot <= 0 || key.length() - dot - 1 < MIN_SECRET_CHARS) {
            throw new ConfigException(name + " must look like prefix.secret with a secret of at least "
                    + MIN_SECRET_CHARS + " characters (the value is not shown)");
        }
    }

    @Override
    public String toString() {
        return "prefix.secret, secret ≥ " + MIN_SECRET_CHARS + " chars";
    }
}
