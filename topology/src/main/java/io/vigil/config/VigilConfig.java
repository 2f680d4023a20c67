package io.vigil.config;

import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.types.Password;

/**
 * Vigil's one typed configuration. Every key starts with {@code vigil.}; unknown {@code vigil.*} keys are an error
 * (not the warning {@link AbstractConfig} gives), and Kafka client settings pass through under
 * {@code vigil.streams.}, {@code vigil.producer.} and {@code vigil.adminclient.}.
 */
public final class VigilConfig extends AbstractConfig {

    public static final String BOOTSTRAP_SERVERS_CONFIG = "vigil.bootstrap.servers";
    static final String BOOTSTRAP_SERVERS_DOC = "Kafka bootstrap servers (host:port, comma-separated).";
    static final String BOOTSTRAP_SERVERS_DEFAULT = "localhost:9092";

    public static final String APPLICATION_ID_CONFIG = "vigil.application.id";
    static final String APPLICATION_ID_DOC = "Kafka Streams application id: the consumer group and the prefix of "
            + "internal topics. Every instance of one Vigil deployment uses the same.";
    static final String APPLICATION_ID_DEFAULT = "vigil";

    public static final String PROCESSING_GUARANTEE_CONFIG = "vigil.processing.guarantee";
    static final String PROCESSING_GUARANTEE_DOC =
            "exactly_once_v2 (transactions: no duplicate alerts, even across " + "crashes) or at_least_once.";
    static final String PROCESSING_GUARANTEE_DEFAULT = "exactly_once_v2";

    public static final String NUM_STREAM_THREADS_CONFIG = "vigil.num.stream.threads";
    static final String NUM_STREAM_THREADS_DOC = "Stream threads per instance.";
    static final int NUM_STREAM_THREADS_DEFAULT = 1;

    public static final String NUM_STANDBY_REPLICAS_CONFIG = "vigil.num.standby.replicas";
    static final String NUM_STANDBY_REPLICAS_DOC =
            "Warm copies of every state store on other instances, for fast " + "fail-over and stale reads.";
    static final int NUM_STANDBY_REPLICAS_DEFAULT = 0;

    public static final String STATE_DIR_CONFIG = "vigil.state.dir";
    static final String STATE_DIR_DOC = "Directory of the RocksDB state stores.";
    static final String STATE_DIR_DEFAULT = "data/streams";

    public static final String REPLICATION_FACTOR_CONFIG = "vigil.replication.factor";
    static final String REPLICATION_FACTOR_DOC =
            "Replication factor of every topic Vigil creates, internal ones " + "included. Use 3 in production.";
    static final short REPLICATION_FACTOR_DEFAULT = 1;

    public static final String DEFAULT_PARTITIONS_CONFIG = "vigil.default.partitions";
    static final String DEFAULT_PARTITIONS_DOC =
            "Partitions of every topic Vigil creates: the most instances " + "(times threads) that can share the work.";
    static final int DEFAULT_PARTITIONS_DEFAULT = 6;

    public static final String SCHEMA_REGISTRY_URL_CONFIG = "vigil.schema.registry.url";
    static final String SCHEMA_REGISTRY_URL_DOC = "Confluent-compatible schema registry (Confluent, Apicurio "
            + "/apis/ccompat/v7, Karapace, Redpanda). Empty: ids derived from schema fingerprints, served by the API.";
    static final String SCHEMA_REGISTRY_URL_DEFAULT = "";

    public static final String SCHEMA_REGISTRY_USER_INFO_CONFIG = "vigil.schema.registry.basic.auth.user.info";
    static final String SCHEMA_REGISTRY_USER_INFO_DOC = "user:password for the schema registry, if it needs one.";

    public static final String HTTP_HOST_CONFIG = "vigil.http.host";
    static final String HTTP_HOST_DOC = "Interface the HTTP API binds.";
    static final String HTTP_HOST_DEFAULT = "0.0.0.0";

    public static final String HTTP_PORT_CONFIG = "vigil.http.port";
    static final String HTTP_PORT_DOC = "HTTP API port (0 picks a free one).";
    static final int HTTP_PORT_DEFAULT = 8080;

    public static final String HTTP_ADVERTISED_HOST_CONFIG = "vigil.http.advertised.host";
    static final String HTTP_ADVERTISED_HOST_DOC =
            "Host name other instances use to reach this one's API " + "(Kafka Streams application.server).";
    static final String HTTP_ADVERTISED_HOST_DEFAULT = "localhost";

    public static final String HTTP_MAX_REQUEST_BYTES_CONFIG = "vigil.http.max.request.bytes";
    static final String HTTP_MAX_REQUEST_BYTES_DOC = "Largest request body any route accepts (413 above).";
    static final long HTTP_MAX_REQUEST_BYTES_DEFAULT = 1024 * 1024;

    public static final String HTTP_IDLE_TIMEOUT_MS_CONFIG = "vigil.http.idle.timeout.ms";
    static final String HTTP_IDLE_TIMEOUT_MS_DOC =
            "How long an HTTP connection may stay silent, no byte in or out, before the server closes it.";
    static final long HTTP_IDLE_TIMEOUT_MS_DEFAULT = 30_000L;

    public static final String HTTP_HEADER_TIMEOUT_MS_CONFIG = "vigil.http.header.timeout.ms";
    static final String HTTP_HEADER_TIMEOUT_MS_DOC = "How long a client may take to send a request line and its headers"
            + " once it has started; a slower client (slowloris) is disconnected.";
    static final long HTTP_HEADER_TIMEOUT_MS_DEFAULT = 10_000L;

    public static final String HTTP_MIN_REQUEST_DATA_RATE_CONFIG = "vigil.http.min.request.data.rate";
    static final String HTTP_MIN_REQUEST_DATA_RATE_DOC = "Slowest rate, in bytes per second from its first byte to each"
            + " read by the handler, at which a request body may arrive; a slower one is answered 408 and its"
            + " connection closed. 0 (the default) turns the check off: sensor uploads read a file, store it in S3,"
            + " then read on, which a small body could fail. Set it where no uploads go through the instance.";
    static final long HTTP_MIN_REQUEST_DATA_RATE_DEFAULT = 0L;

