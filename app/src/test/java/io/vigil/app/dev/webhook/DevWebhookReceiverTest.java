package io.vigil.app.dev.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DevWebhookReceiverTest {

    private final DevWebhookReceiver receiver =
            DevWebhookReceiver.start(0, Clock.fixed(Instant.parse("2026-11-23T21:00:00Z"), ZoneOffset.UTC));
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void shouldListWhatArrivedNewestFirstWithTheWebhookHeaders() throws Exception {
        post("msg_1", "{\"type\":\"uptime.alert\"}");
        post("msg_2", "{\"type\":\"delivery.alert\"}");

        JsonNode list = new ObjectMapper().readTree(get(receiver.url()).body());

        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("headers").get("webhook-id").asText()).isEqualTo("msg_2");
        assertThat(list.get(0).get("headers").get("webhook-signature").asText()).isEqualTo("v1,c2ln");
        assertThat(list.get(0).get("body").asText()).isEqualTo("{\"type\":\"delivery.alert\"}");
        assertThat(list.get(1).get("received_at").asText()).isEqualTo("2026-11-23T21:00:00Z");
    }

    @Test
    void shouldKeepOnlyTheLastHundred() throws Exception {
        for (int i = 1; i <= DevWebhookReceiver.KEPT + 5; i++) {
            post("msg_" + i, "{}");
        }

        JsonNode list = new ObjectMapper().readTree(get(receiver.url()).body());

        assertThat(list).hasSize(DevWebhookReceiver.KEPT);
        assertThat(list.get(0).get("headers").get("webhook-id").asText()).isEqualTo("msg_105");
    }

    @Test
    void shouldShowBodiesEscapedOnThePage() throws Exception {
        post("msg_<b>", "{\"data\":\"<script>alert(1)</script>\"}");

        HttpResponse<String> page = get(URI.create(receiver.url() + "/page"));

        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains("&lt;script&gt;")
                .doesNotContain("<script>")
                .contains("msg_&lt;b&gt;");
    }

    private void post(String id, String body) throws Exception {
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(receiver.url())
                        .header("webhook-id", id)
                        .header("webhook-timestamp", "1795460400")
                        .header("webhook-signature", "v1,c2ln")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(204);
    }

    private HttpResponse<String> get(URI url) throws Exception {
        return http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
    }
}
