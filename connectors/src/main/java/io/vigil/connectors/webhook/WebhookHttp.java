package io.vigil.connectors.webhook;

import io.vigil.schema.tenancy.Webhook;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Makes one attempt to POST a signed message to a webhook: the target checked by the SSRF guard just before the
 * request, and redirects (at most {@value #MAX_REDIRECTS}) followed by hand so that every {@code Location} is checked
 * too; the client must never follow redirects itself. Thread-safe: attempts run on the sender's worker threads.
 */
final class WebhookHttp {

    static final int MAX_REDIRECTS = 3;
    static final String USER_AGENT = "Vigil-Webhooks";

    private final HttpClient client;
    private final TargetGuard guard;
    private final StandardWebhookSigner signer;
    private final Duration requestTimeout;
    private final Clock clock;

    WebhookHttp(
            HttpClient client, TargetGuard guard, StandardWebhookSigner signer, Duration requestTimeout, Clock clock) {
        this.client = client;
        this.guard = guard;
        this.signer = signer;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    /** The client the sender needs: 5 s to connect, redirects never followed (this class follows them, checked). */
    static HttpClient newClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    AttemptResult attempt(Webhook webhook, String messageId, byte[] payload) throws InterruptedException {
        long timestamp = clock.instant().getEpochSecond();
        String signature = signer.signature(webhook.getSecret(), messageId, timestamp, payload);
        URI target;
        try {
            target = URI.create(webhook.getUrl());
        } catch (IllegalArgumentException e) {
            return AttemptResult.refused("the webhook URL is not a valid URL");
        }
        long started = System.nanoTime();
        for (int hop = 0; ; hop++) {
            TargetCheck check = guard.check(target);
            if (!check.allowed()) {
                return AttemptResult.refused(check.reason());
            }
            HttpResponse<Void> response;
            try {
                response = client.send(request(target, messageId, timestamp, signature, payload), discard());
            } catch (HttpTimeoutException e) {
                return AttemptResult.unanswered(since(started), "no answer within " + requestTimeout);
            } catch (IOException | IllegalArgumentException e) {
                return AttemptResult.unanswered(since(started), "connection failed: " + describe(e));
            }
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (status < 300 || status >= 400 || location.isEmpty()) {
                return AttemptResult.answered(
                        status,
                        since(started),
                        RetryAfter.parse(response.headers().firstValue("Retry-After"), clock.instant()));
            }
            if (hop == MAX_REDIRECTS) {
                return AttemptResult.rejected(status, since(started), "more than " + MAX_REDIRECTS + " redirects");
            }
            try {
                target = target.resolve(location.get());
            } catch (IllegalArgumentException e) {
                return AttemptResult.rejected(status, since(started), "redirected to an invalid URL");
            }
        }
    }

    private HttpRequest request(URI target, String messageId, long timestamp, String signature, byte[] payload) {
        return HttpRequest.newBuilder(target)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload))
                .build();
    }

    private static HttpResponse.BodyHandler<Void> discard() {
        return HttpResponse.BodyHandlers.discarding();
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private static String describe(Exception e) {
        return e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