    public static final String ADMIN_API_KEY_CONFIG = "vigil.admin.api.key";
    static final String ADMIN_API_KEY_DOC =
            "The admin API key (prefix.secret). Required by `run`; `dev` generates " + "one under its data directory.";

    public static final String ROCKSDB_BLOCK_CACHE_BYTES_CONFIG = "vigil.rocksdb.block.cache.bytes";
    static final String ROCKSDB_BLOCK_CACHE_BYTES_DOC =
            "One block cache shared by every RocksDB store of the " + "instance; memtables are charged to it too.";
    static final long ROCKSDB_BLOCK_CACHE_BYTES_DEFAULT = 256L * 1024 * 1024;

    public static final String ROCKSDB_WRITE_BUFFER_BYTES_CONFIG = "vigil.rocksdb.write.buffer.bytes";
    static final String ROCKSDB_WRITE_BUFFER_BYTES_DOC =
            "Share of the block cache that memtables of all stores may use together. Every store of every partition"
                    + " (about 40 stores a partition) holds a memtable: at much less than 0.5 MiB each, RocksDB flushes"
                    + " on nearly every write and ingest slows tenfold (docs/benchmarks.md, store uptime).";
    static final long ROCKSDB_WRITE_BUFFER_BYTES_DEFAULT = 128L * 1024 * 1024;

    public static final String S3_ENDPOINT_CONFIG = "vigil.s3.endpoint";
    static final String S3_ENDPOINT_DOC = "S3 endpoint override (empty: AWS).";

    public static final String S3_REGION_CONFIG = "vigil.s3.region";
    static final String S3_REGION_DOC = "AWS region of S3 and SQS.";
    static final String S3_REGION_DEFAULT = "us-east-1";

    public static final String SQS_ENDPOINT_CONFIG = "vigil.sqs.endpoint";
    static final String SQS_ENDPOINT_DOC = "SQS endpoint override (empty: AWS).";

    public static final String S3_ACCESS_KEY_ID_CONFIG = "vigil.s3.access.key.id";
    static final String S3_ACCESS_KEY_ID_DOC =
            "Static credentials for S3 (with the secret); empty: the AWS SDK's default credential chain.";

    public static final String S3_SECRET_ACCESS_KEY_CONFIG = "vigil.s3.secret.access.key";
    static final String S3_SECRET_ACCESS_KEY_DOC = "The secret of `vigil.s3.access.key.id`.";

    public static final String S3_MAX_ATTEMPTS_CONFIG = "vigil.s3.max.attempts";
    static final String S3_MAX_ATTEMPTS_DOC =
            "Attempts per S3 request; throttling, 5xx and I/O errors are retried with the SDK's standard backoff.";
    static final int S3_MAX_ATTEMPTS_DEFAULT = 4;

    public static final String READER_ENABLED_CONFIG = "vigil.reader.enabled";
    static final String READER_ENABLED_DOC =
            "Run the S3 object reader (data-quality checks, sensor files) in this instance; instances share the work as one group.";

    public static final String READER_MAX_IN_FLIGHT_CONFIG = "vigil.reader.max.in.flight";
    static final String READER_MAX_IN_FLIGHT_DOC = "Objects the S3 object reader reads at the same time.";
    static final int READER_MAX_IN_FLIGHT_DEFAULT = 10;

    public static final String READER_BREAKER_FAILURES_CONFIG = "vigil.reader.breaker.failures";
    static final String READER_BREAKER_FAILURES_DOC =
            "Consecutive failed S3 reads that open the reader's circuit breaker (partitions are paused, no work lost).";
    static final int READER_BREAKER_FAILURES_DEFAULT = 5;

    public static final String READER_BREAKER_COOLDOWN_CONFIG = "vigil.reader.breaker.cooldown.ms";
    static final String READER_BREAKER_COOLDOWN_DOC =
            "How long the breaker stays open before one trial read (half-open).";
    static final long READER_BREAKER_COOLDOWN_DEFAULT = 60_000L;

    public static final String DELIVERY_SWEEP_INTERVAL_CONFIG = "vigil.delivery.sweep.interval.ms";
    static final String DELIVERY_SWEEP_INTERVAL_DOC =
            "How often the delivery sweeper looks for streams whose warning, overdue or escalation time has come.";
    static final long DELIVERY_SWEEP_INTERVAL_DEFAULT = 60_000L;

    public static final String DELIVERY_HISTORY_DAYS_CONFIG = "vigil.delivery.arrival.history.days";
    static final String DELIVERY_HISTORY_DAYS_DOC =
            "How many days of each bucket's arrivals are kept for the delivery backtest (and how far back it reaches).";
    static final int DELIVERY_HISTORY_DAYS_DEFAULT = 35;

    public static final String QUALITY_RETENTION_DAYS_CONFIG = "vigil.quality.retention.days";
    static final String QUALITY_RETENTION_DAYS_DOC =
            "How many days data-quality results (by check time) and hourly pass counts are kept for the API.";
    static final int QUALITY_RETENTION_DAYS_DEFAULT = 35;

    public static final String SENSOR_BUCKET_CONFIG = "vigil.sensor.bucket";
    static final String SENSOR_BUCKET_DOC =
            "The S3 bucket of sensor CSV files: POST /files stores uploads here, and the reader parses every object"
                    + " created under `vigil.sensor.prefix`, whoever put it there.";
    static final String SENSOR_BUCKET_DEFAULT = "vigil-sensor";

    public static final String SENSOR_PREFIX_CONFIG = "vigil.sensor.prefix";
    static final String SENSOR_PREFIX_DOC = "Key prefix of sensor CSV files in `vigil.sensor.bucket` (may be empty).";
    static final String SENSOR_PREFIX_DEFAULT = "readings/";

    public static final String SENSOR_MAX_UPLOAD_BYTES_CONFIG = "vigil.sensor.max.upload.bytes";
    static final String SENSOR_MAX_UPLOAD_BYTES_DOC =
            "Largest file POST /files accepts (413 above it); uploads are streamed to S3, never held in memory.";
    static final long SENSOR_MAX_UPLOAD_BYTES_DEFAULT = 4L * 1024 * 1024 * 1024;

