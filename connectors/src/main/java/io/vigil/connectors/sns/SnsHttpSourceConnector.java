package io.vigil.connectors.sns;

import io.vigil.connectors.common.PluginVersion;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * Receives S3 event notifications from SNS over HTTP(S) and writes one {@code S3ObjectEvent} per S3 record to
 * {@code vigil.s3.object-events}. One task, since it owns the listening port; SNS gets 2xx only once the records are
 * in Kafka.
 */
public class SnsHttpSourceConnector extends SourceConnector {

    private Map<String, String> props;

    @Override
    public String version() {
        return PluginVersion.get();
    }

    @Override
    public void start(Map<String, String> props) {
        new SnsSourceConfig(props);
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return SnsHttpSourceTask.class;
    }

    /** Exactly one task: a second would compete for the same port. */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of(props);
    }

    @Override
    public void stop() {}

    @Override
    public ConfigDef config() {
        return SnsSourceConfig.definition();
    }
}
