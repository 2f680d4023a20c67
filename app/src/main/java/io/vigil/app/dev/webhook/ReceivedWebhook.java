package io.vigil.app.dev.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.sun.net.httpserver.Headers;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request the dev receiver got: when (ISO-8601), the headers a webhook receiver looks at, and the body as text.
 *
 * @param headers the Standard Webhooks headers, Content-Type and User-Agent, lower-case; absent ones left out
 */
record ReceivedWebhook(@JsonProperty("received_at") String receivedAt, Map<String, String> headers, String body) {

    private static final List<String> SHOWN =
            List.of("webhook-id", "webhook-timestamp", "webhook-signature", "content-type", "user-agent");

    static ReceivedWebhook of(Instant at, Headers headers, String body) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (String name : SHOWN) {
            String value = headers.getFirst(name);
            if (value != null) {
                shown.put(name, value);
            }
        }
        return new ReceivedWebhook(at.toString(), shown, body);
    }
}