    public static final String SENSOR_PART_BYTES_CONFIG = "vigil.sensor.upload.part.bytes";
    static final String SENSOR_PART_BYTES_DOC =
            "Size of the parts of an S3 multipart upload (S3's minimum is 5 MiB); smaller files go up in one PUT.";
    static final long SENSOR_PART_BYTES_DEFAULT = 8L * 1024 * 1024;

    public static final String TELEMETRY_RECENT_RETENTION_CONFIG = "vigil.telemetry.recent.retention.ms";
    static final String TELEMETRY_RECENT_RETENTION_DOC =
            "How long each device's events stay readable through GET /telemetry/devices/{id}/..., by event time.";
    static final long TELEMETRY_RECENT_RETENTION_DEFAULT = 7L * 86_400_000L;

    public static final String TELEMETRY_ALERTS_PER_DEVICE_CONFIG = "vigil.telemetry.alerts.per.device";
    static final String TELEMETRY_ALERTS_PER_DEVICE_DOC =
            "How many alerts per device the alert lists keep, newest first (the alert topic keeps all of them).";
    static final int TELEMETRY_ALERTS_PER_DEVICE_DEFAULT = 1_000;

    public static final String TELEMETRY_DELIVERIES_PER_WEBHOOK_CONFIG = "vigil.telemetry.deliveries.per.webhook";
    static final String TELEMETRY_DELIVERIES_PER_WEBHOOK_DOC =
            "How many delivery attempts per webhook GET /projects/{id}/webhook-deliveries keeps, newest first.";
    static final int TELEMETRY_DELIVERIES_PER_WEBHOOK_DEFAULT = 1_000;

    public static final String TELEMETRY_MAX_BATCH_EVENTS_CONFIG = "vigil.telemetry.max.batch.events";
    static final String TELEMETRY_MAX_BATCH_EVENTS_DOC = "Most events one POST /telemetry may carry (413 above).";
    static final int TELEMETRY_MAX_BATCH_EVENTS_DEFAULT = 5_000;

    public static final String TELEMETRY_MAX_FUTURE_EVENT_CONFIG = "vigil.telemetry.max.future.event.ms";
    static final String TELEMETRY_MAX_FUTURE_EVENT_DOC =
            "How far ahead of the clock an event may be dated; a batch with a later one is refused whole (422).";
    static final long TELEMETRY_MAX_FUTURE_EVENT_DEFAULT = 300_000L;

    public static final String TELEMETRY_MAX_WINDOW_N_CONFIG = "vigil.telemetry.max.window.n";
    static final String TELEMETRY_MAX_WINDOW_N_DOC =
            "Largest window_n a rule may have (its ring costs n/8 bytes per device).";
    static final int TELEMETRY_MAX_WINDOW_N_DEFAULT = 10_000;

    public static final String API_RATE_PER_KEY_CONFIG = "vigil.api.rate.limit.per.key";
    static final String API_RATE_PER_KEY_DOC =
            "Requests per second one API key may make (token bucket, bursts up to twice as many); 429 with"
                    + " Retry-After above it. 0 turns the limit off.";
    static final int API_RATE_PER_KEY_DEFAULT = 100;

    public static final String API_RATE_PER_IP_CONFIG = "vigil.api.rate.limit.per.ip";
    static final String API_RATE_PER_IP_DOC =
            "Requests per second one client IP may make, authenticated or not (token bucket, bursts up to twice as"
                    + " many); 429 with Retry-After above it. 0 turns the limit off.";
    static final int API_RATE_PER_IP_DEFAULT = 200;

    public static final String UPTIME_POLL_RETENTION_DAYS_CONFIG = "vigil.uptime.poll.retention.days";
    static final String UPTIME_POLL_RETENTION_DAYS_DOC =
            "How many days of polls each store keeps, behind the newest poll seen (a week of reports plus the poll that"
                    + " gives the status at the week's start).";
    static final int UPTIME_POLL_RETENTION_DAYS_DEFAULT = 8;

    public static final String UPTIME_TIMELINE_CACHE_POLLS_CONFIG = "vigil.uptime.timeline.cache.polls";
    static final String UPTIME_TIMELINE_CACHE_POLLS_DOC =
            "Polls a partition keeps in memory (8 bytes each), as compact per-store timelines read through from the"
                    + " poll store with each store's hours and zone, so that an all-store report need not decode"
                    + " every poll again, and the partition's store ids; each store id, store held and interval of"
                    + " its hours count as one poll more. The stores read least recently go first. 0 reads every"
                    + " report from the stores.";
    static final int UPTIME_TIMELINE_CACHE_POLLS_DEFAULT = 1_000_000;

    public static final String UPTIME_MAX_FUTURE_POLL_CONFIG = "vigil.uptime.max.future.poll.ms";
    static final String UPTIME_MAX_FUTURE_POLL_DOC =
            "How far ahead of the clock a poll may be dated; later ones are refused (400 on the API, the DLQ on the"
                    + " topic), because a poll from the future would expire every older poll of its partition.";
    static final long UPTIME_MAX_FUTURE_POLL_DEFAULT = 300_000L;

    public static final String UPTIME_DEFAULT_TIMEZONE_CONFIG = "vigil.uptime.default.timezone";
    static final String UPTIME_DEFAULT_TIMEZONE_DOC = "The IANA zone of a store with no timezone on record.";
    static final String UPTIME_DEFAULT_TIMEZONE_DEFAULT = "America/Chicago";

    public static final String UPTIME_STATUS_BEFORE_FIRST_POLL_CONFIG = "vigil.uptime.status.before.first.poll";
    static final String UPTIME_STATUS_BEFORE_FIRST_POLL_DOC =
            "A store's status before its first poll: `inactive` (the original's rule) or `active`.";
    static final String UPTIME_STATUS_BEFORE_FIRST_POLL_DEFAULT = "inactive";

    public static final String UPTIME_ALERT_THRESHOLD_CONFIG = "vigil.uptime.alert.threshold.ms";
    static final String UPTIME_ALERT_THRESHOLD_DOC =
            "How long a store may be inactive inside its business hours before a down alert goes to"
                    + " vigil.uptime.alerts (closed time does not count).";
    static final long UPTIME_ALERT_THRESHOLD_DEFAULT = 1_800_000L;

