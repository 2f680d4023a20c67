package io.vigil.api.ui;

import io.javalin.http.Context;
import io.vigil.api.auth.ApiKey;
import io.vigil.api.auth.ApiKeyAuthenticator;
import io.vigil.api.auth.CredentialExtractor;
import io.vigil.api.auth.Scope;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Who is looking at a page: the API key of the UI's cookie, checked like any key. The pages are public routes that
 * authenticate here so that a visitor without a valid cookie is sent to the login form rather than shown a JSON 401.
 */
final class UiSession {

    static final Duration LIFETIME = Duration.ofHours(12);

    private final ApiKeyAuthenticator authenticator;
    private final CredentialExtractor extractor = new CredentialExtractor();

    UiSession(ApiKeyAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** The cookie's key when it is valid and may read, or empty. */
    Optional<ApiKey> reader(Context ctx) {
        return extractor.extractUiCookie(ctx::header).flatMap(this::reader);
    }

    /** A typed-in key when it is valid and may read, or empty. */
    Optional<ApiKey> reader(String key) {
        return ApiKey.parse(key).filter(parsed -> authenticator
                .authenticate(parsed)
                .filter(principal -> principal.mayUse(Set.of(Scope.READ)))
                .isPresent());
    }

    /** Keeps the key in an HttpOnly, SameSite=Strict cookie (Secure when the page came over HTTPS). */
    static void start(Context ctx, String key) {
        ctx.header("Set-Cookie", cookie(ctx, key, LIFETIME.toSeconds()));
    }

    static void end(Context ctx) {
        ctx.header("Set-Cookie", cookie(ctx, "", 0));
    }

    private static String cookie(Context ctx, String value, long maxAgeSeconds) {
        return CredentialExtractor.UI_COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Strict" + ("https".equals(ctx.scheme()) ? "; Secure" : "");
    }
}
