package io.vigil.topology;

import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.TopicConfig;

/** How one topic must look: the single declaration provisioning creates it from and checks it against. */
public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> configs) {

    private static final Pattern LEGAL_NAME = Pattern.compile("vigil\\.[a-z0-9]+(\\.[a-z0-9]+(-[a-z0-9]+)*)*");

    public TopicSpec {
        if (!LEGAL_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Topic name " + name + " does not follow vigil.<domain>.<kebab-name>");
        }
        if (partitions < 1 || replicationFactor < 1) {
            throw new IllegalArgumentException("Topic " + name + " needs at least one partition and one replica");
        }
        configs = Map.copyOf(configs);
    }

    public String cleanupPolicy() {
        return configs.getOrDefault(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
    }
}