    public static final String UPTIME_ALERT_CHECK_INTERVAL_CONFIG = "vigil.uptime.alert.check.interval.ms";
    static final String UPTIME_ALERT_CHECK_INTERVAL_DOC =
            "How often (wall clock) the stores whose threshold has passed are looked up, through an index by time.";
    static final long UPTIME_ALERT_CHECK_INTERVAL_DEFAULT = 10_000L;

    public static final String UPTIME_REPORT_TIMEOUT_CONFIG = "vigil.uptime.report.timeout.ms";
    static final String UPTIME_REPORT_TIMEOUT_DOC =
            "How long a report may stay running before it is failed (a partition that never answers). Finished"
                    + " reports are stored in `vigil.sensor.bucket` under `uptime-reports/`.";
    static final long UPTIME_REPORT_TIMEOUT_DEFAULT = 900_000L;

    public static final String WEBHOOKS_ENABLED_CONFIG = "vigil.webhooks.enabled";
    static final String WEBHOOKS_ENABLED_DOC = "Run the webhook sender in this instance: alerts (telemetry, delivery,"
            + " uptime) go to the webhooks subscribed to them; instances share the work as one group.";
    static final boolean WEBHOOKS_ENABLED_DEFAULT = true;

    public static final String WEBHOOKS_REQUEST_TIMEOUT_CONFIG = "vigil.webhooks.request.timeout.ms";
    static final String WEBHOOKS_REQUEST_TIMEOUT_DOC =
            "How long one webhook POST may take before it counts as a failed attempt (connecting takes at most 5 s).";
    static final long WEBHOOKS_REQUEST_TIMEOUT_DEFAULT = 10_000L;

    public static final String WEBHOOKS_BREAKER_RECOVERY_CONFIG = "vigil.webhooks.breaker.recovery.ms";
    static final String WEBHOOKS_BREAKER_RECOVERY_DOC = "How long an endpoint's circuit breaker stays open after 5"
            + " consecutive failed attempts before one attempt is let through; its deliveries wait meanwhile.";
    static final long WEBHOOKS_BREAKER_RECOVERY_DEFAULT = 60_000L;

    public static final String WEBHOOKS_RETRY_SCHEDULE_CONFIG = "vigil.webhooks.retry.schedule";
    static final String WEBHOOKS_RETRY_SCHEDULE_DOC = "The delay before each attempt of a webhook message, the first"
            + " before the first attempt, comma-separated, in ms or ISO-8601; each moved by up to ±10% at random, and"
            + " lengthened by a receiver's Retry-After.";
    static final String WEBHOOKS_RETRY_SCHEDULE_DEFAULT = "PT0S,PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H";

    public static final String WEBHOOKS_MAX_WAITING_CONFIG = "vigil.webhooks.max.waiting";
    static final String WEBHOOKS_MAX_WAITING_DOC = "Webhook deliveries an instance holds (retrying, or waiting for an"
            + " open breaker) before it pauses the alert topics; the rest waits in Kafka.";
    static final int WEBHOOKS_MAX_WAITING_DEFAULT = 10_000;

    public static final String WEBHOOKS_ALLOWED_CIDRS_CONFIG = "vigil.webhooks.allowed.cidrs";
    static final String WEBHOOKS_ALLOWED_CIDRS_DOC = "Address blocks webhooks may reach although they are internal"
            + " (loopback, private, link-local...), e.g. `127.0.0.0/8,::1/128`, which `vigil dev` sets. Empty: none.";
    static final String WEBHOOKS_ALLOWED_CIDRS_DEFAULT = "";

    /** Prefixes whose settings go to the Kafka clients with the prefix taken off. */
    public static final String STREAMS_PREFIX = "vigil.streams.";

    public static final String PRODUCER_PREFIX = "vigil.producer.";
    public static final String ADMIN_CLIENT_PREFIX = "vigil.adminclient.";
    /** The plain consumers': the S3 object reader's, the webhook sender's, the quality rules' and webhooks' loaders'. */
    public static final String CONSUMER_PREFIX = "vigil.consumer.";

