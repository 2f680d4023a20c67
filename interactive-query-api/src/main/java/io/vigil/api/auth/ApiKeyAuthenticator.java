package io.vigil.api.auth;

import java.util.Optional;

/**
 * Decides whether a presented API key is valid. Implementations compare keys in constant time and never log them.
 * The admin key is one implementation; per-tenant keys stored in Kafka will be another.
 */
@FunctionalInterface
public interface ApiKeyAuthenticator {

    /** The principal the key belongs to, or empty when the key is unknown. */
    Optional<ApiPrincipal> authenticate(ApiKey key);
}
