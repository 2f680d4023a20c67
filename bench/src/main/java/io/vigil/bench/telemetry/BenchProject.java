package io.vigil.bench.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.app.client.ApiCallException;
import io.vigil.app.client.ApiHttp;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The tenant the benchmark sends telemetry as, created over HTTP the way a user would (not timed): an org, a
 * project, a key of it with every scope, the devices and the rules of the workload. A device or rule answered 202
 * (durable, not yet readable on this instance) is waited for before the benchmark starts.
 */
record BenchProject(String projectId, ApiHttp http, Map<String, String> deviceIds) {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration VISIBLE_WITHIN = Duration.ofMinutes(2);
    private static final Duration CHECK_EVERY = Duration.ofMillis(50);

    /** @param admin the API with the admin key */
    static BenchProject create(ApiHttp admin, TelemetryWorkload workload) throws Exception {
        String orgId =
                post(admin, "orgs", "{\"name\":\"bench\"}").path("org_id").asText();
        String projectId = post(admin, "orgs/" + orgId + "/projects", "{\"name\":\"telemetry-ingest\"}")
                .path("project_id")
                .asText();
        String key = post(
                        admin,
                        "projects/" + projectId + "/api-keys",
                        "{\"name\":\"bench\",\"scopes\":[\"ingest\",\"read\",\"admin\"]}")
                .path("key")
                .asText();
        ApiHttp http = new ApiHttp(admin.baseUrl(), key, REQUEST_TIMEOUT);
        AtomicBoolean pending = new AtomicBoolean();
        Map<String, String> deviceIds = devices(http, projectId, workload, pending);
        for (String rule : workload.ruleBodies()) {
            pending.compareAndSet(
                    false,
                    status(http, "projects/" + projectId + "/rules", rule).statusCode() == 202);
        }
        BenchProject project = new BenchProject(projectId, http, Map.copyOf(deviceIds));
        if (pending.get()) {
            project.awaitVisible(workload);
        }
        return project;
    }

    private static Map<String, String> devices(
            ApiHttp http, String projectId, TelemetryWorkload workload, AtomicBoolean pending) throws Exception {
        int devices = workload.sizes().devices();
        int clients = workload.sizes().clients();
        Map<String, String> ids = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Void>> sent = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int first = client;
                sent.add(pool.submit(() -> {
                    for (int device = first; device < devices; device += clients) {
                        String externalId = TelemetryWorkload.externalId(device);
                        HttpResponse<String> answer = status(
                                http,
                                "projects/" + projectId + "/devices",
                                "{\"external_id\":\"" + externalId + "\",\"tags\":[\"bench\"]}");
                        pending.compareAndSet(false, answer.statusCode() == 202);
                        ids.put(
                                externalId,
                                ApiHttp.answer(answer.request(), answer)
                                        .path("device_id")
                                        .asText());
                    }
                    return null;
                }));
            }
            for (Future<Void> future : sent) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return ids;
    }

    /** Waits until the project lists every device and rule, as the evaluator and the ingest route will read them. */
    private void awaitVisible(TelemetryWorkload workload) throws ApiCallException, InterruptedException {
        long deadline = System.nanoTime() + VISIBLE_WITHIN.toNanos();
        while (count("devices") < workload.sizes().devices()
                || count("rules") < workload.sizes().rules()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "devices and rules of the bench project not readable within " + VISIBLE_WITHIN);
            }
            Thread.sleep(CHECK_EVERY.toMillis()); // the global stores can only be polled: nothing to wait on
        }
    }

    private int count(String entities) throws ApiCallException {
        int count = 0;
        String after = null;
        do {
            String path =
                    "projects/" + projectId + "/" + entities + "?limit=100" + (after == null ? "" : "&after=" + after);
            JsonNode page = http.call(http.timedRequest(path).GET().build());
            count += page.path("items").size();
            after = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (after != null);
        return count;
    }

    private static JsonNode post(ApiHttp http, String path, String body) throws Exception {
        HttpResponse<String> answer = status(http, path, body);
        return ApiHttp.answer(answer.request(), answer);
    }

    /** Posts {@code body} and returns the answer whatever its status; a failure to get one is an exception. */
    private static HttpResponse<String> status(ApiHttp http, String path, String body) throws Exception {
        HttpRequest request = http.timedRequest(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> answer = http.callAsync(request).get();
            ApiHttp.answer(request, answer);
            return answer;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw http.failed(request, io);
            }
            throw new IllegalStateException("POST /" + path + " failed", e.getCause());
        }
    }
}
