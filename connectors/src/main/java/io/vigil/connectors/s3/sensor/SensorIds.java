package io.vigil.connectors.s3.sensor;

/**
 * Makes sensor ids into strings, reusing the string of a recently seen id: files repeat a few ids millions of times,
 * and one string per id instead of one per row keeps the hot loop from allocating. A small direct-mapped cache of short
 * ids, so its memory is bounded whatever the file holds.
 */
final class SensorIds {

    private static final int SLOTS = 1024;
    private static final int MAX_CACHED_CHARS = 64;

    private final String[] cache = new String[SLOTS];

    /** The id in {@code text[from, to)} (already trimmed, not empty). */
    String of(char[] text, int from, int to) {
        int length = to - from;
        if (length > MAX_CACHED_CHARS) {
            return new String(text, from, length);
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text[i];
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        String cached = cache[slot];
        if (cached != null && sameText(cached, text, from, to)) {
            return cached;
        }
        String id = new String(text, from, length);
        cache[slot] = id;
        return id;
    }

    private static boolean sameText(String id, char[] text, int from, int to) {
        if (id.length() != to - from) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) != text[from + i]) {
                return false;
            }
        }
        return true;
    }
}