    private static final ConfigDef CONFIG = new ConfigDef()
            .define(
                    BOOTSTRAP_SERVERS_CONFIG,
                    Type.STRING,
                    BOOTSTRAP_SERVERS_DEFAULT,
                    new ConfigDef.NonEmptyString(),
                    Importance.HIGH,
                    BOOTSTRAP_SERVERS_DOC)
            .define(
                    APPLICATION_ID_CONFIG,
                    Type.STRING,
                    APPLICATION_ID_DEFAULT,
                    new ConfigDef.NonEmptyString(),
                    Importance.HIGH,
                    APPLICATION_ID_DOC)
            .define(
                    PROCESSING_GUARANTEE_CONFIG,
                    Type.STRING,
                    PROCESSING_GUARANTEE_DEFAULT,
                    ValidString.in("exactly_once_v2", "at_least_once"),
                    Importance.MEDIUM,
                    PROCESSING_GUARANTEE_DOC)
            .define(
                    NUM_STREAM_THREADS_CONFIG,
                    Type.INT,
                    NUM_STREAM_THREADS_DEFAULT,
                    Range.between(1, 64),
                    Importance.MEDIUM,
                    NUM_STREAM_THREADS_DOC)
            .define(
                    NUM_STANDBY_REPLICAS_CONFIG,
                    Type.INT,
                    NUM_STANDBY_REPLICAS_DEFAULT,
                    Range.between(0, 10),
                    Importance.MEDIUM,
                    NUM_STANDBY_REPLICAS_DOC)
            .define(
                    STATE_DIR_CONFIG,
                    Type.STRING,
                    STATE_DIR_DEFAULT,
                    new ConfigDef.NonEmptyString(),
                    Importance.MEDIUM,
                    STATE_DIR_DOC)
            .define(
                    REPLICATION_FACTOR_CONFIG,
                    Type.SHORT,
                    REPLICATION_FACTOR_DEFAULT,
                    Range.between(1, 7),
                    Importance.HIGH,
                    REPLICATION_FACTOR_DOC)
            .define(
                    DEFAULT_PARTITIONS_CONFIG,
                    Type.INT,
                    DEFAULT_PARTITIONS_DEFAULT,
                    Range.between(1, 1000),
                    Importance.MEDIUM,
                    DEFAULT_PARTITIONS_DOC)
            .define(
                    SCHEMA_REGISTRY_URL_CONFIG,
                    Type.STRING,
                    SCHEMA_REGISTRY_URL_DEFAULT,
                    new HttpUrlValidator(),
                    Importance.HIGH,
                    SCHEMA_REGISTRY_URL_DOC)
            .define(
                    SCHEMA_REGISTRY_USER_INFO_CONFIG,
                    Type.PASSWORD,
                    null,
                    Importance.LOW,
                    SCHEMA_REGISTRY_USER_INFO_DOC)
            .define(
                    HTTP_HOST_CONFIG,
                    Type.STRING,
                    HTTP_HOST_DEFAULT,
                    new ConfigDef.NonEmptyString(),
                    Importance.MEDIUM,
                    HTTP_HOST_DOC)
            .define(
                    HTTP_PORT_CONFIG,
                    Type.INT,
                    HTTP_PORT_DEFAULT,
                    Range.between(0, 65535),
                    Importance.HIGH,
                    HTTP_PORT_DOC)
            .define(
                    HTTP_ADVERTISED_HOST_CONFIG,
                    Type.STRING,
                    HTTP_ADVERTISED_HOST_DEFAULT,
                    new ConfigDef.NonEmptyString(),
                    Importance.HIGH,
                    HTTP_ADVERTISED_HOST_DOC)
            .define(
                    HTTP_MAX_REQUEST_BYTES_CONFIG,
                    Type.LONG,
                    HTTP_MAX_REQUEST_BYTES_DEFAULT,
                    Range.between(1, 1024L * 1024 * 1024),
                    Importance.LOW,
                    HTTP_MAX_REQUEST_BYTES_DOC)
            .define(
                    HTTP_IDLE_TIMEOUT_MS_CONFIG,
                    Type.LONG,
                    HTTP_IDLE_TIMEOUT_MS_DEFAULT,
                    Range.between(1_000, 3_600_000),
                    Importance.LOW,
                    HTTP_IDLE_TIMEOUT_MS_DOC)
            .define(
                    HTTP_HEADER_TIMEOUT_MS_CONFIG,
                    Type.LONG,
                    HTTP_HEADER_TIMEOUT_MS_DEFAULT,
                    Range.between(100, 600_000),
                    Importance.LOW,
                    HTTP_HEADER_TIMEOUT_MS_DOC)
            .define(
                    HTTP_MIN_REQUEST_DATA_RATE_CONFIG,
                    Type.LONG,
                    HTTP_MIN_REQUEST_DATA_RATE_DEFAULT,
                    Range.atLeast(0),
                    Importance.LOW,
                    HTTP_MIN_REQUEST_DATA_RATE_DOC)
            .define(
                    ADMIN_API_KEY_CONFIG,
                    Type.PASSWORD,
                    null,
                    new ApiKeyValidator(),
                    Importance.HIGH,
                    ADMIN_API_KEY_DOC)
            .define(
                    ROCKSDB_BLOCK_CACHE_BYTES_CONFIG,
                    Type.LONG,
                    ROCKSDB_BLOCK_CACHE_BYTES_DEFAULT,
                    Range.atLeast(1024L * 1024),
                    Importance.MEDIUM,
                    ROCKSDB_BLOCK_CACHE_BYTES_DOC)
            .define(
                    ROCKSDB_WRITE_BUFFER_BYTES_CONFIG,
                    Type.LONG,
                    ROCKSDB_WRITE_BUFFER_BYTES_DEFAULT,
                    Range.atLeast(1024L * 1024),
                    Importance.MEDIUM,
                    ROCKSDB_WRITE_BUFFER_BYTES_DOC)
            .define(S3_ENDPOINT_CONFIG, Type.STRING, "", new HttpUrlValidator(), Importance.MEDIUM, S3_ENDPOINT_DOC)
            .define(
                    S3_REGION_CONFIG,
                    Type.STRING,
                    S3_REGION_DEFAULT,
                    new ConfigDef.NonEmptyString(),
                    Importance.MEDIUM,
                    S3_REGION_DOC)
            .define(SQS_ENDPOINT_CONFIG, Type.STRING, "", new HttpUrlValidator(), Importance.MEDIUM, SQS_ENDPOINT_DOC)
            .define(S3_ACCESS_KEY_ID_CONFIG, Type.STRING, "", Importance.MEDIUM, S3_ACCESS_KEY_ID_DOC)
            .define(S3_SECRET_ACCESS_KEY_CONFIG, Type.PASSWORD, "", Importance.MEDIUM, S3_SECRET_ACCESS_KEY_DOC)
            .define(
                    S3_MAX_ATTEMPTS_CONFIG,
                    Type.INT,
                    S3_MAX_ATTEMPTS_DEFAULT,
                    ConfigDef.Range.between(1, 20),
                    Importance.LOW,
                    S3_MAX_ATTEMPTS_DOC)
            .define(READER_ENABLED_CONFIG, Type.BOOLEAN, true, Importance.MEDIUM, READER_ENABLED_DOC)
            .define(
                    READER_MAX_IN_FLIGHT_CONFIG,
                    Type.INT,
                    READER_MAX_IN_FLIGHT_DEFAULT,
                    ConfigDef.Range.between(1, 1000),
                    Importance.MEDIUM,
                    READER_MAX_IN_FLIGHT_DOC)
            .define(
                    READER_BREAKER_FAILURES_CONFIG,
                    Type.INT,
                    READER_BREAKER_FAILURES_DEFAULT,
                    ConfigDef.Range.between(1, 1000),
                    Importance.MEDIUM,
                    READER_BREAKER_FAILURES_DOC)
            .define(
                    READER_BREAKER_COOLDOWN_CONFIG,
                    Type.LONG,
                    READER_BREAKER_COOLDOWN_DEFAULT,
                    ConfigDef.Range.between(100L, 3_600_000L),
                    Importance.MEDIUM,
                    READER_BREAKER_COOLDOWN_DOC)
            .define(
                    SENSOR_BUCKET_CONFIG,
                    Type.STRING,
                    SENSOR_BUCKET_DEFAULT,
                    new ConfigDef.NonEmptyString(),
                    Importance.MEDIUM,
                    SENSOR_BUCKET_DOC)
            .define(SENSOR_PREFIX_CONFIG, Type.STRING, SENSOR_PREFIX_DEFAULT, Importance.MEDIUM, SENSOR_PREFIX_DOC)
            .define(
                    SENSOR_MAX_UPLOAD_BYTES_CONFIG,
                    Type.LONG,
                    SENSOR_MAX_UPLOAD_BYTES_DEFAULT,
                    ConfigDef.Range.atLeast(1L),
                    Importance.MEDIUM,
                    SENSOR_MAX_UPLOAD_BYTES_DOC)
            .define(
                    SENSOR_PART_BYTES_CONFIG,
                    Type.LONG,
                    SENSOR_PART_BYTES_DEFAULT,
                    ConfigDef.Range.between(5L * 1024 * 1024, 5L * 1024 * 1024 * 1024),
                    Importance.LOW,
                    SENSOR_PART_BYTES_DOC)
            .define(
                    DELIVERY_SWEEP_INTERVAL_CONFIG,
                    Type.LONG,
                    DELIVERY_SWEEP_INTERVAL_DEFAULT,
                    ConfigDef.Range.between(1_000L, 3_600_000L),
                    Importance.MEDIUM,
                    DELIVERY_SWEEP_INTERVAL_DOC)
            .define(
                    QUALITY_RETENTION_DAYS_CONFIG,
                    Type.INT,
                    QUALITY_RETENTION_DAYS_DEFAULT,
                    ConfigDef.Range.between(1, 3650),
                    Importance.LOW,
                    QUALITY_RETENTION_DAYS_DOC)
            .define(
                    DELIVERY_HISTORY_DAYS_CONFIG,
                    Type.INT,
                    DELIVERY_HISTORY_DAYS_DEFAULT,
                    ConfigDef.Range.between(1, 400),
                    Importance.LOW,
                    DELIVERY_HISTORY_DAYS_DOC)
            .define(
                    TELEMETRY_RECENT_RETENTION_CONFIG,
                    Type.LONG,
                    TELEMETRY_RECENT_RETENTION_DEFAULT,
                    ConfigDef.Range.between(60_000L, 400L * 86_400_000L),
                    Importance.MEDIUM,
                    TELEMETRY_RECENT_RETENTION_DOC)
            .define(
                    TELEMETRY_ALERTS_PER_DEVICE_CONFIG,
                    Type.INT,
                    TELEMETRY_ALERTS_PER_DEVICE_DEFAULT,
                    ConfigDef.Range.between(1, 100_000),
                    Importance.LOW,
                    TELEMETRY_ALERTS_PER_DEVICE_DOC)
            .define(
                    TELEMETRY_DELIVERIES_PER_WEBHOOK_CONFIG,
                    Type.INT,
                    TELEMETRY_DELIVERIES_PER_WEBHOOK_DEFAULT,
                    ConfigDef.Range.between(1, 100_000),
                    Importance.LOW,
                    TELEMETRY_DELIVERIES_PER_WEBHOOK_DOC)
            .define(
                    TELEMETRY_MAX_BATCH_EVENTS_CONFIG,
                    Type.INT,
                    TELEMETRY_MAX_BATCH_EVENTS_DEFAULT,
                    ConfigDef.Range.between(1, 100_000),
                    Importance.LOW,
                    TELEMETRY_MAX_BATCH_EVENTS_DOC)
            .define(
                    TELEMETRY_MAX_FUTURE_EVENT_CONFIG,
                    Type.LONG,
                    TELEMETRY_MAX_FUTURE_EVENT_DEFAULT,
                    ConfigDef.Range.between(0L, 86_400_000L),
                    Importance.LOW,
                    TELEMETRY_MAX_FUTURE_EVENT_DOC)
            .define(
                    TELEMETRY_MAX_WINDOW_N_CONFIG,
                    Type.INT,
                    TELEMETRY_MAX_WINDOW_N_DEFAULT,
                    ConfigDef.Range.between(1, 1_000_000),
                    Importance.LOW,
                    TELEMETRY_MAX_WINDOW_N_DOC)
            .define(
                    API_RATE_PER_KEY_CONFIG,
                    Type.INT,
                    API_RATE_PER_KEY_DEFAULT,
                    ConfigDef.Range.atLeast(0),
                    Importance.MEDIUM,
                    API_RATE_PER_KEY_DOC)
            .define(
                    API_RATE_PER_IP_CONFIG,
                    Type.INT,
                    API_RATE_PER_IP_DEFAULT,
                    ConfigDef.Range.atLeast(0),
                    Importance.MEDIUM,
                    API_RATE_PER_IP_DOC)
            .define(
                    UPTIME_POLL_RETENTION_DAYS_CONFIG,
                    Type.INT,
                    UPTIME_POLL_RETENTION_DAYS_DEFAULT,
                    ConfigDef.Range.between(8, 400),
                    Importance.LOW,
                    UPTIME_POLL_RETENTION_DAYS_DOC)
            .define(
                    UPTIME_TIMELINE_CACHE_POLLS_CONFIG,
                    Type.INT,
                    UPTIME_TIMELINE_CACHE_POLLS_DEFAULT,
                    ConfigDef.Range.atLeast(0),
                    Importance.LOW,
                    UPTIME_TIMELINE_CACHE_POLLS_DOC)
            .define(
                    UPTIME_MAX_FUTURE_POLL_CONFIG,
                    Type.LONG,
                    UPTIME_MAX_FUTURE_POLL_DEFAULT,
                    ConfigDef.Range.between(0L, 86_400_000L),
                    Importance.LOW,
                    UPTIME_MAX_FUTURE_POLL_DOC)
            .define(
                    UPTIME_DEFAULT_TIMEZONE_CONFIG,
                    Type.STRING,
                    UPTIME_DEFAULT_TIMEZONE_DEFAULT,
                    new ZoneIdValidator(),
                    Importance.MEDIUM,
                    UPTIME_DEFAULT_TIMEZONE_DOC)
            .define(
                    UPTIME_STATUS_BEFORE_FIRST_POLL_CONFIG,
                    Type.STRING,
                    UPTIME_STATUS_BEFORE_FIRST_POLL_DEFAULT,
                    ValidString.in("inactive", "active"),
                    Importance.LOW,
                    UPTIME_STATUS_BEFORE_FIRST_POLL_DOC)
            .define(
                    UPTIME_ALERT_THRESHOLD_CONFIG,
                    Type.LONG,
                    UPTIME_ALERT_THRESHOLD_DEFAULT,
                    ConfigDef.Range.between(1_000L, 7L * 86_400_000L),
                    Importance.MEDIUM,
                    UPTIME_ALERT_THRESHOLD_DOC)
            .define(
                    UPTIME_ALERT_CHECK_INTERVAL_CONFIG,
                    Type.LONG,
                    UPTIME_ALERT_CHECK_INTERVAL_DEFAULT,
                    ConfigDef.Range.between(100L, 3_600_000L),
                    Importance.LOW,
                    UPTIME_ALERT_CHECK_INTERVAL_DOC)
            .define(
                    UPTIME_REPORT_TIMEOUT_CONFIG,
                    Type.LONG,
                    UPTIME_REPORT_TIMEOUT_DEFAULT,
                    ConfigDef.Range.between(10_000L, 86_400_000L),
                    Importance.LOW,
                    UPTIME_REPORT_TIMEOUT_DOC)
            .define(
                    WEBHOOKS_ENABLED_CONFIG,
                    Type.BOOLEAN,
                    WEBHOOKS_ENABLED_DEFAULT,
                    Importance.MEDIUM,
                    WEBHOOKS_ENABLED_DOC)
            .define(
                    WEBHOOKS_REQUEST_TIMEOUT_CONFIG,
                    Type.LONG,
                    WEBHOOKS_REQUEST_TIMEOUT_DEFAULT,
                    ConfigDef.Range.between(100L, 300_000L),
                    Importance.LOW,
                    WEBHOOKS_REQUEST_TIMEOUT_DOC)
            .define(
                    WEBHOOKS_BREAKER_RECOVERY_CONFIG,
                    Type.LONG,
                    WEBHOOKS_BREAKER_RECOVERY_DEFAULT,
                    ConfigDef.Range.between(100L, 86_400_000L),
                    Importance.LOW,
                    WEBHOOKS_BREAKER_RECOVERY_DOC)
            .define(
                    WEBHOOKS_RETRY_SCHEDULE_CONFIG,
                    Type.STRING,
                    WEBHOOKS_RETRY_SCHEDULE_DEFAULT,
                    new DurationListValidator(),
                    Importance.LOW,
                    WEBHOOKS_RETRY_SCHEDULE_DOC)
            .define(
                    WEBHOOKS_MAX_WAITING_CONFIG,
                    Type.INT,
                    WEBHOOKS_MAX_WAITING_DEFAULT,
                    ConfigDef.Range.between(1, 1_000_000),
                    Importance.LOW,
                    WEBHOOKS_MAX_WAITING_DOC)
            .define(
                    WEBHOOKS_ALLOWED_CIDRS_CONFIG,
                    Type.LIST,
                    WEBHOOKS_ALLOWED_CIDRS_DEFAULT,
                    Importance.MEDIUM,
                    WEBHOOKS_ALLOWED_CIDRS_DOC);

