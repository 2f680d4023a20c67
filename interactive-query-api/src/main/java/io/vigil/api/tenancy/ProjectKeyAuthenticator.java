package io.vigil.api.tenancy;

import io.vigil.api.auth.AdminKeyAuthenticator;
import io.vigil.api.auth.ApiKey;
import io.vigil.api.auth.ApiKeyAuthenticator;
import io.vigil.api.auth.ApiPrincipal;
import io.vigil.api.auth.Scope;
import io.vigil.schema.tenancy.KeyScope;
import io.vigil.schema.tenancy.ProjectApiKey;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Accepts the API keys issued to projects: the key's prefix finds its record, the SHA-256 of the secret is compared in
 * constant time with the stored one, and a revoked key is refused. The secret is 32 random bytes, so a fast hash is
 * enough: nobody can guess such a secret, and a slow password hash would only slow down every request.
 */
public final class ProjectKeyAuthenticator implements ApiKeyAuthenticator {

    private final Function<String, Optional<ProjectApiKey>> keysByPrefix;

    /** @param keysByPrefix the stored key of a prefix, e.g. from the global {@code tenancy-api-keys} store */
    public ProjectKeyAuthenticator(Function<String, Optional<ProjectApiKey>> keysByPrefix) {
        this.keysByPrefix = keysByPrefix;
    }

    @Override
    public Optional<ApiPrincipal> authenticate(ApiKey key) {
        return keysByPrefix
                .apply(key.prefix())
                .filter(stored -> stored.getRevokedAt() == null)
                .filter(stored -> MessageDigest.isEqual(
                        bytes(stored.getSecretSha256()), AdminKeyAuthenticator.sha256(key.secret())))
                .map(stored -> new ApiPrincipal(key.prefix(), Optional.of(stored.getProjectId()), scopes(stored)));
    }

    private static Set<Scope> scopes(ProjectApiKey stored) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (KeyScope scope : stored.getScopes()) {
            scopes.add(
                    switch (scope) {
                        case ingest -> Scope.INGEST;
                        case read -> Scope.READ;
                        case admin -> Scope.ADMIN;
                    });
        }
        return scopes;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
