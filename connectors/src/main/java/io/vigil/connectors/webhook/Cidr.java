package io.vigil.connectors.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * A block of IPv4 or IPv6 addresses, such as {@code 10.0.0.0/8} or {@code fc00::/7}. An IPv4 block never contains an
 * IPv6 address and the other way round: normalise IPv4-mapped addresses first ({@link TargetGuard} does).
 */
public final class Cidr {

    /** Only literal addresses: parsing a block must never trigger a DNS lookup. */
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F.:]+");

    private final byte[] network;
    private final int prefixLength;
    private final String text;

    private Cidr(byte[] network, int prefixLength, String text) {
        this.network = network;
        this.prefixLength = prefixLength;
        this.text = text;
    }

    /**
     * Parses {@code address/length}; a bare address is a block of one.
     *
     * @throws IllegalArgumentException if it is not a literal address with a length that fits it
     */
    public static Cidr parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        if (!LITERAL.matcher(address).matches() || (!address.contains(":") && address.split("\\.", -1).length != 4)) {
            throw new IllegalArgumentException("not an IP address block: " + text);
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address block: " + text, e);
        }
        int length;
        try {
            length = slash < 0 ? bytes.length * 8 : Integer.parseInt(trimmed.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an IP address block: " + text, e);
        }
        if (length < 0 || length > bytes.length * 8) {
            throw new IllegalArgumentException("prefix length out of range: " + text);
        }
        return new Cidr(bytes, length, trimmed);
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - remainingBits)) & 0xFF;
        return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
    }

    @Override
    public String toString() {
        return text;
    }
}
