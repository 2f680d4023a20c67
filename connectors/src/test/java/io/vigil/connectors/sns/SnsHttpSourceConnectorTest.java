package io.vigil.connectors.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SnsHttpSourceConnectorTest {

    private final SnsHttpSourceConnector connector = new SnsHttpSourceConnector();

    @Test
    void shouldRunExactlyOneTaskWithTheConnectorConfig() {
        Map<String, String> props = Map.of(
                SnsSourceConfig.LISTEN_PORT_CONFIG, "8080", SnsSourceConfig.TOPIC_ARNS_CONFIG, SnsTestSigner.TOPIC_ARN);
        connector.start(props);

        assertThat(connector.taskConfigs(4)).containsExactly(props);
        assertThat(connector.taskClass()).isEqualTo(SnsHttpSourceTask.class);
        assertThat(connector.version()).isNotBlank();
    }

    @Test
    void shouldRefuseAConfigWithoutAllowedTopics() {
        assertThatThrownBy(() -> connector.start(Map.of(SnsSourceConfig.LISTEN_PORT_CONFIG, "8080")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SnsSourceConfig.TOPIC_ARNS_CONFIG);
    }

    @Test
    void shouldRefuseARegionThatCouldRedirectCertificateFetches() {
        Map<String, String> props = Map.of(
                SnsSourceConfig.LISTEN_PORT_CONFIG, "8080",
                SnsSourceConfig.TOPIC_ARNS_CONFIG, SnsTestSigner.TOPIC_ARN,
                SnsSourceConfig.REGION_CONFIG, "evil.com/x");

        assertThatThrownBy(() -> connector.start(props)).isInstanceOf(ConfigException.class);
    }

    @Test
    void shouldDocumentEverySetting() {
        assertThat(connector.config().configKeys().values())
                .allSatisfy(key -> assertThat(key.documentation).isNotBlank());
    }
}
