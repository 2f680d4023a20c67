package io.vigil.bench.fault;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A subscriber's endpoint that can be told to fail: while failing it answers every delivery 503; otherwise 200, and
 * it counts each {@code webhook-id} it accepted, so redeliveries show up as counts above one.
 */
final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final AtomicBoolean failing = new AtomicBoolean();
    private final AtomicInteger refused = new AtomicInteger();
    private final Map<String, Integer> accepted = new ConcurrentHashMap<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void fail(boolean fail) {
        failing.set(fail);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
        }
        String messageId = exchange.getRequestHeaders().getFirst("webhook-id");
        if (failing.get() || messageId == null) {
            refused.incrementAndGet();
            exchange.sendResponseHeaders(503, -1);
        } else {
            accepted.merge(messageId, 1, Integer::sum);
            exchange.sendResponseHeaders(200, -1);
        }
        exchange.close();
    }

    int refused() {
        return refused.get();
    }

    Set<String> acceptedIds() {
        return Set.copyOf(accepted.keySet());
    }

    /** Accepted deliveries beyond the first of each message: what receivers deduplicate on {@code webhook-id}. */
    int redeliveries() {
        return accepted.values().stream().mapToInt(count -> count - 1).sum();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