    public VigilConfig(Map<?, ?> settings) {
        super(CONFIG, settings, false);
        UnknownKeys.reject(
                settings.keySet(),
                CONFIG.names(),
                STREAMS_PREFIX,
                PRODUCER_PREFIX,
                ADMIN_CLIENT_PREFIX,
                CONSUMER_PREFIX);
        if (getLong(ROCKSDB_WRITE_BUFFER_BYTES_CONFIG) > getLong(ROCKSDB_BLOCK_CACHE_BYTES_CONFIG)) {
            throw new org.apache.kafka.common.config.ConfigException(
                    ROCKSDB_WRITE_BUFFER_BYTES_CONFIG,
                    getLong(ROCKSDB_WRITE_BUFFER_BYTES_CONFIG),
                    "must not exceed " + ROCKSDB_BLOCK_CACHE_BYTES_CONFIG);
        }
    }

    /** The configuration reference as a Markdown table, for the README. */
    public static String markdownTable() {
        return ConfigReference.markdown(CONFIG);
    }

    public String bootstrapServers() {
        return getString(BOOTSTRAP_SERVERS_CONFIG);
    }

    public String applicationId() {
        return getString(APPLICATION_ID_CONFIG);
    }

    public short replicationFactor() {
        return getShort(REPLICATION_FACTOR_CONFIG);
    }

