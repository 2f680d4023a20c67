package io.vigil.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vigil.api.auth.AdminKeyAuthenticator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that try to hold the server or make it talk, against the real server on a random port over raw sockets: a
 * slowloris dribbling its headers, a slow body, a chunked body without a length, malformed and oversized requests.
 */
class ApiServerHostileClientsTest {

    private static final int BODY_LIMIT = 1024;
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration HEADER_TIMEOUT = Duration.ofMillis(800);
    private static final List<String> INTERNALS =
            List.of("Jetty", "jetty", "Exception", "\tat ", "<html", "Caused by", "java.");

    private final TestApi api = TestApi.start(
            new ApiSettings(
                    "127.0.0.1",
                    0,
                    BODY_LIMIT,
                    ApiSettings.DEFAULT_RATE_PER_KEY,
                    ApiSettings.DEFAULT_RATE_PER_IP,
                    new ConnectionLimits(IDLE_TIMEOUT, HEADER_TIMEOUT, 1024)),
            List.of(routes ->
                    routes.post("/echo-length", ctx -> ctx.result(Integer.toString(ctx.bodyAsBytes().length)))),
            new AdminKeyAuthenticator(TestApi.ADMIN_KEY),
            List.of());

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void shouldDisconnectAClientThatDribblesItsHeadersOnceTheHeaderTimeoutIsOver() throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(ascii("GET /health HTTP/1.1\r\nHost: localhost\r\n"));
            long start = System.nanoTime();

            // a header line every 100 ms keeps the connection from ever being idle
            await().atMost(HEADER_TIMEOUT.multipliedBy(4))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> dribbleAndCheckClosed(socket, "X-Slow: 1\r\n", new StringBuilder()));

            Duration held = Duration.ofNanos(System.nanoTime() - start);
            assertThat(held).isGreaterThanOrEqualTo(HEADER_TIMEOUT).isLessThan(IDLE_TIMEOUT);
        }
    }

    @Test
    void shouldAnswer408ToABodyArrivingSlowerThanTheMinimumRate() throws IOException {
        StringBuilder response = new StringBuilder();
        try (Socket socket = connect()) {
            socket.getOutputStream()
                    .write(ascii("POST /echo-length HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + TestApi.ADMIN_KEY
                            + "\r\nContent-Length: 1000\r\n\r\n"));

            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> dribbleAndCheckClosed(socket, "x", response));
        }
        assertThat(response.toString()).startsWith("HTTP/1.1 408").contains("application/json");
        assertNoInternals(response.toString());
    }

    @Test
    void shouldAnswer413ToAChunkedBodyOverTheLimitThatDeclaresNoLength() throws IOException {
        String chunk = "a".repeat(BODY_LIMIT * 2);
        String response = exchange("POST /echo-length HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + TestApi.ADMIN_KEY
                + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 413").contains("\"error\":\"payload-too-large\"");
        assertNoInternals(response);
    }

    @Test
    void shouldAnswerAMalformedRequestLineWithJson400AndNoInternals() throws IOException {
        String response = exchange("GET /health HTTP/9.7 junk\r\nHost: localhost\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400").contains("application/json", "\"error\":\"bad-request\"");
        assertNoInternals(response);
    }

    @Test
    void shouldAnswerOversizedHeadersWithJson431AndNoInternals() throws IOException {
        String response =
                exchange("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(64 * 1024) + "\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 431").contains("application/json");
        assertNoInternals(response);
    }

    @Test
    void shouldNotNameTheServerSoftwareInAnswers() throws IOException {
        String response = exchange("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("\r\nServer:");
        assertNoInternals(response);
    }

    private static void assertNoInternals(String response) {
        INTERNALS.forEach(leak -> assertThat(response).doesNotContain(leak));
        assertThat(response).doesNotContainIgnoringCase("\r\nServer:");
    }

    /** Sends {@code more}, adds what the server answered to {@code answer}, and says whether it closed the connection. */
    private static boolean dribbleAndCheckClosed(Socket socket, String more, StringBuilder answer) throws IOException {
        try {
            socket.getOutputStream().write(ascii(more));
            InputStream in = socket.getInputStream();
            for (int read = in.read(); read >= 0; read = in.read()) {
                answer.append((char) read);
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (SocketException closed) {
            return true;
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", api.server().port());
        socket.setSoTimeout(1);
        return socket;
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", api.server().port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(ascii(request));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (SocketException reset) {
            throw new IOException("the server reset the connection instead of answering", reset);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
