package io.vigil.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.connectors.webhook.AttemptResult.Kind;
import io.vigil.connectors.webhook.TestReceiver.Answer;
import io.vigil.connectors.webhook.TestReceiver.Request;
import io.vigil.schema.tenancy.Webhook;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class WebhookHttpTest {

    private static final byte[] BODY = "{\"type\":\"uptime.alert\"}".getBytes(StandardCharsets.UTF_8);

    private final WebhookHttp http = new WebhookHttp(
            WebhookHttp.newClient(),
            new TargetGuard(AddressResolver.SYSTEM, List.of(Cidr.parse("127.0.0.0/8"))),
            new StandardWebhookSigner(),
            Duration.ofSeconds(5),
            Clock.systemUTC());

    @Test
    void shouldFollowARedirectWithTheSameSignedMessage() throws Exception {
        try (TestReceiver receiver = receiver(n -> n == 1 ? Answer.redirect(307, "/hook?moved") : Answer.of(204))) {
            AttemptResult result = http.attempt(webhookTo(receiver.url()), "msg_1", BODY);

            assertThat(result.kind()).isEqualTo(Kind.DELIVERED);
            assertThat(result.statusCode()).isEqualTo(204);
            List<Request> requests = receiver.requests();
            assertThat(requests).hasSize(2);
            assertThat(requests.get(1).header("webhook-id")).isEqualTo("msg_1");
            assertThat(requests.get(1).header("webhook-signature"))
                    .isEqualTo(requests.get(0).header("webhook-signature"));
            assertThat(requests.get(1).body()).isEqualTo(BODY);
        }
    }

    @Test
    void shouldRefuseARedirectToAnInternalAddress() throws Exception {
        try (TestReceiver receiver = receiver(n -> Answer.redirect(302, "http://169.254.169.254/latest/meta-data/"))) {
            AttemptResult result = http.attempt(webhookTo(receiver.url()), "msg_1", BODY);

            assertThat(result.kind()).isEqualTo(Kind.REFUSED);
            assertThat(result.error()).contains("169.254.169.254").contains("link-local");
            assertThat(receiver.requests()).hasSize(1);
        }
    }

    @Test
    void shouldGiveUpAfterThreeRedirects() throws Exception {
        try (TestReceiver receiver = receiver(n -> Answer.redirect(302, "/hook"))) {
            AttemptResult result = http.attempt(webhookTo(receiver.url()), "msg_1", BODY);

            assertThat(result.kind()).isEqualTo(Kind.REJECTED);
            assertThat(result.error()).contains("more than 3 redirects");
            assertThat(receiver.requests()).hasSize(4);
        }
    }

    @Test
    void shouldRetryWhenTheEndpointCannotBeReached() throws Exception {
        URI gone;
        try (TestReceiver receiver = receiver(n -> Answer.of(200))) {
            gone = receiver.url();
        }

        AttemptResult result = http.attempt(webhookTo(gone), "msg_1", BODY);

        assertThat(result.kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(result.statusCode()).isNull();
        assertThat(result.error()).startsWith("connection failed");
    }

    @Test
    void shouldRefuseATargetOutsideTheAllowList() throws Exception {
        WebhookHttp strict = new WebhookHttp(
                WebhookHttp.newClient(),
                new TargetGuard(AddressResolver.SYSTEM, List.of()),
                new StandardWebhookSigner(),
                Duration.ofSeconds(5),
                Clock.systemUTC());
        try (TestReceiver receiver = receiver(n -> Answer.of(200))) {
            AttemptResult result = strict.attempt(webhookTo(receiver.url()), "msg_1", BODY);

            assertThat(result.kind()).isEqualTo(Kind.REFUSED);
            assertThat(result.error()).contains("loopback");
            assertThat(receiver.requests()).isEmpty();
        }
    }

    private static TestReceiver receiver(IntFunction<Answer> answers) throws Exception {
        return new TestReceiver(answers);
    }

    private static Webhook webhookTo(URI url) {
        Webhook webhook = WebhookDirectoryTest.webhook("p1", "w1", true, "uptime.alert");
        webhook.setUrl(url.toString());
        return webhook;
    }
}
