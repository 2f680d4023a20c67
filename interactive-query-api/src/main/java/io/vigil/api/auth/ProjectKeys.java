package io.vigil.api.auth;

import io.javalin.security.RouteRole;

/**
 * Marks the routes a project's own API keys may use, next to the {@link Scope}s they need: the telemetry and tenancy
 * routes, which check that the project named or reached is the key's own. Every other route serves the whole
 * installation and takes the admin key only, whatever scopes a project key has.
 */
public enum ProjectKeys implements RouteRole {
    WELCOME
}
