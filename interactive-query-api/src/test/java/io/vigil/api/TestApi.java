package io.vigil.api;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vigil.api.auth.AdminKeyAuthenticator;
import io.vigil.api.auth.ApiKeyAuthenticator;
import io.vigil.api.health.ReadinessCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** A started API server on a random port plus an HTTP client for it; close it after the test. */
public final class TestApi implements AutoCloseable {

    /** A well-formed admin key for tests. */
    public static final String ADMIN_KEY = "admin_test.c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA";

    private final ApiServer server;
    private final PrometheusMeterRegistry registry;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestApi(ApiServer server, PrometheusMeterRegistry registry) {
        this.server = server;
        this.registry = registry;
    }

    /** A server with the admin key, the given route groups and readiness checks. */
    public static TestApi start(List<RouteGroup> groups, List<ReadinessCheck> checks) {
        return start(ApiSettings.of("127.0.0.1", 0), groups, new AdminKeyAuthenticator(ADMIN_KEY), checks);
    }

    public static TestApi start(
            ApiSettings settings,
            List<RouteGroup> groups,
            ApiKeyAuthenticator authenticator,
            List<ReadinessCheck> checks) {
        return start(settings, groups, authenticator, checks, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    public static TestApi start(
            ApiSettings settings,
            List<RouteGroup> groups,
            ApiKeyAuthenticator authenticator,
            List<ReadinessCheck> checks,
            PrometheusMeterRegistry registry) {
        ApiServer server = new ApiServer(settings, groups, authenticator, checks, registry).start();
        return new TestApi(server, registry);
    }

    public ApiServer server() {
        return server;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    /** A request builder for the path, with no credentials. */
    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(10));
    }

    /** GET with the admin key. */
    public HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).header("X-API-Key", ADMIN_KEY).GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(http, request);
    }

    /**
     * On a connection of its own: the server drops the connection of a request it refuses before reading its body, and
     * a pooled client could send the next request on it as it closes.
     */
    public HttpResponse<String> sendOnNewConnection(HttpRequest.Builder request) {
        return send(HttpClient.newHttpClient(), request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        registry.close();
    }
}
