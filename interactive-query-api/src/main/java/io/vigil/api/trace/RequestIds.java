package io.vigil.api.trace;

import io.javalin.http.Handler;
import io.vigil.schema.trace.CorrelationIds;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id: the caller's {@value #HEADER} when it is well-formed (a client or proxy tying its own
 * logs to ours), else a new one. The id is echoed in the response header and held in the MDC while the request is
 * served, so every log line and every record the request writes carries it.
 */
public final class RequestIds {

    /** The request and response header. */
    public static final String HEADER = "X-Request-Id";

    /** Short and plain, so a caller's id can go into logs and Kafka headers as it is: no spaces or control bytes. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {}

    /** The before-handler that assigns the id; register it before every other. */
    public static Handler assign() {
        return ctx -> {
            String id = idFor(ctx.header(HEADER));
            MDC.put(CorrelationIds.MDC_KEY, id);
            ctx.header(HEADER, id);
        };
    }

    /** The after-handler that takes the id out of the MDC of the server's thread. */
    public static Handler release() {
        return ctx -> MDC.remove(CorrelationIds.MDC_KEY);
    }

    static String idFor(String offered) {
        return offered != null && WELL_FORMED.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
    }

    /** The id of the request this thread is serving, if any. */
    public static String current() {
        return MDC.get(CorrelationIds.MDC_KEY);
    }
}
