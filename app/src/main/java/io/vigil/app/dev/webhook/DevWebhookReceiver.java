package io.vigil.app.dev.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A webhook receiver for {@code vigil dev}, so that webhooks can be tried without a server of one's own: point a
 * webhook at {@code POST /dev/webhook-receiver} and see what arrived (headers and body, newest first, the last
 * {@value #KEPT}) at {@code GET /dev/webhook-receiver} as JSON or {@code /dev/webhook-receiver/page} as a page. It
 * records, it does not verify: it cannot know each webhook's secret. It runs on its own port on 127.0.0.1, which dev
 * allows webhooks to reach.
 */
public final class DevWebhookReceiver implements AutoCloseable {

    public static final String PATH = "/dev/webhook-receiver";

    static final int KEPT = 100;
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final String LOOPBACK = "127.0.0.1";

    private final HttpServer server;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final Deque<ReceivedWebhook> received = new ArrayDeque<>();

    private DevWebhookReceiver(HttpServer server, Clock clock) {
        this.server = server;
        this.clock = clock;
    }

    /** Listens on 127.0.0.1:{@code port} (0 for any free port). */
    public static DevWebhookReceiver start(int port, Clock clock) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(LOOPBACK, port), 0);
            DevWebhookReceiver receiver = new DevWebhookReceiver(server, clock);
            server.createContext(PATH, receiver::handle);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("the dev webhook receiver could not listen on port " + port, e);
        }
    }

    /** The URL webhooks post to. */
    public URI url() {
        return URI.create("http://" + LOOPBACK + ":" + server.getAddress().getPort() + PATH);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals(PATH) && method.equals("POST")) {
                record(exchange);
                exchange.sendResponseHeaders(204, -1);
            } else if (path.equals(PATH) && method.equals("GET")) {
                respond(exchange, "application/json", json.writeValueAsBytes(newestFirst()));
            } else if (path.equals(PATH + "/page") && method.equals("GET")) {
                respond(exchange, "text/html; charset=utf-8", ReceiverPage.html(newestFirst(), this::pretty));
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private void record(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES);
        }
        ReceivedWebhook webhook = ReceivedWebhook.of(
                clock.instant(), exchange.getRequestHeaders(), new String(body, StandardCharsets.UTF_8));
        synchronized (received) {
            received.addFirst(webhook);
            if (received.size() > KEPT) {
                received.removeLast();
            }
        }
    }

    private List<ReceivedWebhook> newestFirst() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private String pretty(String body) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(body));
        } catch (JsonProcessingException notJson) {
            return body;
        }
    }

    private static void respond(HttpExchange exchange, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
