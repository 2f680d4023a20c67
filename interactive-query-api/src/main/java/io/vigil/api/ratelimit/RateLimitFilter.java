package io.vigil.api.ratelimit;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vigil.api.auth.ApiPrincipal;
import io.vigil.api.auth.AuthFilter;
import io.vigil.api.error.ApiException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a request with 429 and {@code Retry-After} when its client is over its {@link RateLimiter}, and counts the
 * refusal in {@value #REJECTED_METER}, tagged with which limit refused it.
 */
public final class RateLimitFilter implements Handler {

    /** Counts refused requests; tag {@code limit} is {@code key} or {@code ip}. */
    public static final String REJECTED_METER = "vigil.http.rate.limited";

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitFilter.class);

    private final String limit;
    private final RateLimiter limiter;
    private final Function<Context, Optional<String>> clientOf;
    private final Counter rejected;

    private RateLimitFilter(
            String limit, RateLimiter limiter, Function<Context, Optional<String>> clientOf, MeterRegistry meters) {
        this.limit = limit;
        this.limiter = limiter;
        this.clientOf = clientOf;
        this.rejected = Counter.builder(REJECTED_METER)
                .description("Requests refused with 429 by a rate limit")
                .tag("limit", limit)
                .register(meters);
    }

    /**
     * Limits every request by its client IP, as Javalin sees it: a forwarding header is not trusted, since any client
     * can set one. Meant to run before routing, so that requests to unknown routes count too.
     *
     * @param exemptPaths exact paths never limited, e.g. the health checks load balancers poll
     */
    public static RateLimitFilter perIp(RateLimiter limiter, Set<String> exemptPaths, MeterRegistry meters) {
        Set<String> exempt = Set.copyOf(exemptPaths);
        return new RateLimitFilter(
                "ip", limiter, ctx -> exempt.contains(ctx.path()) ? Optional.empty() : Optional.of(ctx.ip()), meters);
    }

    /**
     * Limits authenticated requests by the prefix of their API key; public routes, which carry no key, are left to the
     * per-IP limit. Must run after the {@link AuthFilter}.
     */
    public static RateLimitFilter perKey(RateLimiter limiter, MeterRegistry meters) {
        return new RateLimitFilter(
                "key", limiter, ctx -> AuthFilter.principal(ctx).map(ApiPrincipal::keyPrefix), meters);
    }

    @Override
    public void handle(Context ctx) {
        clientOf.apply(ctx).ifPresent(client -> limiter.tryAcquire(client).ifPresent(seconds -> {
            rejected.increment();
            LOG.debug("Rate limit per {} refused {} {} from {}", limit, ctx.method(), ctx.path(), client);
            throw ApiException.tooManyRequests(seconds);
        }));
    }
}
