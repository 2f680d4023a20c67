package io.vigil.api.auth;

import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;

/**
 * Who made a request, as established by an {@link ApiKeyAuthenticator}.
 *
 * @param keyPrefix the public prefix of the key used (safe to log; the secret never is)
 * @param tenant    the tenant the key belongs to, empty for the admin key which spans all tenants
 * @param scopes    what the key may do
 */
public record ApiPrincipal(String keyPrefix, Optional<String> tenant, Set<Scope> scopes) {

    public ApiPrincipal {
        scopes = Set.copyOf(scopes);
    }

    /**
     * Whether the principal may use a route that accepts any of {@code accepted}. The admin key may use every route;
     * a project's key only routes marked {@link ProjectKeys#WELCOME}, with a scope the route accepts (its own admin
     * scope counts for all of them).
     */
    public boolean mayUse(Set<? extends RouteRole> accepted) {
        if (tenant.isPresent() && !accepted.contains(ProjectKeys.WELCOME)) {
            return false;
        }
        return accepted.stream().noneMatch(role -> role instanceof Scope)
                || scopes.contains(Scope.ADMIN)
                || accepted.stream().anyMatch(role -> role instanceof Scope scope && scopes.contains(scope));
    }

    /** Whether this is the installation's admin key, which spans every tenant. */
    public boolean isInstallationAdmin() {
        return tenant.isEmpty() && scopes.contains(Scope.ADMIN);
    }
}
