package io.vigil.api.query;

/**
 * The keys of a store from {@code from} (inclusive) up to {@code to} (exclusive), in the store's key order (unsigned
 * bytes of the serialised key); a null bound leaves that side open.
 *
 * @param from the first key of the range, or null for the store's first key
 * @param to   the key that ends the range, itself left out, or null for no end
 * @param <K>  the key type
 */
public record KeyRange<K>(K from, K to) {

    /** Every key. */
    public static <K> KeyRange<K> all() {
        return new KeyRange<>(null, null);
    }

    /**
     * Every string key that starts with {@code prefix}. UTF-8 keeps code-point order, so the range ends at the
     * prefix with its last character raised by one; the prefix must not end in {@code U+FFFF} or a surrogate.
     */
    public static KeyRange<String> prefix(String prefix) {
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("an empty prefix is every key: use all()");
        }
        char last = prefix.charAt(prefix.length() - 1);
        if (last == Character.MAX_VALUE || Character.isSurrogate(last)) {
            throw new IllegalArgumentException("a prefix must not end in U+FFFF or a surrogate");
        }
        return new KeyRange<>(prefix, prefix.substring(0, prefix.length() - 1) + (char) (last + 1));
    }
}
