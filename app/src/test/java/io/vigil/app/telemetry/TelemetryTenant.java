package io.vigil.app.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.app.runtime.RunningVigil;
import java.net.http.HttpResponse;

/** An org with one project and an all-scopes key of it, created over HTTP as a user would. */
record TelemetryTenant(String orgId, String projectId, String key) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static TelemetryTenant create(RunningVigil vigil, String name) throws Exception {
        String orgId = created(vigil.call("POST", "/orgs", "{\"name\":\"" + name + " org\"}"))
                .path("org_id")
                .asText();
        String projectId = created(vigil.call("POST", "/orgs/" + orgId + "/projects", "{\"name\":\"" + name + "\"}"))
                .path("project_id")
                .asText();
        String key = created(vigil.call(
                        "POST",
                        "/projects/" + projectId + "/api-keys",
                        "{\"name\":\"all\",\"scopes\":[\"ingest\",\"read\",\"admin\"]}"))
                .path("key")
                .asText();
        return new TelemetryTenant(orgId, projectId, key);
    }

    /** A key of this project with only {@code scope}. */
    String keyWith(RunningVigil vigil, String scope) throws Exception {
        return created(call(vigil, "POST", "/projects/" + projectId + "/api-keys", "{\"scopes\":[\"" + scope + "\"]}"))
                .path("key")
                .asText();
    }

    HttpResponse<String> call(RunningVigil vigil, String method, String path, String body) throws Exception {
        return vigil.callAs(key, method, path, body);
    }

    static JsonNode created(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
