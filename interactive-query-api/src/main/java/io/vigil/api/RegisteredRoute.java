package io.vigil.api;

/**
 * One HTTP route the server answers, as registered: e.g. {@code GET /buckets/{bucket}}.
 *
 * @param method the HTTP method in upper case
 * @param path   the path template with Javalin's {@code {param}} placeholders
 */
public record RegisteredRoute(String method, String path) {}
