package io.vigil.api.auth;

import java.util.List;
import java.util.Optional;

/** Asks each authenticator in turn (the admin key, then the projects' keys) and takes the first that knows the key. */
public final class FirstMatchAuthenticator implements ApiKeyAuthenticator {

    private final List<ApiKeyAuthenticator> authenticators;

    public FirstMatchAuthenticator(List<ApiKeyAuthenticator> authenticators) {
        this.authenticators = List.copyOf(authenticators);
    }

    @Override
    public Optional<ApiPrincipal> authenticate(ApiKey key) {
        for (ApiKeyAuthenticator authenticator : authenticators) {
            Optional<ApiPrincipal> principal = authenticator.authenticate(key);
            if (principal.isPresent()) {
                return principal;
            }
        }
        return Optional.empty();
    }
}
