package io.vigil.app.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The one HTTP client of a CLI command and what every call to the Vigil API shares: the base URL, the API key header,
 * the request timeout, and how an answer becomes a JSON document or an {@link ApiCallException}.
 */
public final class ApiHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI baseUrl;
    private final String apiKey;
    private final Duration requestTimeout;
    private final HttpClient http;

    public ApiHttp(URI baseUrl, String apiKey, Duration requestTimeout) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** A request to {@code path} (relative to the base URL) with the API key, asking for JSON, without a timeout. */
    public HttpRequest.Builder request(String path) {
        String base = baseUrl.toString();
        URI uri = URI.create(base.endsWith("/") ? base + path : base + "/" + path);
        return HttpRequest.newBuilder(uri).header("X-API-Key", apiKey).header("Accept", "application/json");
    }

    /** {@link #request} bounded by the request timeout. */
    public HttpRequest.Builder timedRequest(String path) {
        return request(path).timeout(requestTimeout);
    }

    /** Sends and waits; a non-2xx answer or a failure to get one is an {@link ApiCallException}. */
    public JsonNode call(HttpRequest request) throws ApiCallException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw failed(request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiCallException("interrupted", e);
        }
        return answer(request, response);
    }

    /** Sends without waiting; the future fails with the IOException of the exchange, if any. */
    public CompletableFuture<HttpResponse<String>> callAsync(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The JSON answer of a 2xx response, or the exception that says (with the server's message) why it is not. */
    public static JsonNode answer(HttpRequest request, HttpResponse<String> response) throws ApiCallException {
        JsonNode answer = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            String message = answer.path("message").asText("");
            throw new ApiCallException(
                    response.statusCode(),
                    "HTTP " + response.statusCode() + " from " + request.method() + " "
                            + request.uri().getPath() + (message.isEmpty() ? "" : ": " + message));
        }
        return answer;
    }

    /** The exception for an exchange that got no answer. */
    public ApiCallException failed(HttpRequest request, IOException e) {
        if (e instanceof ConnectException) {
            return new ApiCallException("cannot reach Vigil at " + baseUrl + " (is it running?)", e);
        }
        return new ApiCallException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
