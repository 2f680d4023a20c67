package io.vigil.app.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/** The sensor-file routes of the Vigil API, as the CLI calls them. */
public final class SensorFilesClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI baseUrl;
    private final String apiKey;
    private final Duration requestTimeout;
    private final HttpClient http;

    public SensorFilesClient(URI baseUrl, String apiKey, Duration requestTimeout) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * Uploads one file with {@code POST /files}.
     *
     * @param progress told the bytes of the file sent so far
     * @return the file's id
     */
    public String upload(Path file, LongConsumer progress) throws ApiCallException, FileNotFoundException {
        byte[] boundary = new byte[16];
        RANDOM.nextBytes(boundary);
        MultipartFileBody body = new MultipartFileBody("vigil-" + HexFormat.of().formatHex(boundary));
        HttpRequest request = authorised(HttpRequest.newBuilder(resolve("files")))
                .header("Content-Type", body.contentType())
                // an upload takes as long as it takes; the request timeout bounds the wait for the answer after it
                .POST(body.of(file, progress))
                .build();
        return call(request).path("file_id").asText();
    }

    /** The document of {@code GET /files/{id}}. */
    public JsonNode file(String fileId) throws ApiCallException {
        String path = "files/" + URLEncoder.encode(fileId, StandardCharsets.UTF_8);
        return call(authorised(HttpRequest.newBuilder(resolve(path)))
                .timeout(requestTimeout)
                .GET()
                .build());
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder request) {
        return request.header("X-API-Key", apiKey).header("Accept", "application/json");
    }

    private URI resolve(String path) {
        String base = baseUrl.toString();
        return URI.create(base.endsWith("/") ? base + path : base + "/" + path);
    }

    private JsonNode call(HttpRequest request) throws ApiCallException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new ApiCallException("cannot reach Vigil at " + baseUrl + " (is it running?)", e);
        } catch (IOException e) {
            throw new ApiCallException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiCallException("interrupted", e);
        }
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

    private static JsonNode parse(String body) {
        try {
            return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
