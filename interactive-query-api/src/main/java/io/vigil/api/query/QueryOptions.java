package io.vigil.api.query;

import io.javalin.http.Context;
import io.vigil.api.auth.ApiKey;
import io.vigil.api.auth.AuthFilter;
import io.vigil.api.error.ApiException;

/**
 * How one query may be answered.
 *
 * @param stale     whether a standby or restoring copy may answer (faster, possibly behind; the lag is reported)
 * @param forwarded whether another instance forwarded this request: then it is answered here or not at all
 * @param apiKey    the caller's key, sent along when the query is forwarded so the owner authorises it; may be null
 */
public record QueryOptions(boolean stale, boolean forwarded, ApiKey apiKey) {

    /** The query parameter that allows stale reads. */
    public static final String STALE_PARAM = "stale";

    /** The options of an authenticated request: {@code ?stale=true}, the forwarding marker and the caller's key. */
    public static QueryOptions from(Context ctx) {
        return new QueryOptions(
                staleParam(ctx),
                ctx.header(QueryHeaders.FORWARDED_BY) != null,
                AuthFilter.apiKey(ctx).orElse(null));
    }

    static boolean staleParam(Context ctx) {
        String stale = ctx.queryParam(STALE_PARAM);
        if (stale == null || stale.equals("false")) {
            return false;
        }
        if (stale.equals("true")) {
            return true;
        }
        throw ApiException.badRequest("stale must be true or false");
    }
}