    public java.time.Duration deliverySweepInterval() {
        return java.time.Duration.ofMillis(getLong(DELIVERY_SWEEP_INTERVAL_CONFIG));
    }

    public java.time.Duration qualityRetention() {
        return java.time.Duration.ofDays(getInt(QUALITY_RETENTION_DAYS_CONFIG));
    }

    public java.time.Duration deliveryHistoryRetention() {
        return java.time.Duration.ofDays(getInt(DELIVERY_HISTORY_DAYS_CONFIG));
    }

    public int defaultPartitions() {
        return getInt(DEFAULT_PARTITIONS_CONFIG);
    }

    public Optional<String> schemaRegistryUrl() {
        return nonEmpty(getString(SCHEMA_REGISTRY_URL_CONFIG));
    }

    public Optional<String> schemaRegistryUserInfo() {
        return Optional.ofNullable(getPassword(SCHEMA_REGISTRY_USER_INFO_CONFIG))
                .map(Password::value);
    }

    public String httpHost() {
        return getString(HTTP_HOST_CONFIG);
    }

    public int httpPort() {
        return getInt(HTTP_PORT_CONFIG);
    }

    public String advertisedHost() {
        return getString(HTTP_ADVERTISED_HOST_CONFIG);
    }

    public long maxRequestBytes() {
        return getLong(HTTP_MAX_REQUEST_BYTES_CONFIG);
    }

    public java.time.Duration httpIdleTimeout() {
        return java.time.Duration.ofMillis(getLong(HTTP_IDLE_TIMEOUT_MS_CONFIG));
    }

    public java.time.Duration httpHeaderTimeout() {
        return java.time.Duration.ofMillis(getLong(HTTP_HEADER_TIMEOUT_MS_CONFIG));
    }

