package io.vigil.connectors.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The endpoint served over HTTPS from a configured keystore, as SNS's HTTPS subscriptions need. */
class SnsHttpsEndpointTest {

    @Test
    void shouldServeHttpsWithTheConfiguredKeystoreAndNotPlainHttp(@TempDir Path dir) throws Exception {
        Path keystore = TestCertificates.keystore(dir, "localhost");
        try (SnsEndpointFixture sns = SnsEndpointFixture.start(
                dir,
                Map.of(
                        SnsSourceConfig.KEYSTORE_PATH_CONFIG,
                        keystore.toString(),
                        SnsSourceConfig.KEYSTORE_PASSWORD_CONFIG,
                        TestCertificates.PASSWORD),
                true)) {
            String body = sns.signer.sign(
                    SnsTestSigner.notification(
                            SnsTestSigner.TOPIC_ARN, SnsFixtures.text(SnsFixtures.S3_PUT), SnsTestSigner.recently()),
                    2);
            HttpClient trusting = HttpClient.newBuilder()
                    .sslContext(trusting(keystore))
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

            HttpResponse<String> response = trusting.send(
                    post(URI.create("https://localhost:" + sns.task.port() + "/sns"), body),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(sns.pump.written()).hasSize(1);
            assertThatThrownBy(() -> sns.http().send(post(sns.uri(), body), HttpResponse.BodyHandlers.ofString()))
                    .as("plain HTTP on the HTTPS port")
                    .isInstanceOf(IOException.class);
        }
    }

    private static HttpRequest post(URI uri, String body) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("x-amz-sns-message-type", "Notification")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, TestCertificates.PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
