package io.vigil.api.auth;

import io.javalin.security.RouteRole;

/**
 * What an API key may do. Routes that need more than an authenticated caller declare the scopes they accept as
 * Javalin route roles, e.g. {@code routes.get("/x", handler, Scope.READ, Scope.ADMIN)}.
 */
public enum Scope implements RouteRole {
    /** Write data through the ingestion endpoints. */
    INGEST,
    /** Read state: queries over the stores. */
    READ,
    /** Everything, across tenants. */
    ADMIN
}
