package io.vigil.connectors.webhook;

import io.vigil.connectors.common.CompactedTopicFollower;
import io.vigil.schema.tenancy.Webhook;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every enabled webhook, read from the compacted {@code vigil.tenancy.webhooks} (keyed {@code project_id/webhook_id},
 * a null value deletes) and kept up to date by a thread of its own. The sender must not start before it is loaded, or
 * alerts would find no subscriber and be skipped: {@link #start} returns only once the topic has been read to its end.
 * Telemetry alerts belong to a project and go to that project's webhooks only; delivery and uptime alerts are not
 * tenant-scoped and go to every webhook subscribed to their type.
 */
public final class WebhookDirectory implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookDirectory.class);

    private final Deserializer<Webhook> webhooks;
    /** project id → webhook id → webhook; disabled and deleted webhooks are not kept. */
    private final Map<String, Map<String, Webhook>> byProject = new ConcurrentHashMap<>();

    private final CompactedTopicFollower follower;

    /** @param consumer a consumer without a group; this object owns and closes it */
    public WebhookDirectory(Consumer<String, byte[]> consumer, Deserializer<Webhook> webhooks, String topic) {
        this.webhooks = webhooks;
        this.follower = new CompactedTopicFollower(consumer, topic, this::apply);
    }

    /** Reads the webhooks topic to its end, then follows it. */
    public WebhookDirectory start(Duration timeout) {
        follower.start(timeout);
        log.info("Loaded {} enabled webhooks", all().count());
        return this;
    }

    /** The enabled webhooks that should receive {@code message}. */
    List<Webhook> subscribers(AlertMessage message) {
        Stream<Webhook> candidates = message.projectId() == null
                ? all()
                : byProject.getOrDefault(message.projectId(), Map.of()).values().stream();
        return candidates
                .filter(webhook ->
                        webhook.getEventTypes().contains(message.type().wireName()))
                .toList();
    }

    /** The webhook as it is now, if it still exists and is enabled: its URL or secret may have changed since. */
    Optional<Webhook> current(String projectId, String webhookId) {
        return Optional.ofNullable(byProject.getOrDefault(projectId, Map.of()).get(webhookId));
    }

    private Stream<Webhook> all() {
        return byProject.values().stream().flatMap(webhooks -> webhooks.values().stream());
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        int slash = record.key() == null ? -1 : record.key().indexOf('/');
        if (slash < 0) {
            log.warn(
                    "Ignoring a webhook whose key is not project_id/webhook_id at {}-{}@{}",
                    record.topic(),
                    record.partition(),
                    record.offset());
            return;
        }
        String projectId = record.key().substring(0, slash);
        String webhookId = record.key().substring(slash + 1);
        Webhook webhook;
        try {
            webhook = record.value() == null ? null : webhooks.deserialize(record.topic(), record.value());
        } catch (RuntimeException e) {
            log.warn(
                    "Ignoring an unreadable webhook at {}-{}@{}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.toString());
            return;
        }
        Map<String, Webhook> project = byProject.computeIfAbsent(projectId, p -> new ConcurrentHashMap<>());
        if (webhook == null || !webhook.getEnabled()) {
            project.remove(webhookId);
        } else {
            project.put(webhookId, webhook);
        }
    }

    @Override
    public void close() {
        follower.close();
    }
}
