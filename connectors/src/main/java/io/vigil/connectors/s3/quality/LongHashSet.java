package io.vigil.connectors.s3.quality;

/**
 * A set of longs in one primitive array (open addressing, linear probing) holding at most a fixed number of
 * elements: no boxing, no per-element objects; the table is kept at most half full, so it takes at most 32 bytes
 * per element it may hold. Not thread-safe.
 */
final class LongHashSet {

    private static final int INITIAL_SLOTS = 1024;
    /** Keeps the table (a power of two, at most four times this) within the largest array. */
    static final int MAX_SIZE = 1 << 28;

    private final int maxSize;
    // 0 marks a free slot, so the value 0 itself is tracked apart
    private long[] slots = new long[INITIAL_SLOTS];
    private boolean containsZero;
    private int size;

    LongHashSet(int maxSize) {
        if (maxSize < 1 || maxSize > MAX_SIZE) {
            throw new IllegalArgumentException("maxSize must be in [1, " + MAX_SIZE + "]: " + maxSize);
        }
        this.maxSize = maxSize;
    }

    /**
     * Adds the value.
     *
     * @return false when the value was already there
     * @throws IllegalStateException when the set is full and the value is new
     */
    boolean add(long value) {
        if (value == 0) {
            boolean added = !containsZero;
            if (added) {
                grow();
                containsZero = true;
            }
            return added;
        }
        int mask = slots.length - 1;
        int i = spread(value) & mask;
        while (slots[i] != 0) {
            if (slots[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        grow();
        insert(slots, value);
        return true;
    }

    int size() {
        return size;
    }

    /** Counts one more element, doubling the table first when it would be more than half full. */
    private void grow() {
        if (size == maxSize) {
            throw new IllegalStateException("set is full at " + maxSize + " elements");
        }
        size++;
        if (size * 2L > slots.length) {
            long[] larger = new long[slots.length * 2];
            for (long value : slots) {
                if (value != 0) {
                    insert(larger, value);
                }
            }
            slots = larger;
        }
    }

    private static void insert(long[] table, long value) {
        int mask = table.length - 1;
        int i = spread(value) & mask;
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = value;
    }

    private static int spread(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
