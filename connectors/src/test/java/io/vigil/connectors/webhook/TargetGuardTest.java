package io.vigil.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetGuardTest {

    /** Host names that resolve to the given literal addresses; anything else does not resolve. */
    private static AddressResolver table(Map<String, List<String>> hosts) {
        return host -> {
            List<String> addresses = hosts.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] resolved = new InetAddress[addresses.size()];
            for (int i = 0; i < resolved.length; i++) {
                resolved[i] = InetAddress.getByName(addresses.get(i));
            }
            return resolved;
        };
    }

    private static TargetCheck check(String address, List<Cidr> allowed) {
        TargetGuard guard = new TargetGuard(table(Map.of("hooks.example", List.of(address))), allowed);
        return guard.check(URI.create("https://hooks.example/in"));
    }

    @ParameterizedTest
    @CsvSource({
        "0.0.0.0, unspecified",
        "0.1.2.3, unspecified",
        "10.0.0.1, private",
        "10.255.255.255, private",
        "100.64.0.1, carrier-grade NAT",
        "100.127.255.254, carrier-grade NAT",
        "127.0.0.1, loopback",
        "127.8.9.10, loopback",
        "169.254.169.254, link-local",
        "172.16.0.1, private",
        "172.31.255.255, private",
        "192.0.0.8, IETF protocol",
        "192.168.1.1, private",
        "198.18.0.1, benchmarking",
        "224.0.0.1, multicast",
        "239.255.255.250, multicast",
        "240.0.0.1, reserved",
        "255.255.255.255, broadcast",
        "::, unspecified",
        "::1, loopback",
        "fc00::1, unique-local",
        "fd12:3456:789a::1, unique-local",
        "fe80::1, link-local",
        "febf::1, link-local",
        "fec0::1, site-local",
        "ff02::1, multicast",
        "::ffff:127.0.0.1, loopback",
        "::ffff:10.1.2.3, private",
        "::ffff:169.254.169.254, link-local",
        "::ffff:100.64.0.1, carrier-grade NAT"
    })
    void shouldRefuseEveryInternalRange(String address, String what) {
        TargetCheck check = check(address, List.of());

        assertThat(check.allowed()).isFalse();
        assertThat(check.reason()).contains("hooks.example").contains(what);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "93.184.215.14",
                "8.8.8.8",
                "100.63.255.255",
                "100.128.0.1",
                "172.15.255.255",
                "172.32.0.1",
                "169.253.0.1",
                "192.169.0.1",
                "11.0.0.1",
                "2606:2800:21f:cb07:6820:80da:af6b:8b2c",
                "::ffff:8.8.8.8",
                "2001:4860:4860::8888"
            })
    void shouldAllowPublicAddresses(String address) {
        TargetCheck check = check(address, List.of());

        assertThat(check.allowed()).as(check.reason()).isTrue();
        assertThat(check.addresses()).hasSize(1);
    }

    @Test
    void shouldRefuseAHostIfAnyOfItsAddressesIsInternal() {
        TargetGuard guard =
                new TargetGuard(table(Map.of("mixed.example", List.of("93.184.215.14", "10.0.0.5"))), List.of());

        TargetCheck check = guard.check(URI.create("https://mixed.example/hook"));

        assertThat(check.allowed()).isFalse();
        assertThat(check.reason()).contains("10.0.0.5");
    }

    @Test
    void shouldAllowAnInternalAddressInsideTheAllowList() {
        List<Cidr> dev = List.of(Cidr.parse("127.0.0.0/8"), Cidr.parse("::1/128"));

        assertThat(check("127.0.0.1", dev).allowed()).isTrue();
        assertThat(check("::1", dev).allowed()).isTrue();
        assertThat(check("::ffff:127.0.0.1", dev).allowed())
                .as("an IPv4-mapped form is judged as the IPv4 address")
                .isTrue();
        assertThat(check("10.0.0.1", dev).allowed())
                .as("only the blocks listed")
                .isFalse();
        assertThat(check("10.0.0.1", List.of(Cidr.parse("10.0.0.0/30"))).allowed())
                .isTrue();
        assertThat(check("10.0.0.4", List.of(Cidr.parse("10.0.0.0/30"))).allowed())
                .isFalse();
    }

    @Test
    void shouldRefuseOtherSchemesAndUnresolvableHosts() {
        TargetGuard guard = new TargetGuard(table(Map.of("hooks.example", List.of("8.8.8.8"))), List.of());

        assertThat(guard.check(URI.create("ftp://hooks.example/x")).reason()).contains("only http and https");
        assertThat(guard.check(URI.create("file:///etc/passwd")).allowed()).isFalse();
        assertThat(guard.check(URI.create("http:///no-host")).allowed()).isFalse();
        assertThat(guard.check(URI.create("https://nowhere.example/x")).reason())
                .contains("does not resolve");
        assertThat(guard.check(URI.create("http://hooks.example:8443/x")).allowed())
                .isTrue();
    }

    @Test
    void shouldGiveTheApiAReasonOnlyWhenRefused() {
        TargetGuard guard = new TargetGuard(
                table(Map.of("hooks.example", List.of("8.8.8.8"), "inside.example", List.of("10.1.1.1"))), List.of());

        assertThat(guard.refusal(URI.create("https://hooks.example/in"))).isEmpty();
        assertThat(guard.refusal(URI.create("https://inside.example/in")))
                .hasValue("the host inside.example resolves to 10.1.1.1, a private address");
    }

    @Test
    void shouldCheckLiteralAddressesInUrls() {
        TargetGuard guard = new TargetGuard(AddressResolver.SYSTEM, List.of());

        assertThat(guard.check(URI.create("http://127.0.0.1:9092/")).allowed()).isFalse();
        assertThat(guard.check(URI.create("http://[::1]:8080/")).allowed()).isFalse();
        assertThat(guard.check(URI.create("http://[::ffff:169.254.169.254]/latest/meta-data"))
                        .allowed())
                .isFalse();
    }

    @Test
    void shouldJudgeAnIpv4MappedIpv6AddressAsItsIpv4Address() throws Exception {
        byte[] mapped = {
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 169, (byte) 254, (byte) 169, (byte) 254
        };
        InetAddress metadata = Inet6Address.getByAddress(null, mapped, -1);
        TargetGuard guard = new TargetGuard(host -> new InetAddress[] {metadata}, List.of());

        assertThat(metadata).isInstanceOf(Inet6Address.class);
        assertThat(guard.check(URI.create("https://rebound.example/")).reason()).contains("link-local");
    }

    @Test
    void shouldParseOnlyLiteralBlocks() {
        assertThat(Cidr.parse("192.168.0.0/16").contains(addr("192.168.200.1"))).isTrue();
        assertThat(Cidr.parse("192.168.0.0/16").contains(addr("192.169.0.1"))).isFalse();
        assertThat(Cidr.parse("fc00::/7").contains(addr("fdff::1"))).isTrue();
        assertThat(Cidr.parse("fc00::/7").contains(addr("fe00::1"))).isFalse();
        assertThat(Cidr.parse("10.0.0.0/8").contains(addr("::1"))).isFalse();
        assertThat(Cidr.parse("203.0.113.7").contains(addr("203.0.113.7"))).isTrue();
        assertThatThrownBy(() -> Cidr.parse("localhost/8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cidr.parse("10.0.0/8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cidr.parse("::1/x")).isInstanceOf(IllegalArgumentException.class);
    }

    private static InetAddress addr(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
