package io.vigil.connectors.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

/**
 * A real HTTP webhook receiver on 127.0.0.1: records every request it gets and answers as the test says, by the
 * request's number (1 for the first).
 */
final class TestReceiver implements AutoCloseable {

    /** What arrived, and what it was answered. */
    record Request(Instant at, Map<String, List<String>> headers, byte[] body, int status) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** An answer: a status and response headers. */
    record Answer(int status, Map<String, String> headers) {
        static Answer of(int status) {
            return new Answer(status, Map.of());
        }

        static Answer retryAfter(int status, String retryAfter) {
            return new Answer(status, Map.of("Retry-After", retryAfter));
        }

        static Answer redirect(int status, String location) {
            return new Answer(status, Map.of("Location", location));
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final IntFunction<Answer> answers;

    TestReceiver(IntFunction<Answer> answers) throws IOException {
        this.answers = answers;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Answer answer = answers.apply(requests.size() + 1);
        requests.add(new Request(Instant.now(), Map.copyOf(exchange.getRequestHeaders()), body, answer.status()));
        answer.headers().forEach(exchange.getResponseHeaders()::add);
        exchange.sendResponseHeaders(answer.status(), -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
