package io.vigil.connectors.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps webhook deliveries from reaching the inside of the network they are sent from (SSRF): a webhook URL is user
 * input, and without this check anyone who may create a webhook could make Vigil POST to the cloud metadata service,
 * the broker or an admin port on localhost. Only http and https; the host is resolved and refused if ANY of its
 * addresses is loopback, private, link-local, unique-local, unspecified, multicast, shared (CGNAT) or reserved, IPv4
 * or IPv6, including IPv4 addresses written in IPv4-mapped IPv6 form, unless the address is inside a configured
 * allow-list (development allows loopback).
 *
 * <p>The API calls {@link #check} when a webhook is created, and the sender before every attempt and every redirect.
 * What remains: {@code java.net.http.HttpClient} resolves the host again when it connects, so a name whose DNS answer
 * changes between the check and the connection (DNS rebinding with a very short TTL) can still slip through in that
 * window of milliseconds. Pinning the checked address would need a client that connects to a given IP while sending
 * the original Host and SNI, which the JDK client cannot do.
 */
public final class TargetGuard {

    private static final List<Blocked> BLOCKED = List.of(
            new Blocked("0.0.0.0/8", "an unspecified (this-network) address"),
            new Blocked("10.0.0.0/8", "a private address"),
            new Blocked("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
            new Blocked("127.0.0.0/8", "a loopback address"),
            new Blocked("169.254.0.0/16", "a link-local address"),
            new Blocked("172.16.0.0/12", "a private address"),
            new Blocked("192.0.0.0/24", "an IETF protocol address"),
            new Blocked("192.168.0.0/16", "a private address"),
            new Blocked("198.18.0.0/15", "a benchmarking address"),
            new Blocked("224.0.0.0/4", "a multicast address"),
            new Blocked("240.0.0.0/4", "a reserved or broadcast address"),
            new Blocked("::/128", "an unspecified address"),
            new Blocked("::1/128", "a loopback address"),
            new Blocked("fc00::/7", "a unique-local address"),
            new Blocked("fe80::/10", "a link-local address"),
            new Blocked("fec0::/10", "a site-local address"),
            new Blocked("ff00::/8", "a multicast address"));

    private final AddressResolver resolver;
    private final List<Cidr> allowed;

    /** @param allowed blocks that may be reached even though they are blocked by default (e.g. loopback in dev) */
    public TargetGuard(AddressResolver resolver, List<Cidr> allowed) {
        this.resolver = resolver;
        this.allowed = List.copyOf(allowed);
    }

    /** Whether a delivery to {@code url} may go out now; resolves its host. */
    public TargetCheck check(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return TargetCheck.refuse("only http and https URLs are allowed");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            return TargetCheck.refuse("the URL has no host");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        List<InetAddress> addresses;
        try {
            addresses = Arrays.asList(resolver.resolve(host));
        } catch (UnknownHostException e) {
            return TargetCheck.refuse("the host " + host + " does not resolve");
        }
        if (addresses.isEmpty()) {
            return TargetCheck.refuse("the host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = refusal(address);
            if (refusal.isPresent()) {
                return TargetCheck.refuse(
                        "the host " + host + " resolves to " + address.getHostAddress() + ", " + refusal.get());
            }
        }
        return TargetCheck.allow(addresses);
    }

    /**
     * Why a delivery to {@code url} may not go out, or empty when it may: the shape the API's webhook routes take
     * ({@code WebhookTargetCheck}), so that a bad URL is refused when the webhook is created, not at its first alert.
     */
    public Optional<String> refusal(URI url) {
        TargetCheck check = check(url);
        return check.allowed() ? Optional.empty() : Optional.of(check.reason());
    }

    private Optional<String> refusal(InetAddress resolved) {
        InetAddress address = unmapped(resolved);
        if (allowed.stream().anyMatch(block -> block.contains(address))) {
            return Optional.empty();
        }
        return BLOCKED.stream()
                .filter(blocked -> blocked.cidr().contains(address))
                .map(Blocked::what)
                .findFirst();
    }

    /** The IPv4 address inside an IPv4-mapped IPv6 one ({@code ::ffff:a.b.c.d}), which reaches that IPv4 host. */
    static InetAddress unmapped(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] bytes = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return address;
            }
        }
        if (bytes[10] != (byte) 0xFF || bytes[11] != (byte) 0xFF) {
            return address;
        }
        try {
            return Inet4Address.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private record Blocked(Cidr cidr, String what) {
        Blocked(String cidr, String what) {
            this(Cidr.parse(cidr), what);
        }
    }
}
