package io.vigil.topology;

import io.vigil.config.VigilConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Every topic Vigil uses, declared once: name, partitions, replication, cleanup and retention (DESIGN.md, Topics).
 * Topics that are joined share one partition count, so co-partitioning holds by construction.
 */
public final class VigilTopics {

    public static final String S3_OBJECT_EVENTS = "vigil.s3.object-events";
    public static final String DLQ = "vigil.dlq";
    public static final String QUALITY_RULES = "vigil.quality.rules";
    public static final String QUALITY_RESULTS = "vigil.quality.results";
    public static final String SENSOR_FILES = "vigil.sensor.files";
    public static final String SENSOR_READINGS = "vigil.sensor.readings";
    public static final String UPTIME_POLLS = "vigil.uptime.polls";
    public static final String UPTIME_BUSINESS_HOURS = "vigil.uptime.business-hours";
    public static final String UPTIME_TIMEZONES = "vigil.uptime.timezones";
    public static final String UPTIME_ALERTS = "vigil.uptime.alerts";
    public static final String UPTIME_REPORT_REQUESTS = "vigil.uptime.report-requests";
    public static final String UPTIME_REPORT_PARTS = "vigil.uptime.report-parts";
    public static final String UPTIME_REPORTS = "vigil.uptime.reports";

    private static final Duration POLL_RETENTION = Duration.ofDays(9);
    private static final Duration DLQ_RETENTION = Duration.ofDays(14);
    private static final List<String> TENANCY_ENTITIES =
            List.of("orgs", "projects", "devices", "api-keys", "rules", "webhooks");

    private final int partitions;
    private final short replicationFactor;

    public VigilTopics(int partitions, short replicationFactor) {
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    public static VigilTopics from(VigilConfig config) {
        return new VigilTopics(config.defaultPartitions(), config.replicationFactor());
    }

    public List<TopicSpec> all() {
        List<TopicSpec> topics = new java.util.ArrayList<>(List.of(
                deleted(S3_OBJECT_EVENTS),
                compacted("vigil.delivery.expectations"),
                compacted("vigil.delivery.calendars"),
                deleted("vigil.delivery.commands"),
                deleted("vigil.delivery.events"),
                deleted("vigil.delivery.alerts"),
                deleted(SENSOR_FILES),
                deleted(SENSOR_READINGS),
                retained(UPTIME_POLLS, POLL_RETENTION),
                compacted(UPTIME_BUSINESS_HOURS),
                compacted(UPTIME_TIMEZONES),
                deleted(UPTIME_REPORT_REQUESTS),
                deleted(UPTIME_REPORT_PARTS),
                compacted(UPTIME_REPORTS),
                deleted(UPTIME_ALERTS),
                compacted(QUALITY_RULES),
                deleted(QUALITY_RESULTS),
                deleted("vigil.telemetry.events"),
                deleted("vigil.telemetry.alerts"),
                deleted("vigil.telemetry.webhook-deliveries"),
                retained(DLQ, DLQ_RETENTION)));
        TENANCY_ENTITIES.forEach(entity -> topics.add(compacted("vigil.tenancy." + entity)));
        return List.copyOf(topics);
    }

    private TopicSpec deleted(String name) {
        return new TopicSpec(
                name,
                partitions,
                replicationFactor,
                Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE));
    }

    private TopicSpec retained(String name, Duration retention) {
        return new TopicSpec(
                name,
                partitions,
                replicationFactor,
                Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG,
                        TopicConfig.CLEANUP_POLICY_DELETE,
                        TopicConfig.RETENTION_MS_CONFIG,
                        Long.toString(retention.toMillis())));
    }

    private TopicSpec compacted(String name) {
        return new TopicSpec(
                name,
                partitions,
                replicationFactor,
                Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
    }
}
