package io.vigil.api.query;

import io.vigil.api.error.ApiException;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** String keys as they are; rejects empty, oversized and control-character keys, which no Vigil topic uses. */
final class StringKeyCodec implements KeyCodec<String> {

    static final int MAX_KEY_LENGTH = 1024;

    private final Serializer<String> serializer = new StringSerializer();

    @Override
    public Serializer<String> serializer() {
        return serializer;
    }

    @Override
    public String encode(String key) {
        return key;
    }

    @Override
    public String decode(String text) {
        if (text == null || text.isEmpty()) {
            throw ApiException.badRequest("The key must not be empty");
        }
        if (text.length() > MAX_KEY_LENGTH) {
            throw ApiException.badRequest("The key is longer than " + MAX_KEY_LENGTH + " characters");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("The key must not contain control characters");
        }
        return text;
    }
}
