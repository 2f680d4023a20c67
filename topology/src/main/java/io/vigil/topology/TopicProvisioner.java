package io.vigil.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates missing topics and checks existing ones against their declaration. Fewer partitions than declared (which
 * breaks co-partitioning) or another cleanup policy (which loses compacted state or keeps garbage forever) stops
 * start-up; other differences, such as retention tuned by operators, are logged.
 */
public final class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

    private final Admin admin;
    private final Duration timeout;

    public TopicProvisioner(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    /** Ensures every topic exists as declared; throws {@link TopicMismatchException} naming each serious mismatch. */
    public void provision(Collection<TopicSpec> topics) {
        Set<String> existing = await(admin.listTopics().names(), "list topics");
        List<NewTopic> missing = topics.stream()
                .filter(topic -> !existing.contains(topic.name()))
                .map(topic -> new NewTopic(topic.name(), topic.partitions(), topic.replicationFactor())
                        .configs(topic.configs()))
                .toList();
        if (!missing.isEmpty()) {
            create(missing);
        }
        check(topics.stream().filter(topic -> existing.contains(topic.name())).toList());
    }

    private void create(List<NewTopic> missing) {
        admin.createTopics(missing).values().forEach((name, created) -> {
            try {
                created.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                log.info("Created topic {}", name);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new KafkaException(
                            "Cannot create topic " + name + ": " + e.getCause().getMessage(), e);
                }
            } catch (InterruptedException | TimeoutException e) {
                throw failure("create topic " + name, e);
            }
        });
    }

    private void check(List<TopicSpec> topics) {
        if (topics.isEmpty()) {
            return;
        }
        Map<String, TopicDescription> descriptions = await(
                admin.describeTopics(topics.stream().map(TopicSpec::name).toList())
                        .allTopicNames(),
                "describe topics");
        List<ConfigResource> resources = topics.stream()
                .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic.name()))
                .toList();
        Map<ConfigResource, Config> configs =
                await(admin.describeConfigs(resources).all(), "describe topic configs");
        List<String> errors = new ArrayList<>();
        for (TopicSpec topic : topics) {
            TopicDescription description = descriptions.get(topic.name());
            Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()));
            errors.addAll(TopicComparison.errors(topic, description, config));
            TopicComparison.warnings(topic, description, config).forEach(warning -> log.warn("{}", warning));
        }
        if (!errors.isEmpty()) {
            throw new TopicMismatchException(errors);
        }
    }

    private <T> T await(org.apache.kafka.common.KafkaFuture<T> future, String what) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new KafkaException("Cannot " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw failure(what, e);
        }
    }

    private KafkaException failure(String what, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return new KafkaException(
                "Cannot " + what + ": Kafka did not answer within " + timeout.toSeconds()
                        + " s; is it reachable at the configured bootstrap servers?",
                e);
    }

    static String cleanupPolicyOf(Config config) {
        var entry = config == null ? null : config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
        return entry == null ? TopicConfig.CLEANUP_POLICY_DELETE : entry.value();
    }

    static Set<String> policies(String policy) {
        return java.util.Arrays.stream(policy.split(",")).map(String::trim).collect(Collectors.toSet());
    }
}
