package io.vigil.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vigil.connectors.webhook.TestReceiver.Answer;
import io.vigil.connectors.webhook.TestReceiver.Request;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.schema.telemetry.DeliveryOutcome;
import io.vigil.schema.telemetry.WebhookDelivery;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class WebhookSenderIT {

    private static final Duration LONG = Duration.ofSeconds(60);
    private static final List<Duration> SHORT_SCHEDULE =
            List.of(Duration.ZERO, Duration.ofMillis(200), Duration.ofMillis(500));

    @Test
    void shouldDeliverAnAlertOnceSignedSoTheReceiverCanVerifyIt(EmbeddedKafkaCluster kafka, TestInfo test)
            throws Exception {
        try (SenderFixture fixture = new SenderFixture(kafka, TestNames.unique(test));
                TestReceiver receiver = new TestReceiver(n -> Answer.of(200))) {
            fixture.webhookTo(receiver.url());
            try (SenderFixture.Started started = fixture.start(SHORT_SCHEDULE, Duration.ofSeconds(1), 4)) {
                fixture.alert("r1:d1:b1:0");

                await().atMost(LONG).until(() -> outcomes(fixture).contains(DeliveryOutcome.delivered));
                List<Request> requests = receiver.requests();
                assertThat(requests).hasSize(1);
                Request request = requests.get(0);
                assertThat(request.header("webhook-id")).isEqualTo(SenderFixture.messageId("r1:d1:b1:0"));
                assertThat(request.header("Content-Type")).isEqualTo("application/json");
                assertThat(request.header("User-Agent")).isEqualTo("Vigil-Webhooks");
                long timestamp = Long.parseLong(request.header("webhook-timestamp"));
                assertThat(timestamp)
                        .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
                assertThat(request.header("webhook-signature")).isEqualTo(expectedSignature(fixture.secret, request));
                assertThat(new String(request.body(), StandardCharsets.UTF_8))
                        .contains("\"type\":\"telemetry.alert\"")
                        .contains("\"alert_id\":\"r1:d1:b1:0\"");

                WebhookDelivery delivered = fixture.log().get(0);
                assertThat(delivered.getOutcome()).isEqualTo(DeliveryOutcome.delivered);
                assertThat(delivered.getStatusCode()).isEqualTo(200);
                assertThat(delivered.getAttempt()).isEqualTo(1);
                assertThat(delivered.getBreakerState()).isEqualTo("CLOSED");
                assertThat(delivered.getLatencyMs()).isNotNull();
                assertThat(delivered.getError()).isNull();
                assertThat(fixture.observer.attempts).containsExactly("delivered");
                assertThat(delivered.toString()).doesNotContain(fixture.secret.substring(6));
            }
        }
    }

    @Test
    void shouldHoldDeliveriesWhileTheBreakerIsOpenAndDeliverTheBacklogOnceTheEndpointRecovers(
            EmbeddedKafkaCluster kafka, TestInfo test) throws Exception {
        // The endpoint fails its first five requests, then is healthy: the fifth failure opens the breaker.
        try (SenderFixture fixture = new SenderFixture(kafka, TestNames.unique(test));
                TestReceiver receiver = new TestReceiver(n -> Answer.of(n <= 5 ? 500 : 200))) {
            fixture.webhookTo(receiver.url());
            List<String> alertIds =
                    IntStream.rangeClosed(1, 8).mapToObj(i -> "r1:d1:b1:" + i).toList();
            for (String alertId : alertIds) {
                fixture.alert(alertId);
            }
            List<Duration> schedule =
                    List.of(Duration.ZERO, Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMillis(200));
            try (SenderFixture.Started started = fixture.start(schedule, Duration.ofSeconds(1), 1)) {

                await().atMost(LONG).untilAsserted(() -> assertThat(delivered(receiver))
                        .containsOnlyKeys(
                                alertIds.stream().map(SenderFixture::messageId).toList()));

                assertThat(delivered(receiver).values())
                        .as("every message reached the receiver exactly once (2xx per webhook-id)")
                        .allMatch(count -> count == 1);
                List<WebhookDelivery> log = fixture.log();
                List<WebhookDelivery> failures = log.stream()
                        .filter(entry -> entry.getOutcome() == DeliveryOutcome.retrying)
                        .toList();
                assertThat(failures).hasSize(5);
                assertThat(failures)
                        .extracting(WebhookDelivery::getBreakerState)
                        .containsExactly("CLOSED", "CLOSED", "CLOSED", "CLOSED", "OPEN");
                assertThat(log)
                        .as("deliveries found the breaker open and waited")
                        .anyMatch(entry -> entry.getOutcome() == DeliveryOutcome.breaker_open);
                assertThat(log).noneMatch(entry -> entry.getOutcome() == DeliveryOutcome.failed);
                List<Request> requests = receiver.requests();
                assertThat(Duration.between(
                                requests.get(4).at(), requests.get(5).at()))
                        .as("nothing was sent while the breaker was open")
                        .isGreaterThanOrEqualTo(Duration.ofMillis(900));
            }
        }
    }

    @Test
    void shouldNotRetryARequestTheReceiverRejects(EmbeddedKafkaCluster kafka, TestInfo test) throws Exception {
        try (SenderFixture fixture = new SenderFixture(kafka, TestNames.unique(test));
                TestReceiver receiver = new TestReceiver(n -> Answer.of(400))) {
            fixture.webhookTo(receiver.url());
            try (SenderFixture.Started started = fixture.start(SHORT_SCHEDULE, Duration.ofSeconds(1), 4)) {
                fixture.alert("r1:d1:b1:400");

                await().atMost(LONG).until(() -> outcomes(fixture).contains(DeliveryOutcome.failed));
                WebhookDelivery failed = fixture.log().get(0);
                assertThat(failed.getStatusCode()).isEqualTo(400);
                assertThat(failed.getAttempt()).isEqualTo(1);
                assertThat(failed.getNextAttemptAt()).isNull();
                await().during(Duration.ofSeconds(1))
                        .atMost(Duration.ofSeconds(3))
                        .until(() -> receiver.requests().size() == 1);
            }
        }
    }

    @Test
    void shouldWaitAsLongAsRetryAfterAsks(EmbeddedKafkaCluster kafka, TestInfo test) throws Exception {
        try (SenderFixture fixture = new SenderFixture(kafka, TestNames.unique(test));
                TestReceiver receiver = new TestReceiver(n -> n == 1 ? Answer.retryAfter(429, "2") : Answer.of(200))) {
            fixture.webhookTo(receiver.url());
            try (SenderFixture.Started started = fixture.start(SHORT_SCHEDULE, Duration.ofSeconds(1), 4)) {
                fixture.alert("r1:d1:b1:429");

                await().atMost(LONG).until(() -> outcomes(fixture).contains(DeliveryOutcome.delivered));
                List<Request> requests = receiver.requests();
                assertThat(requests).extracting(Request::status).containsExactly(429, 200);
                assertThat(Duration.between(
                                requests.get(0).at(), requests.get(1).at()))
                        .as("the schedule said 200 ms, the receiver 2 s")
                        .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
                WebhookDelivery throttled = fixture.log().get(0);
                assertThat(throttled.getOutcome()).isEqualTo(DeliveryOutcome.retrying);
                assertThat(throttled.getStatusCode()).isEqualTo(429);
                assertThat(Duration.between(throttled.getAttemptedAt(), throttled.getNextAttemptAt()))
                        .isEqualTo(Duration.ofSeconds(2));
            }
        }
    }

    @Test
    void shouldSendAnUnfinishedAlertAgainAfterARestartWithTheSameWebhookId(EmbeddedKafkaCluster kafka, TestInfo test)
            throws Exception {
        try (SenderFixture fixture = new SenderFixture(kafka, TestNames.unique(test));
                TestReceiver receiver = new TestReceiver(n -> Answer.of(n == 1 ? 503 : 200))) {
            fixture.webhookTo(receiver.url());
            fixture.alert("r1:d1:b1:restart");
            List<Duration> slowRetry = List.of(Duration.ZERO, Duration.ofMinutes(10));
            try (SenderFixture.Started first = fixture.start(slowRetry, Duration.ofSeconds(1), 4)) {
                await().atMost(LONG).until(() -> outcomes(fixture).contains(DeliveryOutcome.retrying));
            }
            try (SenderFixture.Started second = fixture.start(slowRetry, Duration.ofSeconds(1), 4)) {
                await().atMost(LONG).until(() -> outcomes(fixture).contains(DeliveryOutcome.delivered));
            }

            assertThat(receiver.requests())
                    .extracting(request -> request.header("webhook-id"))
                    .containsExactly(
                            SenderFixture.messageId("r1:d1:b1:restart"), SenderFixture.messageId("r1:d1:b1:restart"));
            assertThat(receiver.requests()).extracting(Request::status).containsExactly(503, 200);
        }
    }

    private static List<DeliveryOutcome> outcomes(SenderFixture fixture) {
        return fixture.log().stream().map(WebhookDelivery::getOutcome).toList();
    }

    /** How many times each webhook-id was answered with a 2xx: what a deduplicating receiver keeps. */
    private static Map<String, Long> delivered(TestReceiver receiver) {
        return receiver.requests().stream()
                .filter(request -> request.status() / 100 == 2)
                .collect(Collectors.groupingBy(request -> request.header("webhook-id"), Collectors.counting()));
    }

    /** The signature computed here, independently of the sender's signer. */
    private static String expectedSignature(String secret, Request request) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        mac.update((request.header("webhook-id") + "." + request.header("webhook-timestamp") + ".")
                .getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(request.body()));
    }
}
