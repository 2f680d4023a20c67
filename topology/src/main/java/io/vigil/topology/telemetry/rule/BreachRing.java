package io.vigil.topology.telemetry.rule;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The last {@code n} breach bits of one (device, rule) and how many of them are set: taking a reading flips at most
 * one bit and adjusts the count, so k-of-n costs O(1) per reading whatever n is. Until n readings have been taken,
 * the window is the {@code seen} readings so far.
 */
public final class BreachRing {

    private final int size;
    private final byte[] bits;
    private int nextSlot;
    private int seen;
    private int breaches;

    private BreachRing(int size, byte[] bits, int nextSlot, int seen, int breaches) {
        this.size = size;
        this.bits = bits;
        this.nextSlot = nextSlot;
        this.seen = seen;
        this.breaches = breaches;
    }

    /** An empty ring of {@code size} slots. */
    public static BreachRing empty(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("A ring needs at least one slot, not " + size);
        }
        return new BreachRing(size, new byte[(size + 7) / 8], 0, 0, 0);
    }

    /** A ring as stored; the arguments come from {@link #bits()}, {@link #nextSlot()}, {@link #seen()} and so on. */
    public static BreachRing restore(int size, ByteBuffer storedBits, int nextSlot, int seen, int breaches) {
        byte[] bits = new byte[(size + 7) / 8];
        ByteBuffer copy = storedBits.duplicate();
        if (copy.remaining() != bits.length
                || nextSlot < 0
                || nextSlot >= size
                || seen < 0
                || seen > size
                || breaches < 0
                || breaches > seen) {
            throw new IllegalArgumentException("Stored ring does not fit " + size + " slots");
        }
        copy.get(bits);
        return new BreachRing(size, bits, nextSlot, seen, breaches);
    }

    /** Takes a reading: its bit replaces the oldest one once the ring is full. */
    public void add(boolean breach) {
        int index = nextSlot >>> 3;
        int mask = 1 << (nextSlot & 7);
        boolean evicted = seen == size && (bits[index] & mask) != 0;
        if (evicted) {
            breaches--;
        }
        if (breach) {
            bits[index] |= (byte) mask;
            breaches++;
        } else {
            bits[index] &= (byte) ~mask;
        }
        nextSlot = nextSlot + 1 == size ? 0 : nextSlot + 1;
        seen = Math.min(seen + 1, size);
    }

    /** How many of the readings in the window breached. */
    public int breaches() {
        return breaches;
    }

    /** How many readings the window holds: min(size, readings taken). */
    public int seen() {
        return seen;
    }

    public int size() {
        return size;
    }

    public int nextSlot() {
        return nextSlot;
    }

    /** A copy of the bits, for storing. */
    public ByteBuffer bits() {
        return ByteBuffer.wrap(Arrays.copyOf(bits, bits.length));
    }
}
