package io.vigil.api.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.api.auth.AdminKeyAuthenticator;
import io.vigil.api.auth.ApiKey;
import io.vigil.api.auth.ApiPrincipal;
import io.vigil.api.auth.ProjectKeys;
import io.vigil.api.auth.Scope;
import io.vigil.schema.tenancy.KeyScope;
import io.vigil.schema.tenancy.ProjectApiKey;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectKeyAuthenticatorTest {

    private static final String SECRET = "s3cr3t-s3cr3t-s3cr3t-s3cr3t-0123456789abc";

    private final Map<String, ProjectApiKey> stored = new HashMap<>();
    private final ProjectKeyAuthenticator authenticator =
            new ProjectKeyAuthenticator(prefix -> Optional.ofNullable(stored.get(prefix)));

    @Test
    void acceptsTheKeyWhoseSecretHashesToTheStoredHashAsItsProjectWithItsScopes() {
        stored.put("vk_a", key("vk_a", null, KeyScope.ingest, KeyScope.read));

        ApiPrincipal principal =
                authenticator.authenticate(new ApiKey("vk_a", SECRET)).orElseThrow();

        assertThat(principal.tenant()).contains("project-1");
        assertThat(principal.scopes()).containsExactlyInAnyOrder(Scope.INGEST, Scope.READ);
        assertThat(principal.isInstallationAdmin()).isFalse();
    }

    @Test
    void refusesAWrongSecretAnUnknownPrefixAndARevokedKey() {
        stored.put("vk_a", key("vk_a", null, KeyScope.admin));
        stored.put("vk_b", key("vk_b", Instant.now(), KeyScope.admin));

        assertThat(authenticator.authenticate(new ApiKey("vk_a", SECRET + "x"))).isEmpty();
        assertThat(authenticator.authenticate(new ApiKey("vk_z", SECRET))).isEmpty();
        assertThat(authenticator.authenticate(new ApiKey("vk_b", SECRET))).isEmpty();
    }

    @Test
    void projectKeysUseOnlyRoutesMarkedForThemAndWithAScopeTheyHold() {
        ApiPrincipal reader = new ApiPrincipal("vk_a", Optional.of("project-1"), Set.of(Scope.READ));
        ApiPrincipal projectAdmin = new ApiPrincipal("vk_b", Optional.of("project-1"), Set.of(Scope.ADMIN));
        ApiPrincipal installation = new ApiPrincipal("admin", Optional.empty(), Set.of(Scope.values()));

        assertThat(reader.mayUse(Set.of(ProjectKeys.WELCOME, Scope.READ))).isTrue();
        assertThat(reader.mayUse(Set.of(ProjectKeys.WELCOME, Scope.INGEST))).isFalse();
        assertThat(reader.mayUse(Set.of(Scope.READ))).isFalse();
        assertThat(reader.mayUse(Set.of())).isFalse();
        assertThat(projectAdmin.mayUse(Set.of(ProjectKeys.WELCOME, Scope.INGEST)))
                .isTrue();
        assertThat(projectAdmin.mayUse(Set.of(Scope.ADMIN))).isFalse();
        assertThat(installation.mayUse(Set.of(Scope.ADMIN))).isTrue();
        assertThat(installation.isInstallationAdmin()).isTrue();
    }

    private static ProjectApiKey key(String prefix, Instant revokedAt, KeyScope... scopes) {
        return ProjectApiKey.newBuilder()
                .setPrefix(prefix)
                .setProjectId("project-1")
                .setOrgId("org-1")
                .setSecretSha256(ByteBuffer.wrap(AdminKeyAuthenticator.sha256(SECRET)))
                .setScopes(List.of(scopes))
                .setCreatedAt(Instant.now())
                .setRevokedAt(revokedAt)
                .build();
    }
}