    public long httpMinRequestDataRate() {
        return getLong(HTTP_MIN_REQUEST_DATA_RATE_CONFIG);
    }

    public Optional<Password> adminApiKey() {
        return Optional.ofNullable(getPassword(ADMIN_API_KEY_CONFIG));
    }

    public long rocksDbBlockCacheBytes() {
        return getLong(ROCKSDB_BLOCK_CACHE_BYTES_CONFIG);
    }

    public long rocksDbWriteBufferBytes() {
        return getLong(ROCKSDB_WRITE_BUFFER_BYTES_CONFIG);
    }

    public Optional<String> s3Endpoint() {
        return nonEmpty(getString(S3_ENDPOINT_CONFIG));
    }

    public String s3Region() {
        return getString(S3_REGION_CONFIG);
    }

    public Optional<String> s3AccessKeyId() {
        return nonEmpty(getString(S3_ACCESS_KEY_ID_CONFIG));
    }

    public Optional<String> s3SecretAccessKey() {
        return nonEmpty(getPassword(S3_SECRET_ACCESS_KEY_CONFIG).value());
    }

    public int s3MaxAttempts() {
        return getInt(S3_MAX_ATTEMPTS_CONFIG);
    }

    public boolean readerEnabled() {
        return getBoolean(READER_ENABLED_CONFIG);
    }

    public int readerMaxInFlight() {
        return getInt(READER_MAX_IN_FLIGHT_CONFIG);
    }

    public int readerBreakerFailures() {
        return getInt(READER_BREAKER_FAILURES_CONFIG);
    }

    public java.time.Duration readerBreakerCooldown() {
        return java.time.Duration.ofMillis(getLong(READER_BREAKER_COOLDOWN_CONFIG));
    }

    public java.time.Duration telemetryRecentRetention() {
        return java.time.Duration.ofMillis(getLong(TELEMETRY_RECENT_RETENTION_CONFIG));
    }

    public int telemetryAlertsPerDevice() {
        return getInt(TELEMETRY_ALERTS_PER_DEVICE_CONFIG);
    }

    public int telemetryDeliveriesPerWebhook() {
        return getInt(TELEMETRY_DELIVERIES_PER_WEBHOOK_CONFIG);
    }

    public int telemetryMaxBatchEvents() {
        return getInt(TELEMETRY_MAX_BATCH_EVENTS_CONFIG);
    }

    public java.time.Duration telemetryMaxFutureEvent() {
        return java.time.Duration.ofMillis(getLong(TELEMETRY_MAX_FUTURE_EVENT_CONFIG));
    }

    public int telemetryMaxWindowN() {
        return getInt(TELEMETRY_MAX_WINDOW_N_CONFIG);
    }

    public int apiRatePerKey() {
        return getInt(API_RATE_PER_KEY_CONFIG);
    }

    public int apiRatePerIp() {
        return getInt(API_RATE_PER_IP_CONFIG);
    }

    public java.time.Duration uptimePollRetention() {
        return java.time.Duration.ofDays(getInt(UPTIME_POLL_RETENTION_DAYS_CONFIG));
    }

    public int uptimeTimelineCachePolls() {
        return getInt(UPTIME_TIMELINE_CACHE_POLLS_CONFIG);
    }

    public java.time.Duration uptimeMaxFuturePoll() {
        return java.time.Duration.ofMillis(getLong(UPTIME_MAX_FUTURE_POLL_CONFIG));
    }

    public java.time.ZoneId uptimeDefaultZone() {
        return java.time.ZoneId.of(getString(UPTIME_DEFAULT_TIMEZONE_CONFIG));
    }

    public boolean uptimeActiveBeforeFirstPoll() {
        return getString(UPTIME_STATUS_BEFORE_FIRST_POLL_CONFIG).equals("active");
    }

    public java.time.Duration uptimeAlertThreshold() {
        return java.time.Duration.ofMillis(getLong(UPTIME_ALERT_THRESHOLD_CONFIG));
    }

    public java.time.Duration uptimeAlertCheckInterval() {
        return java.time.Duration.ofMillis(getLong(UPTIME_ALERT_CHECK_INTERVAL_CONFIG));
    }

    public java.time.Duration uptimeReportTimeout() {
        return java.time.Duration.ofMillis(getLong(UPTIME_REPORT_TIMEOUT_CONFIG));
    }

    public boolean webhooksEnabled() {
        return getBoolean(WEBHOOKS_ENABLED_CONFIG);
    }

    public java.time.Duration webhooksRequestTimeout() {
        return java.time.Duration.ofMillis(getLong(WEBHOOKS_REQUEST_TIMEOUT_CONFIG));
    }

    public java.time.Duration webhooksBreakerRecovery() {
        return java.time.Duration.ofMillis(getLong(WEBHOOKS_BREAKER_RECOVERY_CONFIG));
    }

    public java.util.List<java.time.Duration> webhooksRetrySchedule() {
        return DurationListValidator.parse(getString(WEBHOOKS_RETRY_SCHEDULE_CONFIG));
    }

    public int webhooksMaxWaiting() {
        return getInt(WEBHOOKS_MAX_WAITING_CONFIG);
    }

    /** The address blocks as written; the sender parses them (and refuses what is not a block). */
    public java.util.List<String> webhooksAllowedCidrs() {
        return getList(WEBHOOKS_ALLOWED_CIDRS_CONFIG);
    }

    public String sensorBucket() {
        return getString(SENSOR_BUCKET_CONFIG);
    }

    public String sensorPrefix() {
        return getString(SENSOR_PREFIX_CONFIG);
    }

    public long sensorMaxUploadBytes() {
        return getLong(SENSOR_MAX_UPLOAD_BYTES_CONFIG);
    }

    public long sensorUploadPartBytes() {
        return getLong(SENSOR_PART_BYTES_CONFIG);
    }

    public Optional<String> sqsEndpoint() {
        return nonEmpty(getString(SQS_ENDPOINT_CONFIG));
    }

    /** Client settings given under {@code prefix}, with the prefix taken off. */
    public Map<String, Object> clientSettings(String prefix) {
        return originalsWithPrefix(prefix, true);
    }

    private static Optional<String> nonEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
