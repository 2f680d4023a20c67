package io.vigil.api;

import io.javalin.config.RoutesConfig;

/**
 * The HTTP routes one feature contributes. The API server calls each group once while it configures Javalin; every
 * route a group adds requires an API key unless the server lists its path as public.
 */
@FunctionalInterface
public interface RouteGroup {

    void addTo(RoutesConfig routes);
}
