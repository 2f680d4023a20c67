package io.vigil.connectors.sns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.connectors.sns.TestCertificates.SigningKey;
import io.vigil.schema.errors.DeadLetterHeaders;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnsHttpSourceTaskTest {

    private static final String OTHER_TOPIC_ARN = "arn:aws:sns:us-east-1:123456789012:someone-else";

    private Path dir;
    private SnsEndpointFixture sns;
    private SigningKey forger;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        this.dir = dir;
        sns = SnsEndpointFixture.start(dir, Map.of(), true);
        forger = TestCertificates.generate(dir, "sns.amazonaws.com");
    }

    @AfterAll
    void stop() throws Exception {
        sns.close();
    }

    @BeforeEach
    void reset() {
        sns.fake.clear();
        sns.pump.clear();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void shouldWriteTheObjectEventOfASignedNotificationBeforeAnswering200(int version) throws Exception {
        String body = sns.signer.sign(s3Put(SnsTestSigner.TOPIC_ARN, SnsTestSigner.recently()), version);

        HttpResponse<String> response = sns.post(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(sns.pump.written()).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo(SnsEndpointFixture.EVENTS_TOPIC);
            assertThat(record.key()).isEqualTo("acme-landing/orders/2026-11-23/a b/c.csv");
            S3ObjectEvent event = SnsFixtures.decode(record.topic(), (byte[]) record.value());
            assertThat(event.getSource()).isEqualTo(S3EventSource.SNS);
            assertThat(event.getSize()).isEqualTo(1024);
            assertThat(event.getEventName()).isEqualTo("ObjectCreated:Put");
        });
    }

    @Test
    void shouldRefuseANotificationSignedByAnotherKey() throws Exception {
        SnsTestSigner forgery = new SnsTestSigner(forger.privateKey(), FakeSnsHttpClient.CERT_URL);

        HttpResponse<String> response =
                sns.post(forgery.sign(s3Put(SnsTestSigner.TOPIC_ARN, SnsTestSigner.recently()), 2));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("signature");
        assertThat(sns.pump.written()).isEmpty();
    }

    @Test
    void shouldRefuseANotificationChangedAfterSigning() throws Exception {
        ObjectNode message = s3Put(SnsTestSigner.TOPIC_ARN, SnsTestSigner.recently());
        sns.signer.sign(message, 2);
        message.put("Message", message.get("Message").asText().replace("acme-landing", "acme-evil"));

        HttpResponse<String> response = sns.post(SnsTestSigner.json(message));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(sns.pump.written()).isEmpty();
    }

    @Test
    void shouldRefuseAnotherTopicWithoutAnyRequest() throws Exception {
        HttpResponse<String> response = sns.post(sns.signer.sign(s3Put(OTHER_TOPIC_ARN, SnsTestSigner.recently()), 2));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("TopicArn");
        assertThat(sns.fake.requests()).isEmpty();
        assertThat(sns.pump.written()).isEmpty();
    }

    @Test
    void shouldRefuseAReplayedNotificationWithoutAnyRequest() throws Exception {
        Instant twoHoursAgo = SnsTestSigner.recently().minus(Duration.ofHours(2));

        HttpResponse<String> response = sns.post(sns.signer.sign(s3Put(SnsTestSigner.TOPIC_ARN, twoHoursAgo), 2));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("older");
        assertThat(sns.fake.requests()).isEmpty();
    }

    @Test
    void shouldRefuseATimestampFromTheFuture() throws Exception {
        Instant inTenMinutes = SnsTestSigner.recently().plus(Duration.ofMinutes(10));

        HttpResponse<String> response = sns.post(sns.signer.sign(s3Put(SnsTestSigner.TOPIC_ARN, inTenMinutes), 2));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("future");
        assertThat(sns.fake.requests()).isEmpty();
    }

    @Test
    void shouldRefuseACertificateFromAnotherHostWithoutAnyRequest() throws Exception {
        ObjectNode message = s3Put(SnsTestSigner.TOPIC_ARN, SnsTestSigner.recently());
        message.put("SigningCertURL", "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-abc.pem");

        HttpResponse<String> response = sns.post(sns.signer.sign(message, 2));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(sns.fake.requests()).isEmpty();
    }

    @Test
    void shouldRefuseACertificateThatIsNotForSns() throws Exception {
        SigningKey impostor = TestCertificates.generate(dir, "sns.amazonaws.com.evil.example");
        String impostorUrl = SnsTestSigner.HOST + "/SimpleNotificationService-impostor.pem";
        sns.fake.serve(impostorUrl, impostor.pem());
        SnsTestSigner signer = new SnsTestSigner(impostor.privateKey(), impostorUrl);

        HttpResponse<String> response =
                sns.post(signer.sign(s3Put(SnsTestSigner.TOPIC_ARN, SnsTestSigner.recently()), 2));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(sns.fake.requests()).hasSize(1);
        assertThat(sns.pump.written()).isEmpty();
    }

    @Test
    void shouldConfirmASubscriptionToAnAllowedTopicExactlyOnce() throws Exception {
        ObjectNode confirmation = SnsTestSigner.confirmation(
                "SubscriptionConfirmation",
                SnsTestSigner.TOPIC_ARN,
                SnsTestSigner.subscribeUrl(SnsTestSigner.TOPIC_ARN),
                SnsTestSigner.recently());

        HttpResponse<String> response = sns.post(sns.signer.sign(confirmation, 1));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(sns.fake.confirmations()).singleElement().satisfies(request -> {
            assertThat(request.protocol()).isEqualTo("https");
            assertThat(request.host()).isEqualTo("sns.us-east-1.amazonaws.com");
        });
    }

    @Test
    void shouldNeverConfirmASubscriptionToAnotherTopic() throws Exception {
        ObjectNode confirmation = SnsTestSigner.confirmation(
                "SubscriptionConfirmation",
                OTHER_TOPIC_ARN,
                SnsTestSigner.subscribeUrl(OTHER_TOPIC_ARN),
                SnsTestSigner.recently());

        HttpResponse<String> response = sns.post(sns.signer.sign(confirmation, 2));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(sns.fake.requests()).isEmpty();
    }

    @Test
    void shouldAcknowledgeAnUnsubscribeConfirmationWithoutResubscribing() throws Exception {
        ObjectNode confirmation = SnsTestSigner.confirmation(
                "UnsubscribeConfirmation",
                SnsTestSigner.TOPIC_ARN,
                SnsTestSigner.subscribeUrl(SnsTestSigner.TOPIC_ARN),
                SnsTestSigner.recently());

        HttpResponse<String> response = sns.post(sns.signer.sign(confirmation, 2));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(sns.fake.confirmations()).isEmpty();
    }

    @Test
    void shouldAnswerTheS3TestEventWithoutARecord() throws Exception {
        ObjectNode message = SnsTestSigner.notification(
                SnsTestSigner.TOPIC_ARN, SnsFixtures.text(SnsFixtures.S3_TEST_EVENT), SnsTestSigner.recently());

        HttpResponse<String> response = sns.post(sns.signer.sign(message, 2));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sns.pump.written()).isEmpty();
    }

    @Test
    void shouldDeadLetterASignedNotificationThatIsNotAnS3Notification() throws Exception {
        ObjectNode message =
                SnsTestSigner.notification(SnsTestSigner.TOPIC_ARN, "{\"hello\": \"world\"}", SnsTestSigner.recently());
        String body = sns.signer.sign(message, 2);

        HttpResponse<String> response = sns.post(body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sns.pump.written()).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo(SnsEndpointFixture.DLQ_TOPIC);
            assertThat((byte[]) record.value()).asString().isEqualTo(body);
            assertThat(record.headers().lastWithName(DeadLetterHeaders.TOPIC).value())
                    .isEqualTo(SnsTestSigner.TOPIC_ARN);
            assertThat(record.headers().lastWithName(DeadLetterHeaders.OFFSET).value())
                    .isEqualTo(message.get("MessageId").asText());
            assertThat(record.headers().lastWithName(DeadLetterHeaders.MESSAGE).value())
                    .asString()
                    .contains("Records");
        });
    }

    @Test
    void shouldAnswer200ToEachCopyOfADuplicateMessage() throws Exception {
        String body = sns.signer.sign(s3Put(SnsTestSigner.TOPIC_ARN, SnsTestSigner.recently()), 2);

        assertThat(sns.post(body).statusCode()).isEqualTo(200);
        assertThat(sns.post(body).statusCode()).isEqualTo(200);

        assertThat(sns.pump.written())
                .hasSize(2)
                .extracting(SourceRecord::key)
                .containsOnly("acme-landing/orders/2026-11-23/a b/c.csv");
    }

    @Test
    void shouldRefuseMethodsOtherThanPost() throws Exception {
        HttpResponse<String> response =
                sns.http().send(sns.request().GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void shouldRefuseABodyLargerThanAnSnsMessage() throws Exception {
        byte[] huge = new byte[SnsRequestHandler.MAX_BODY_BYTES + 1];

        HttpResponse<String> response = sns.http()
                .send(
                        sns.request()
                                .POST(HttpRequest.BodyPublishers.ofByteArray(huge))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void shouldRefuseAStreamedBodyLargerThanAnSnsMessage() throws Exception {
        byte[] huge = new byte[SnsRequestHandler.MAX_BODY_BYTES + 1];
        HttpRequest chunked = sns.request()
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build();

        HttpResponse<String> response = sns.http().send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "[]",
                "{\"Type\": \"Notification\"}",
                "{\"Type\": \"Something\", \"MessageId\": \"1\"}",
                "{\"Type\": \"Notification\", \"Type\": \"SubscriptionConfirmation\"}",
                "{\"Type\": \"Notification\"} trailing"
            })
    void shouldRefuseBodiesThatAreNotSnsMessagesWithoutAnyRequest(String body) throws Exception {
        HttpResponse<String> response = sns.post(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(sns.fake.requests()).isEmpty();
    }

    private static ObjectNode s3Put(String topicArn, Instant timestamp) {
        return SnsTestSigner.notification(topicArn, SnsFixtures.text(SnsFixtures.S3_PUT), timestamp);
    }
}
