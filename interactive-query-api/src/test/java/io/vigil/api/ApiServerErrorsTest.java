package io.vigil.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.api.auth.AdminKeyAuthenticator;
import io.vigil.api.error.ErrorResponses;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiServerErrorsTest {

    private static final int BODY_LIMIT = 1024;

    private final TestApi api = TestApi.start(
            new ApiSettings(
                    "127.0.0.1",
                    0,
                    BODY_LIMIT,
                    ApiSettings.DEFAULT_RATE_PER_KEY,
                    ApiSettings.DEFAULT_RATE_PER_IP,
                    ConnectionLimits.DEFAULTS),
            List.of(routes -> {
                routes.get("/boom", ctx -> {
                    throw new IllegalStateException("secret internals");
                });
                routes.get("/error", ctx -> {
                    throw new AssertionError("secret internals");
                });
                routes.post("/ignore-body", ctx -> ctx.result("ignored"));
                routes.post("/echo-length", ctx -> ctx.result(Integer.toString(ctx.bodyAsBytes().length)));
                routes.get(
                        "/number",
                        ctx -> ctx.result(
                                ctx.queryParamAsClass("n", Integer.class).get().toString()));
            }),
            new AdminKeyAuthenticator(TestApi.ADMIN_KEY),
            List.of());

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void shouldAnswer404AsJsonForAnUnknownRoute() {
        HttpResponse<String> response = api.get("/no/such/route");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).startsWith("{\"error\":\"not-found\",\"message\":");
    }

    @Test
    void shouldAnswer405AsJsonWithTheAllowedMethods() {
        HttpResponse<String> response = api.send(
                api.request("/boom").header("X-API-Key", TestApi.ADMIN_KEY).DELETE());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("\"error\":\"method-not-allowed\"");
    }

    @Test
    void shouldAnswer500WithAnErrorIdAndNoInternals() {
        HttpResponse<String> response = api.get("/boom");

        assertThat(response.statusCode()).isEqualTo(500);
        String id =
                response.headers().firstValue(ErrorResponses.ERROR_ID_HEADER).orElseThrow();
        assertThat(response.body())
                .contains("\"error\":\"internal\"", id)
                .doesNotContain("IllegalStateException", "secret internals", "at io.vigil");
    }

    @Test
    void shouldAnswerJavaErrorsLikeOtherInternalFailures() {
        HttpResponse<String> response = api.get("/error");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("\"error\":\"internal\"")
                .doesNotContain("AssertionError", "secret internals");
    }

    @Test
    void shouldAnswer400AsJsonForInvalidParameters() {
        HttpResponse<String> response = api.get("/number?n=seven");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"error\":\"bad-request\"").doesNotContain("Exception");
    }

    @Test
    void shouldAnswer413WhenTheDeclaredBodyIsOverTheLimitEvenIfNoHandlerReadsIt() {
        HttpResponse<String> response = api.send(api.request("/ignore-body")
                .header("X-API-Key", TestApi.ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[BODY_LIMIT + 1])));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"error\":\"payload-too-large\"");
    }

    @Test
    void shouldAnswer413WhenAChunkedBodyGrowsOverTheLimitWhileRead() {
        HttpResponse<String> response = api.send(api.request("/echo-length")
                .header("X-API-Key", TestApi.ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(new byte[BODY_LIMIT * 4]))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"error\":\"payload-too-large\"");
    }

    @Test
    void shouldAcceptABodyWithinTheLimit() {
        HttpResponse<String> response = api.send(api.request("/echo-length")
                .header("X-API-Key", TestApi.ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[BODY_LIMIT])));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(Integer.toString(BODY_LIMIT));
    }

    @Test
    void shouldAnswerMalformedHttpWithJsonRatherThanJettysPage() throws IOException {
        String raw = rawExchange("GET /health HTTP/1.1\r\nHost: localhost\r\nNot a header line\r\n\r\n");

        assertThat(raw).startsWith("HTTP/1.1 400");
        assertThat(raw)
                .contains("application/json", "\"error\":\"bad-request\"")
                .doesNotContainIgnoringCase("<html");
    }

    private String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", api.server().port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void shouldTimeRequestsByRouteTemplate() {
        api.get("/number?n=1");

        Optional<String> line = api.registry()
                .scrape()
                .lines()
                .filter(l -> l.startsWith("http_server_requests_seconds_count") && l.contains("uri=\"/number\""))
                .findFirst();
        assertThat(line).hasValueSatisfying(l -> assertThat(l).contains("status=\"200\"", "method=\"GET\""));
    }
}
