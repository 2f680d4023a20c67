package io.vigil.app.dev.sns;

import io.vigil.connectors.sns.SnsHttpSourceConnector;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SNS HTTP source connector of {@code vigil dev}: every check of {@link SnsHttpSourceConnector}, but its task
 * ({@link DevSnsTask}) trusts a local development certificate instead of fetching SNS's. Never for production.
 */
public class DevSnsConnector extends SnsHttpSourceConnector {

    private static final Logger log = LoggerFactory.getLogger(DevSnsConnector.class);

    @Override
    public void start(Map<String, String> props) {
        DevSnsConfig config = new DevSnsConfig(props);
        log.warn(
                "The dev SNS connector trusts the local development certificate {} as SNS's signing certificate:"
                        + " it is for `vigil dev` only and must not be used in production",
                config.certificatePath());
        super.start(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return DevSnsTask.class;
    }

    @Override
    public ConfigDef config() {
        return DevSnsConfig.definition();
    }
}
