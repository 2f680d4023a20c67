package io.vigil.api.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.vigil.api.error.ApiException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before every matched route: lets public routes through, otherwise requires a valid API key with a scope the
 * route accepts. The authenticated principal and key are left on the request for handlers (see {@link #principal}
 * and {@link #apiKey}).
 */
public final class AuthFilter implements Handler {

    private static final Logger LOG = LoggerFactory.getLogger(AuthFilter.class);
    private static final String PRINCIPAL_ATTRIBUTE = "vigil.principal";
    private static final String KEY_ATTRIBUTE = "vigil.api-key";

    /** The header and value the web UI's script puts on the requests it makes. */
    public static final String UI_REQUEST_HEADER = "X-Requested-With";

    public static final String UI_REQUEST_MARK = "vigil-ui";

    private final ApiKeyAuthenticator authenticator;
    private final CredentialExtractor extractor;
    private final Set<String> publicRoutes;

    /**
     * @param authenticator checks presented keys
     * @param publicRoutes  route paths (as registered, e.g. {@code /docs/{asset}}) that need no key
     */
    public AuthFilter(ApiKeyAuthenticator authenticator, Set<String> publicRoutes) {
        this.authenticator = authenticator;
        this.extractor = new CredentialExtractor();
        this.publicRoutes = Set.copyOf(publicRoutes);
    }

    @Override
    public void handle(Context ctx) {
        if (isPublic(ctx)) {
            return;
        }
        String credential = extractor.extract(ctx::header).orElseGet(() -> uiCookie(ctx));
        ApiKey key = ApiKey.parse(credential).orElseThrow(() -> rejected(ctx, "malformed key"));
        ApiPrincipal principal = authenticator.authenticate(key).orElseThrow(() -> rejected(ctx, "unknown key"));
        if (!principal.mayUse(ctx.routeRoles())) {
            LOG.info("Key {} lacks a scope for {} {}", key.prefix(), ctx.method(), ctx.path());
            throw ApiException.forbidden("This API key may not use this route");
        }
        ctx.attribute(PRINCIPAL_ATTRIBUTE, principal);
        ctx.attribute(KEY_ATTRIBUTE, key);
    }

    /**
     * The key of the web UI's cookie. A browser sends cookies with any request to this host, including one a form on
     * another page makes it send, so a state-changing request counts only with the header the UI's script sets, which
     * a plain form cannot add (SameSite=Strict already keeps other sites' requests from carrying the cookie at all).
     */
    private String uiCookie(Context ctx) {
        String credential = extractor
                .extractUiCookie(ctx::header)
                .orElseThrow(() -> ApiException.unauthorized(
                        "An API key is required (X-API-Key, Authorization: Bearer, or HTTP Basic password)"));
        boolean safe = HandlerType.GET.equals(ctx.method()) || HandlerType.HEAD.equals(ctx.method());
        if (!safe && !UI_REQUEST_MARK.equals(ctx.header(UI_REQUEST_HEADER))) {
            throw ApiException.forbidden(
                    "A request authenticated by the UI's cookie must be made by the UI (" + UI_REQUEST_HEADER + ")");
        }
        return credential;
    }

    private boolean isPublic(Context ctx) {
        // The matched route's template decides, not the raw path, so that no spelling of a path can borrow a public
        // route's exemption.
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched != null && publicRoutes.contains(matched.path);
    }

    private static ApiException rejected(Context ctx, String why) {
        LOG.debug("Rejected API key from {} for {} {}: {}", ctx.ip(), ctx.method(), ctx.path(), why);
        return ApiException.unauthorized("Invalid API key");
    }

    /** The principal of an authenticated request; empty on public routes. */
    public static Optional<ApiPrincipal> principal(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PRINCIPAL_ATTRIBUTE));
    }

    /** The key an authenticated request presented, e.g. to forward the request on the caller's behalf. */
    public static Optional<ApiKey> apiKey(Context ctx) {
        return Optional.ofNullable(ctx.attribute(KEY_ATTRIBUTE));
    }
}
