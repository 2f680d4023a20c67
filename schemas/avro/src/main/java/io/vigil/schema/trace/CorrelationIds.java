package io.vigil.schema.trace;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.slf4j.MDC;

/**
 * The id that ties an HTTP request to the records it caused: the API puts it in the SLF4J MDC under {@link #MDC_KEY}
 * while it serves the request and in a {@link #HEADER} header on every record it writes; Kafka Streams carries input
 * headers to outputs, so processors and the dead-letter handlers can log it again.
 */
public final class CorrelationIds {

    /** The Kafka record header. */
    public static final String HEADER = "vigil-correlation-id";

    /** The MDC key, and so the field name in JSON log lines. */
    public static final String MDC_KEY = "correlation_id";

    private static final LogScope NOTHING_TO_CLEAR = () -> {};

    private CorrelationIds() {}

    /** The id the record carries, if any. */
    public static Optional<String> in(Headers headers) {
        Header header = headers == null ? null : headers.lastHeader(HEADER);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    /** Sets {@code id} as the record's only correlation header. */
    public static void set(Headers headers, String id) {
        headers.remove(HEADER);
        headers.add(HEADER, id.getBytes(StandardCharsets.UTF_8));
    }

    /** Puts the record's id, if it has one, in the MDC until the returned scope is closed: for a log line about it. */
    public static LogScope logScope(Headers headers) {
        return in(headers)
                .<LogScope>map(id -> MDC.putCloseable(MDC_KEY, id)::close)
                .orElse(NOTHING_TO_CLEAR);
    }

    /** What {@link #logScope} returns; closing it throws nothing. */
    @FunctionalInterface
    public interface LogScope extends AutoCloseable {
        @Override
        void close();
    }
}
