package io.vigil.api.query;

import org.apache.kafka.common.serialization.Serializer;

/**
 * How a store's keys travel: serialised as Kafka Streams partitions them, and as text in URLs, cursors and JSON.
 *
 * @param <K> the key type of the store
 */
public interface KeyCodec<K> {

    /** The serializer the store's topic is partitioned with; it also defines the store's key order. */
    Serializer<K> serializer();

    /** The key as text; {@link #decode} gives it back. */
    String encode(K key);

    /**
     * The key written as text by a client or another instance.
     *
     * @throws io.vigil.api.error.ApiException 400 when the text is no valid key
     */
    K decode(String text);

    /** UTF-8 string keys, the kind every Vigil topic uses. */
    static KeyCodec<String> strings() {
        return new StringKeyCodec();
    }
}
