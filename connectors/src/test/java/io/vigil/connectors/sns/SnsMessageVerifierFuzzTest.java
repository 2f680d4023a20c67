package io.vigil.connectors.sns;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vigil.connectors.sns.TestCertificates.SigningKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import software.amazon.awssdk.messagemanager.sns.SnsMessageManager;
import software.amazon.awssdk.regions.Region;

/**
 * Any body posted to the SNS endpoint is either a verified message or refused with {@link SnsRejection} and a 4xx (or
 * 502 when the certificate cannot be fetched), never another exception: that covers the endpoint's own envelope checks
 * and the AWS SDK's message parser behind them. The clock stands at the seeds' timestamp so that they pass the replay
 * window and reach the signature check. Seeds: signed notifications and confirmations, in
 * {@code SnsMessageVerifierFuzzTestInputs}.
 */
class SnsMessageVerifierFuzzTest {

    static final Instant SEED_TIME = Instant.parse("2026-11-23T10:00:00Z");

    private static final SnsMessageVerifier VERIFIER = verifier();

    @FuzzTest(maxDuration = "5s")
    void shouldVerifyOrRefuseWithAStatus(byte[] body) {
        try {
            SnsEnvelope envelope = VERIFIER.verify(new String(body, StandardCharsets.UTF_8));
            assertThat(envelope.topicArn()).isEqualTo(SnsTestSigner.TOPIC_ARN);
        } catch (SnsRejection refused) {
            assertThat(refused.status()).isIn(400, 403, 502);
        }
    }

    private static SnsMessageVerifier verifier() {
        try {
            SigningKey key = TestCertificates.generate(Files.createTempDirectory("sns-fuzz"), "sns.amazonaws.com");
            SnsMessageManager signatures = SnsMessageManager.builder()
                    .region(Region.US_EAST_1)
                    .httpClient(new FakeSnsHttpClient(key.pem()))
                    .build();
            return new SnsMessageVerifier(
                    new SnsUrlPolicy("us-east-1"),
                    Set.of(SnsTestSigner.TOPIC_ARN),
                    Duration.ofHours(1),
                    Clock.fixed(SEED_TIME, ZoneOffset.UTC),
                    signatures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
