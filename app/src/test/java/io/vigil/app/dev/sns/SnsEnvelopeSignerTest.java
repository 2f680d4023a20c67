package io.vigil.app.dev.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.messagemanager.sns.SnsMessageManager;
import software.amazon.awssdk.messagemanager.sns.model.SnsMessage;
import software.amazon.awssdk.messagemanager.sns.model.SnsNotification;
import software.amazon.awssdk.regions.Region;

class SnsEnvelopeSignerTest {

    static final String S3_PUT = "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\","
            + "\"awsRegion\":\"us-east-1\",\"eventTime\":\"2026-11-23T09:15:30.123Z\",\"eventName\":\"ObjectCreated:Put\","
            + "\"s3\":{\"bucket\":{\"name\":\"vigil-demo\"},\"object\":{\"key\":\"acme/invoices/today.csv\","
            + "\"size\":512,\"eTag\":\"d41d8cd98f00b204e9800998ecf8427e\",\"sequencer\":\"0055AED6DCD90281E5\"}}}]}";

    @TempDir
    static Path dataDir;

    private static DevSigningKey key;

    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:15:31Z"), ZoneOffset.UTC);
    private final SnsMessageManager sdk = SnsMessageManager.builder()
            .region(Region.US_EAST_1)
            .httpClient(new DevSnsHttpClient(key.certificatePem()))
            .build();

    @BeforeAll
    static void createKey() {
        key = DevSigningKey.loadOrCreate(dataDir);
    }

    @AfterEach
    void close() {
        sdk.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void shouldSignEnvelopesTheSdkAccepts(int version) {
        SignedNotification signed = signer().notification(DevSns.DEFAULT_TOPIC_ARN, S3_PUT, version);

        SnsMessage verified = sdk.parseMessage(signed.json());

        assertThat(verified).isInstanceOf(SnsNotification.class);
        assertThat(((SnsNotification) verified).message()).isEqualTo(S3_PUT);
        assertThat(verified.messageId()).isEqualTo(signed.messageId());
        assertThat(verified.topicArn()).isEqualTo(DevSns.DEFAULT_TOPIC_ARN);
    }

    @Test
    void shouldWriteTheFieldsAsSnsDoes() throws Exception {
        JsonNode envelope = json.readTree(
                signer().notification(DevSns.DEFAULT_TOPIC_ARN, S3_PUT, 2).json());

        assertThat(envelope.fieldNames())
                .toIterable()
                .containsExactly(
                        "Type",
                        "MessageId",
                        "TopicArn",
                        "Message",
                        "Timestamp",
                        "SignatureVersion",
                        "Signature",
                        "SigningCertURL",
                        "UnsubscribeURL");
        assertThat(envelope.get("Timestamp").asText()).isEqualTo("2026-11-23T09:15:31.000Z");
        assertThat(envelope.get("SignatureVersion").asText()).isEqualTo("2");
        assertThat(envelope.get("SigningCertURL").asText()).isEqualTo(DevSns.CERTIFICATE_URL);
        assertThat(envelope.get("UnsubscribeURL").asText())
                .startsWith("https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn="
                        + DevSns.DEFAULT_TOPIC_ARN + ":");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void shouldHaveTheSdkRefuseATamperedEnvelope(int version) {
        SignedNotification tampered =
                SnsEnvelopeSigner.tamper(signer().notification(DevSns.DEFAULT_TOPIC_ARN, S3_PUT, version));

        assertThatThrownBy(() -> sdk.parseMessage(tampered.json())).hasMessageContaining("signature");
    }

    @Test
    void shouldRefuseUnknownSignatureVersions() {
        assertThatThrownBy(() -> signer().notification(DevSns.DEFAULT_TOPIC_ARN, S3_PUT, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private SnsEnvelopeSigner signer() {
        return new SnsEnvelopeSigner(key.privateKey(), DevSns.CERTIFICATE_URL, clock);
    }
}
