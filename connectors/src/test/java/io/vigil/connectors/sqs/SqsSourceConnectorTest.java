package io.vigil.connectors.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SqsSourceConnectorTest {

    private static final String A = "http://127.0.0.1:9324/000000000000/a";
    private static final String B = "http://127.0.0.1:9324/000000000000/b";
    private static final String C = "http://127.0.0.1:9324/000000000000/c";

    private final SqsSourceConnector connector = new SqsSourceConnector();

    @Test
    void shouldSpreadTheQueuesOverAtMostMaxTasks() {
        connector.start(Map.of(SqsSourceConfig.QUEUE_URLS_CONFIG, A + "," + B + "," + C, "sqs.region", "eu-west-1"));

        List<Map<String, String>> tasks = connector.taskConfigs(2);

        assertThat(tasks)
                .extracting(task -> task.get(SqsSourceConfig.QUEUE_URLS_CONFIG))
                .containsExactly(A + "," + B, C);
        assertThat(tasks).allSatisfy(task -> assertThat(task).containsEntry("sqs.region", "eu-west-1"));
    }

    @Test
    void shouldStartNoMoreTasksThanQueues() {
        connector.start(Map.of(SqsSourceConfig.QUEUE_URLS_CONFIG, A + "," + B));

        assertThat(connector.taskConfigs(5))
                .extracting(task -> task.get(SqsSourceConfig.QUEUE_URLS_CONFIG))
                .containsExactly(A, B);
    }

    @Test
    void shouldGiveEveryQueueToTheOnlyTask() {
        connector.start(Map.of(SqsSourceConfig.QUEUE_URLS_CONFIG, A + "," + B + "," + C));

        List<Map<String, String>> tasks = connector.taskConfigs(1);

        assertThat(tasks).singleElement().satisfies(task -> assertThat(new SqsSourceConfig(task).queueUrls())
                .containsExactly(A, B, C));
    }

    @Test
    void shouldRefuseToStartWithAnInvalidConfig() {
        assertThatThrownBy(() -> connector.start(Map.of(SqsSourceConfig.QUEUE_URLS_CONFIG, "")))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void shouldDescribeItself() {
        assertThat(connector.taskClass()).isEqualTo(SqsSourceTask.class);
        assertThat(connector.config()).isSameAs(SqsSourceConfig.CONFIG_DEF);
        assertThat(connector.version()).isNotBlank();
    }
}
