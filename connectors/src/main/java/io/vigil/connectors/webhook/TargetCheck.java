package io.vigil.connectors.webhook;

import java.net.InetAddress;
import java.util.List;

/**
 * What {@link TargetGuard} found about a webhook URL: allowed, with the addresses it checked, or refused, with a reason
 * that is safe to show to the user who entered the URL.
 *
 * @param addresses every address the host resolved to, all checked; empty when refused before resolution
 * @param reason why it was refused; null when allowed
 */
public record TargetCheck(boolean allowed, List<InetAddress> addresses, String reason) {

    static TargetCheck allow(List<InetAddress> addresses) {
        return new TargetCheck(true, List.copyOf(addresses), null);
    }

    static TargetCheck refuse(String reason) {
        return new TargetCheck(false, List.of(), reason);
    }
}
