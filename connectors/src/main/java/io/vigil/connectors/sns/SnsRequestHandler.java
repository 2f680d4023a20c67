package io.vigil.connectors.sns;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.vigil.schema.s3.notification.S3Notifications;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one SNS POST: refuses what is not a verified message for an allowed topic, confirms subscriptions, and
 * answers a notification 200 only once its records are acknowledged by Kafka.
 */
final class SnsRequestHandler implements HttpHandler {

    /** The largest SNS message plus room for its envelope. */
    static final int MAX_BODY_BYTES = S3Notifications.MAX_BYTES + 32 * 1024;

    private static final long DISCARD_LIMIT_BYTES = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(SnsRequestHandler.class);

    private final SnsMessageVerifier verifier;
    private final SubscriptionConfirmer confirmer;
    private final NotificationRecords notifications;
    private final AcknowledgementQueue queue;
    private final Duration ackTimeout;

    SnsRequestHandler(
            SnsMessageVerifier verifier,
            SubscriptionConfirmer confirmer,
            NotificationRecords notifications,
            AcknowledgementQueue queue,
            Duration ackTimeout) {
        this.verifier = verifier;
        this.confirmer = confirmer;
        this.notifications = notifications;
        this.queue = queue;
        this.ackTimeout = ackTimeout;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            SnsReply reply;
            try {
                reply = answer(exchange);
            } catch (SnsRejection e) {
                log.warn(
                        "Refused an SNS request from {}: {} {}",
                        exchange.getRemoteAddress(),
                        e.status(),
                        e.getMessage());
                reply = SnsReply.refused(e);
            }
            reply.send(exchange);
        }
    }

    private SnsReply answer(HttpExchange exchange) throws SnsRejection, IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            throw new SnsRejection(405, "only POST is accepted");
        }
        byte[] body = readBody(exchange);
        SnsEnvelope envelope = verifier.verify(new String(body, StandardCharsets.UTF_8));
        switch (envelope.type()) {
            case SUBSCRIPTION_CONFIRMATION -> {
                confirmer.confirm(envelope);
                log.info("Confirmed the subscription to {}", envelope.topicArn());
            }
            case UNSUBSCRIBE_CONFIRMATION ->
                log.info("SNS unsubscribed this endpoint from {}; not resubscribing", envelope.topicArn());
            case NOTIFICATION -> awaitDurable(notifications.of(envelope, body));
        }
        return SnsReply.ok(envelope.messageId());
    }

    private void awaitDurable(List<SourceRecord> records) throws SnsRejection {
        try {
            queue.submit(records).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new SnsRejection(500, "the records were not acknowledged by Kafka in time");
        } catch (ExecutionException e) {
            throw new SnsRejection(503, e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SnsRejection(503, "the task is stopping");
        }
    }

    /** Reads at most {@link #MAX_BODY_BYTES}; a longer body is refused without being read whole. */
    private static byte[] readBody(HttpExchange exchange) throws SnsRejection, IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        try (InputStream in = exchange.getRequestBody()) {
            if (length != null && parseLength(length) > MAX_BODY_BYTES) {
                throw tooLarge(in);
            }
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw tooLarge(in);
            }
            return body;
        }
    }

    /**
     * Discards a little more of the body (kept nowhere), so that a client that sent a slightly oversized body still
     * reads the 413: closing a socket with unread input resets the connection and loses the answer.
     */
    private static SnsRejection tooLarge(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long discarded = 0;
        for (int read = 0; read >= 0 && discarded < DISCARD_LIMIT_BYTES; read = in.read(buffer)) {
            discarded += read;
        }
        return new SnsRejection(413, "the body is larger than " + MAX_BODY_BYTES + " bytes");
    }

    private static long parseLength(String length) throws SnsRejection {
        try {
            return Long.parseLong(length);
        } catch (NumberFormatException e) {
            throw SnsRejection.badRequest("Content-Length is not a number");
        }
    }
}
