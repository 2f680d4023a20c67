package io.vigil.api.query;

import io.javalin.http.Context;

/** Headers the query component reads and writes. */
public final class QueryHeaders {

    /**
     * Marks a request one instance forwarded to another, naming the sender. An instance never forwards such a
     * request again, so ownership that moves mid-request cannot make requests loop.
     */
    public static final String FORWARDED_BY = "Vigil-Forwarded-By";

    /** On stale reads: how many changelog records the answering copy was behind. */
    public static final String STORE_LAG = "Vigil-Store-Lag";

    private QueryHeaders() {}

    /** Reports the lag of a stale answer; fresh answers carry no lag header. */
    static void writeLag(Context ctx, StoreValue value, boolean stale) {
        if (stale && value.offsetLag() >= 0) {
            ctx.header(STORE_LAG, Long.toString(value.offsetLag()));
        }
    }
}
