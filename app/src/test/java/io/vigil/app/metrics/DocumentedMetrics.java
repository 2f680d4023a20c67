package io.vigil.app.metrics;

import java.util.List;
import java.util.stream.Stream;

/**
 * The metric names the README's Observability section documents, as Prometheus scrapes them: an IT checks that a running instance
 * exposes each, and a test checks that the Grafana dashboard uses no other.
 */
public final class DocumentedMetrics {

    /** Vigil's own meters. */
    public static final List<String> VIGIL = List.of(
            "vigil_alerts_total",
            "vigil_dlq_records_total",
            "vigil_webhook_attempts_seconds_count",
            "vigil_webhook_attempts_seconds_sum",
            "vigil_webhook_attempts_seconds_bucket",
            "vigil_webhook_breakers",
            "vigil_reader_breaker_state",
            "http_server_requests_seconds_count",
            "http_server_requests_seconds_sum");

    /** Kafka's own client, Streams and state-store metrics, bound from the clients Vigil runs. */
    public static final List<String> KAFKA = List.of(
            "kafka_consumer_fetch_manager_records_consumed_total",
            "kafka_producer_topic_record_send_total",
            "kafka_consumer_fetch_manager_records_lag_max",
            "kafka_stream_state_estimate_num_keys",
            "kafka_stream_state_total_sst_files_size",
            "kafka_stream_task_dropped_records_total",
            "kafka_stream_thread_process_rate");

    /** The JVM meters. */
    public static final List<String> JVM = List.of("jvm_memory_used_bytes", "jvm_gc_pause_seconds_count");

    private DocumentedMetrics() {}

    public static List<String> all() {
        return Stream.of(VIGIL, KAFKA, JVM).flatMap(List::stream).distinct().toList();
    }
}
