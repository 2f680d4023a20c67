package io.vigil.app.dev.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.connectors.sns.SnsSourceConfig;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

class DevSnsConnectorTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldExtendTheSnsConnectorsSettings() {
        assertThat(new DevSnsConnector().config().names())
                .containsAll(SnsSourceConfig.definition().names())
                .contains(DevSnsConfig.CERTIFICATE_PATH_CONFIG);
        assertThat(new DevSnsConnector().taskClass()).isEqualTo(DevSnsTask.class);
    }

    @Test
    void shouldRefuseToStartWithoutACertificate() {
        Map<String, String> props = Map.of(
                SnsSourceConfig.LISTEN_PORT_CONFIG, "0", SnsSourceConfig.TOPIC_ARNS_CONFIG, DevSns.DEFAULT_TOPIC_ARN);

        assertThatThrownBy(() -> new DevSnsConnector().start(props))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(DevSnsConfig.CERTIFICATE_PATH_CONFIG);
    }

    @Test
    void shouldGiveTheTaskAClientServingTheConfiguredCertificate() throws Exception {
        DevSigningKey key = DevSigningKey.loadOrCreate(dataDir);

        SdkHttpClient client = new DevSnsTask().createHttpClient(config(key.certificatePath()));

        assertThat(new String(get(client).responseBody().orElseThrow().readAllBytes(), StandardCharsets.US_ASCII))
                .isEqualTo(key.certificatePem());
    }

    @Test
    void shouldRefuseAFileThatIsNotACertificate() throws Exception {
        Path notPem = Files.writeString(dataDir.resolve("not.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n");

        assertThatThrownBy(() -> new DevSnsTask().createHttpClient(config(notPem)))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining("not.pem");
    }

    private static SnsSourceConfig config(Path certificate) {
        return new SnsSourceConfig(Map.of(
                SnsSourceConfig.LISTEN_PORT_CONFIG,
                "0",
                SnsSourceConfig.TOPIC_ARNS_CONFIG,
                DevSns.DEFAULT_TOPIC_ARN,
                DevSnsConfig.CERTIFICATE_PATH_CONFIG,
                certificate.toString()));
    }

    private static HttpExecuteResponse get(SdkHttpClient client) throws Exception {
        SdkHttpRequest request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.GET)
                .uri(URI.create(DevSns.CERTIFICATE_URL))
                .build();
        return client.prepareRequest(
                        HttpExecuteRequest.builder().request(request).build())
                .call();
    }
}
