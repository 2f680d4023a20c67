package io.vigil.connectors.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.connectors.common.OutputTopics;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqsSourceConfigTest {

    private static final String QUEUE = "https://sqs.eu-west-1.amazonaws.com/123456789012/vigil-s3";

    @Test
    void shouldApplyTheDefaults() {
        SqsSourceConfig config = new SqsSourceConfig(Map.of(SqsSourceConfig.QUEUE_URLS_CONFIG, QUEUE));

        assertThat(config.queueUrls()).containsExactly(QUEUE);
        assertThat(config.region()).isEqualTo("us-east-1");
        assertThat(config.endpoint()).isEmpty();
        assertThat(config.waitTimeSeconds()).isEqualTo(20);
        assertThat(config.maxMessages()).isEqualTo(10);
        assertThat(config.visibilityTimeoutSeconds()).isEmpty();
        assertThat(config.staticCredentials()).isEmpty();
        assertThat(config.topic()).isEqualTo("vigil.s3.object-events");
        assertThat(config.deadLetterTopic()).isEqualTo("vigil.dlq");
    }

    @Test
    void shouldReadEverySetting() {
        SqsSourceConfig config = new SqsSourceConfig(Map.of(
                SqsSourceConfig.QUEUE_URLS_CONFIG, QUEUE + ", http://127.0.0.1:9324/000000000000/other",
                SqsSourceConfig.REGION_CONFIG, "eu-west-1",
                SqsSourceConfig.ENDPOINT_CONFIG, "http://127.0.0.1:9324",
                SqsSourceConfig.WAIT_TIME_SECONDS_CONFIG, "0",
                SqsSourceConfig.MAX_MESSAGES_CONFIG, "1",
                SqsSourceConfig.VISIBILITY_TIMEOUT_SECONDS_CONFIG, "45",
                SqsSourceConfig.ACCESS_KEY_ID_CONFIG, "key",
                SqsSourceConfig.SECRET_ACCESS_KEY_CONFIG, "secret",
                OutputTopics.TOPIC_CONFIG, "events",
                OutputTopics.DLQ_TOPIC_CONFIG, "dead"));

        assertThat(config.queueUrls()).containsExactly(QUEUE, "http://127.0.0.1:9324/000000000000/other");
        assertThat(config.region()).isEqualTo("eu-west-1");
        assertThat(config.endpoint()).contains(URI.create("http://127.0.0.1:9324"));
        assertThat(config.waitTimeSeconds()).isZero();
        assertThat(config.maxMessages()).isEqualTo(1);
        assertThat(config.visibilityTimeoutSeconds()).contains(45);
        assertThat(config.staticCredentials()).contains(new SqsSourceConfig.StaticCredentials("key", "secret"));
        assertThat(config.topic()).isEqualTo("events");
        assertThat(config.deadLetterTopic()).isEqualTo("dead");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "21", "twenty"})
    void shouldRejectABadWaitTime(String waitTime) {
        assertThatThrownBy(() -> new SqsSourceConfig(Map.of(
                        SqsSourceConfig.QUEUE_URLS_CONFIG, QUEUE, SqsSourceConfig.WAIT_TIME_SECONDS_CONFIG, waitTime)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SqsSourceConfig.WAIT_TIME_SECONDS_CONFIG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "11"})
    void shouldRejectABadMaxMessages(String maxMessages) {
        assertThatThrownBy(() -> new SqsSourceConfig(Map.of(
                        SqsSourceConfig.QUEUE_URLS_CONFIG, QUEUE, SqsSourceConfig.MAX_MESSAGES_CONFIG, maxMessages)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SqsSourceConfig.MAX_MESSAGES_CONFIG);
    }

    @Test
    void shouldRejectAnEmptyOrMissingQueueList() {
        assertThatThrownBy(() -> new SqsSourceConfig(Map.of(SqsSourceConfig.QUEUE_URLS_CONFIG, "")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("at least one queue URL");
        assertThatThrownBy(() -> new SqsSourceConfig(Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SqsSourceConfig.QUEUE_URLS_CONFIG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vigil-s3", "ftp://host/queue", "http:///no-host", "https://bad host/q"})
    void shouldRejectAQueueThatIsNotAnHttpUrl(String queue) {
        assertThatThrownBy(() -> new SqsSourceConfig(Map.of(SqsSourceConfig.QUEUE_URLS_CONFIG, queue)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("not an http or https URL");
    }

    @Test
    void shouldRejectABadEndpointAndVisibilityTimeout() {
        assertThatThrownBy(() -> new SqsSourceConfig(
                        Map.of(SqsSourceConfig.QUEUE_URLS_CONFIG, QUEUE, SqsSourceConfig.ENDPOINT_CONFIG, "localhost")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SqsSourceConfig.ENDPOINT_CONFIG);
        assertThatThrownBy(() -> new SqsSourceConfig(Map.of(
                        SqsSourceConfig.QUEUE_URLS_CONFIG,
                        QUEUE,
                        SqsSourceConfig.VISIBILITY_TIMEOUT_SECONDS_CONFIG,
                        "43201")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SqsSourceConfig.VISIBILITY_TIMEOUT_SECONDS_CONFIG);
    }

    @Test
    void shouldRequireBothStaticCredentialsOrNeither() {
        assertThatThrownBy(() -> new SqsSourceConfig(
                        Map.of(SqsSourceConfig.QUEUE_URLS_CONFIG, QUEUE, SqsSourceConfig.ACCESS_KEY_ID_CONFIG, "key")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("must be set together");
    }

    @Test
    void shouldHideTheCredentials() {
        Map<String, String> props = new HashMap<>();
        props.put(SqsSourceConfig.QUEUE_URLS_CONFIG, QUEUE);
        props.put(SqsSourceConfig.ACCESS_KEY_ID_CONFIG, "AKIAEXAMPLE");
        props.put(SqsSourceConfig.SECRET_ACCESS_KEY_CONFIG, "very-secret");
        SqsSourceConfig config = new SqsSourceConfig(props);

        assertThat(config.staticCredentials().orElseThrow().toString())
                .doesNotContain("AKIAEXAMPLE")
                .doesNotContain("very-secret");
        assertThat(config.values().toString()).doesNotContain("very-secret");
    }

    @Test
    void shouldReportBadValuesPerKeyWhenConnectValidates() {
        List<ConfigValue> values = new SqsSourceConnector()
                .validate(Map.of(SqsSourceConfig.QUEUE_URLS_CONFIG, "", SqsSourceConfig.WAIT_TIME_SECONDS_CONFIG, "30"))
                .configValues();

        assertThat(errors(values, SqsSourceConfig.QUEUE_URLS_CONFIG))
                .singleElement()
                .asString()
                .contains("at least one queue URL");
        assertThat(errors(values, SqsSourceConfig.WAIT_TIME_SECONDS_CONFIG)).isNotEmpty();
        assertThat(errors(values, SqsSourceConfig.MAX_MESSAGES_CONFIG)).isEmpty();
    }

    private static List<String> errors(List<ConfigValue> values, String name) {
        return values.stream()
                .filter(value -> value.name().equals(name))
                .findFirst()
                .orElseThrow()
                .errorMessages();
    }
}
