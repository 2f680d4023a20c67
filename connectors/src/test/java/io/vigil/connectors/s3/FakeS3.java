package io.vigil.connectors.s3;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server that answers S3 requests with scripted responses, for the failures a real S3 endpoint cannot be made
 * to give on demand (throttling, 5xx). Responses are taken in order; the last one repeats.
 */
final class FakeS3 implements AutoCloseable {

    record Response(int status, String contentType, byte[] body) {

        static Response error(int status, String code) {
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + code
                    + "</Message><RequestId>test</RequestId></Error>";
            return new Response(status, "application/xml", xml.getBytes(StandardCharsets.UTF_8));
        }

        static Response object(String contentType, String body) {
            return new Response(200, contentType, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final HttpServer server;
    private final Deque<Response> script = new ArrayDeque<>();
    private final AtomicInteger requests = new AtomicInteger();

    FakeS3() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    synchronized FakeS3 then(Response response) {
        script.addLast(response);
        return this;
    }

    int requests() {
        return requests.get();
    }

    S3ClientSettings settings(int maxAttempts) {
        return new S3ClientSettings(
                Optional.of(endpoint()), "us-east-1", Optional.of("test"), Optional.of("test"), maxAttempts);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        Response response = next();
        exchange.getResponseHeaders().add("Content-Type", response.contentType());
        exchange.getResponseHeaders().add("Last-Modified", "Mon, 23 Nov 2026 09:00:00 GMT");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(response.status(), head ? -1 : response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!head) {
                out.write(response.body());
            }
        }
    }

    private synchronized Response next() {
        return script.size() > 1 ? script.pollFirst() : script.peekFirst();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
