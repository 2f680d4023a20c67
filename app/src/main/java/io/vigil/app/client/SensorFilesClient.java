package io.vigil.app.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FileNotFoundException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/** The sensor-file routes of the Vigil API, as the CLI calls them. */
public final class SensorFilesClient {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiHttp http;

    public SensorFilesClient(URI baseUrl, String apiKey, Duration requestTimeout) {
        this(new ApiHttp(baseUrl, apiKey, requestTimeout));
    }

    public SensorFilesClient(ApiHttp http) {
        this.http = http;
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
        HttpRequest request = http.request("files")
                .header("Content-Type", body.contentType())
                // an upload takes as long as it takes; the request timeout bounds the wait for the answer after it
                .POST(body.of(file, progress))
                .build();
        return http.call(request).path("file_id").asText();
    }

    /** The document of {@code GET /files/{id}}. */
    public JsonNode file(String fileId) throws ApiCallException {
        String path = "files/" + URLEncoder.encode(fileId, StandardCharsets.UTF_8);
        return http.call(http.timedRequest(path).GET().build());
    }
}
