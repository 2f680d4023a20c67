package io.vigil.bench.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The few HTTP calls the harness makes, as the admin. */
final class FaultApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http;
    private final String adminKey;

    FaultApi(HttpClient http, String adminKey) {
        this.http = http;
        this.adminKey = adminKey;
    }

    HttpResponse<String> get(URI base, String path) throws IOException, InterruptedException {
        return http.send(request(base, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(URI base, String path, String json) throws IOException, InterruptedException {
        return withBody(base, path, "PUT", json);
    }

    HttpResponse<String> post(URI base, String path, String json) throws IOException, InterruptedException {
        return withBody(base, path, "POST", json);
    }

    private HttpResponse<String> withBody(URI base, String path, String method, String json)
            throws IOException, InterruptedException {
        return http.send(
                request(base, path)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("X-API-Key", adminKey);
    }
}
