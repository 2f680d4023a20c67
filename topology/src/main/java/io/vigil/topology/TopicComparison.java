package io.vigil.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;

/** What differs between a topic as declared and as found, split into what must stop start-up and what may not. */
final class TopicComparison {

    private TopicComparison() {}

    static List<String> errors(TopicSpec topic, TopicDescription found, Config config) {
        List<String> errors = new ArrayList<>();
        int partitions = found.partitions().size();
        if (partitions < topic.partitions()) {
            errors.add(topic.name() + ": " + partitions + " partitions, expected " + topic.partitions()
                    + " (add partitions with kafka-topics --alter, or lower vigil.default.partitions)");
        }
        String policy = TopicProvisioner.cleanupPolicyOf(config);
        if (!TopicProvisioner.policies(policy).equals(TopicProvisioner.policies(topic.cleanupPolicy()))) {
            errors.add(topic.name() + ": cleanup.policy=" + policy + ", expected " + topic.cleanupPolicy());
        }
        return errors;
    }

    static List<String> warnings(TopicSpec topic, TopicDescription found, Config config) {
        List<String> warnings = new ArrayList<>();
        int partitions = found.partitions().size();
        if (partitions > topic.partitions()) {
            warnings.add(topic.name() + " has " + partitions + " partitions, more than the " + topic.partitions()
                    + " declared; topics joined with it must have as many");
        }
        int replicas = found.partitions().get(0).replicas().size();
        if (replicas != topic.replicationFactor()) {
            warnings.add(
                    topic.name() + " has replication factor " + replicas + ", declared " + topic.replicationFactor());
        }
        for (Map.Entry<String, String> declared : topic.configs().entrySet()) {
            if (declared.getKey().equals(TopicConfig.CLEANUP_POLICY_CONFIG)) {
                continue;
            }
            ConfigEntry actual = config == null ? null : config.get(declared.getKey());
            if (actual == null || !declared.getValue().equals(actual.value())) {
                warnings.add(topic.name() + " has " + declared.getKey() + "="
                        + (actual == null ? "(unset)" : actual.value()) + ", declared " + declared.getValue());
            }
        }
        return warnings;
    }
}
