package io.vigil.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vigil.api.auth.ApiKeyAuthenticator;
import io.vigil.api.auth.AuthFilter;
import io.vigil.api.docs.ApiDocsRoutes;
import io.vigil.api.error.ErrorResponses;
import io.vigil.api.error.JsonErrorPageHandler;
import io.vigil.api.health.HealthRoutes;
import io.vigil.api.health.ReadinessCheck;
import io.vigil.api.metrics.HttpRequestMetrics;
import io.vigil.api.metrics.MetricsRoutes;
import io.vigil.api.ratelimit.RateLimitFilter;
import io.vigil.api.ratelimit.RateLimiter;
import io.vigil.api.sensor.SensorUploadRoutes;
import io.vigil.api.trace.RequestIds;
import io.vigil.api.ui.UiRoutes;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API: the given route groups behind API-key authentication, plus the public health, readiness, metrics and
 * documentation routes. Every failure answers {@code {"error", "message"}} JSON; request bodies are size-limited.
 */
public final class ApiServer implements AutoCloseable {

    /** Routes that need no API key, as registered. */
    public static final Set<String> PUBLIC_ROUTES = Set.of(
            HealthRoutes.HEALTH,
            HealthRoutes.READY,
            MetricsRoutes.METRICS,
            ApiDocsRoutes.OPENAPI_JSON,
            ApiDocsRoutes.OPENAPI_YAML,
            ApiDocsRoutes.DOCS,
            ApiDocsRoutes.DOCS_ASSET,
            // the UI's pages check its cookie themselves, to send a visitor without one to the login form
            UiRoutes.HOME,
            UiRoutes.FILE,
            UiRoutes.LOGIN,
            UiRoutes.LOGOUT,
            UiRoutes.ASSET);

    /** Routes that read their body as a stream and bound it themselves, exempt from the general body limit. */
    public static final Set<String> STREAMED_BODY_ROUTES = Set.of(SensorUploadRoutes.FILES);

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final ApiSettings settings;
    private final Javalin javalin;

    /**
     * @param settings        where to listen and how large a body may be
     * @param routeGroups     the feature routes, each requiring an API key
     * @param authenticator   checks API keys
     * @param readinessChecks what {@code /ready} checks
     * @param meterRegistry   served at {@code /metrics}; HTTP request timings are recorded into it
     */
    public ApiServer(
            ApiSettings settings,
            List<RouteGroup> routeGroups,
            ApiKeyAuthenticator authenticator,
            List<ReadinessCheck> readinessChecks,
            PrometheusMeterRegistry meterRegistry) {
        this.settings = settings;
        ObjectMapper json = ApiJson.newMapper();
        List<RouteGroup> groups =
                List.of(new HealthRoutes(readinessChecks), new MetricsRoutes(meterRegistry), new ApiDocsRoutes(json));
        this.javalin = Javalin.create(config -> {
            configure(config, json, authenticator, meterRegistry);
            groups.forEach(group -> group.addTo(config.routes));
            routeGroups.forEach(group -> group.addTo(config.routes));
        });
    }

    private void configure(
            JavalinConfig config,
            ObjectMapper json,
            ApiKeyAuthenticator authenticator,
            PrometheusMeterRegistry meterRegistry) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorPageHandler(json)));
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setMinRequestDataRate(settings.connections().minRequestBytesPerSecond());
        });
        config.jetty.addConnector(this::connector);
        config.http.maxRequestSize = settings.maxRequestBytes();
        config.http.prefer405over404 = true;
        config.jsonMapper(new JavalinJackson(json, false));
        config.requestLogger.http(new HttpRequestMetrics(meterRegistry));
        config.routes.before(RequestIds.assign());
        config.routes.after(RequestIds.release());
        // load balancers poll health and readiness and must not be refused for it
        config.routes.before(RateLimitFilter.perIp(
                RateLimiter.perSecond(settings.ratePerIp()),
                Set.of(HealthRoutes.HEALTH, HealthRoutes.READY),
                meterRegistry));
        config.routes.before(new BodyLimitFilter(settings.maxRequestBytes(), STREAMED_BODY_ROUTES));
        config.routes.beforeMatched(new AuthFilter(authenticator, PUBLIC_ROUTES));
        config.routes.beforeMatched(
                RateLimitFilter.perKey(RateLimiter.perSecond(settings.ratePerKey()), meterRegistry));
        ErrorResponses errors = new ErrorResponses();
        errors.addTo(config.routes);
        config.router.javaLangErrorHandler(errors.errorHandler(json));
    }

    /** The one connector: where to listen, and the idle and header timeouts that keep slow clients out. */
    private ServerConnector connector(Server server, HttpConfiguration http) {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(settings.connections().idleTimeout().toMillis());
        connector.addEventListener(new HeaderDeadline(
                connector.getScheduler(), settings.connections().headerTimeout()));
        return connector;
    }

    /** Binds the port and starts serving. */
    public ApiServer start() {
        javalin.start();
        LOG.info("API listening on {}:{}", settings.host(), javalin.port());
        return this;
    }

    /** The bound port; with port 0 in the settings, the one the system chose. */
    public int port() {
        return javalin.port();
    }

    /** Every HTTP route the server answers, public ones included. */
    public List<RegisteredRoute> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> new RegisteredRoute(endpoint.method.name(), endpoint.path))
                .toList();
    }

    @Override
    public void close() {
        javalin.stop();
        LOG.info("API on port {} stopped", settings.port());
    }
}
