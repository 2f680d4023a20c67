package io.vigil.connectors.sqs;

import io.vigil.connectors.common.PluginVersion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.util.ConnectorUtils;

/**
 * Source connector for S3 event notifications on SQS: long-polls one or more queues (direct S3 to SQS, or SNS to SQS
 * envelopes) and writes one {@code S3ObjectEvent} per S3 record, keyed {@code bucket/key}, exactly as
 * {@code POST /ingest} does but with source {@code SQS}. See {@link SqsSourceConfig} for its settings.
 */
public final class SqsSourceConnector extends SourceConnector {

    private Map<String, String> props;
    private List<String> queueUrls;

    @Override
    public String version() {
        return PluginVersion.get();
    }

    @Override
    public void start(Map<String, String> props) {
        this.queueUrls = new SqsSourceConfig(props).queueUrls();
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return SqsSourceTask.class;
    }

    /** Spreads the queues over at most {@code maxTasks} tasks, each with the same settings but its own queues. */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        int tasks = Math.min(maxTasks, queueUrls.size());
        return ConnectorUtils.groupPartitions(queueUrls, tasks).stream()
                .map(queues -> {
                    Map<String, String> task = new HashMap<>(props);
                    task.put(SqsSourceConfig.QUEUE_URLS_CONFIG, String.join(",", queues));
                    return Map.copyOf(task);
                })
                .toList();
    }

    @Override
    public void stop() {
        // The connector holds no resources: the tasks own the SQS clients.
    }

    @Override
    public ConfigDef config() {
        return SqsSourceConfig.CONFIG_DEF;
    }
}
