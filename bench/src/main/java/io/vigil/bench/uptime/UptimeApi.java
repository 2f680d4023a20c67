package io.vigil.bench.uptime;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.app.client.ApiCallException;
import io.vigil.app.client.ApiHttp;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutionException;

/** The uptime routes the benchmarks call, through the CLI's HTTP client with the admin key. */
final class UptimeApi {

    private static final String LATEST_REPORT = "{\"at\":\"latest\"}";

    private final ApiHttp http;

    UptimeApi(ApiHttp http) {
        this.http = http;
    }

    /** {@code POST /trigger_report} for every store at the latest poll time in the data; returns the report id. */
    String triggerReport() throws ApiCallException {
        JsonNode answer = http.call(http.timedRequest("trigger_report")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(LATEST_REPORT))
                .build());
        String reportId = answer.path("report_id").asText("");
        if (reportId.isEmpty()) {
            throw new IllegalStateException("POST /trigger_report answered without a report_id");
        }
        return reportId;
    }

    /** Polls {@code GET /get_report/{id}} until it answers 200, and returns the CSV. */
    String awaitReport(String reportId, Duration poll, Duration timeout) throws ApiCallException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = http.timedRequest("get_report/" + reportId).GET().build();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = send(request);
            if (response.statusCode() == 200) {
                return response.body();
            }
            if (response.statusCode() != 202) {
                ApiHttp.answer(request, response);
                throw new IllegalStateException("GET /get_report answered " + response.statusCode());
            }
            Thread.sleep(poll.toMillis()); // the API's contract: poll GET /get_report until it answers 200
        }
        throw new IllegalStateException("report " + reportId + " not complete within " + timeout);
    }

    /** {@code GET /stores/{id}/uptime?at=latest}: the store's live figures. */
    JsonNode uptime(String storeId) throws ApiCallException {
        JsonNode answer = http.call(http.timedRequest("stores/" + storeId + "/uptime?at=latest")
                .GET()
                .build());
        if (!answer.path("store_id").asText().equals(storeId)) {
            throw new IllegalStateException("GET /stores/" + storeId + "/uptime answered for another store");
        }
        return answer;
    }

    /** {@code GET /health}: the cheapest route there is. */
    JsonNode health() throws ApiCallException {
        return http.call(http.timedRequest("health").GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws ApiCallException, InterruptedException {
        try {
            return http.callAsync(request).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw http.failed(request, io);
            }
            throw new IllegalStateException("GET " + request.uri().getPath() + " failed", e.getCause());
        }
    }
}
