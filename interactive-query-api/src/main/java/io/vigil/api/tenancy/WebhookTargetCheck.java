package io.vigil.api.tenancy;

import java.net.URI;
import java.util.Optional;

/**
 * Whether a webhook URL may be a delivery target: the same check the webhook sender makes before every delivery
 * (no private, loopback or link-local address after DNS resolution, unless allowed), made once more when the webhook
 * is created so that a bad URL is refused at once.
 */
@FunctionalInterface
public interface WebhookTargetCheck {

    /** Why {@code url} may not be a target, or empty when it may. */
    Optional<String> refusal(URI url);
}
