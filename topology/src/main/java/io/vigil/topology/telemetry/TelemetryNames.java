package io.vigil.topology.telemetry;

/** Stable names of the telemetry sub-topology's topics, processors and stores: changelogs are named after them. */
public final class TelemetryNames {

    public static final String ORGS_TOPIC = "vigil.tenancy.orgs";
    public static final String PROJECTS_TOPIC = "vigil.tenancy.projects";
    public static final String DEVICES_TOPIC = "vigil.tenancy.devices";
    public static final String API_KEYS_TOPIC = "vigil.tenancy.api-keys";
    public static final String RULES_TOPIC = "vigil.tenancy.rules";
    public static final String WEBHOOKS_TOPIC = "vigil.tenancy.webhooks";
    /** {@code projectId/deviceId} → {@code TelemetryBatch}. */
    public static final String EVENTS_TOPIC = "vigil.telemetry.events";
    /** {@code projectId/deviceId} → {@code TelemetryAlert}. */
    public static final String ALERTS_TOPIC = "vigil.telemetry.alerts";
    /** {@code webhookId} → {@code WebhookDelivery}. */
    public static final String WEBHOOK_DELIVERIES_TOPIC = "vigil.telemetry.webhook-deliveries";

    /** Global: org id → {@code Org}. */
    public static final String ORGS_STORE = "tenancy-orgs";
    /** Global: project id → {@code Project}. */
    public static final String PROJECTS_STORE = "tenancy-projects";
    /** Global: {@code projectId/deviceId} → {@code Device}. */
    public static final String DEVICES_STORE = "tenancy-devices";
    /** Global: key prefix → {@code ProjectApiKey}. */
    public static final String API_KEYS_STORE = "tenancy-api-keys";
    /** Global: {@code projectId/ruleId} → {@code TelemetryRule}. */
    public static final String RULES_STORE = "tenancy-rules";
    /** Global: {@code projectId/webhookId} → {@code Webhook}. */
    public static final String WEBHOOKS_STORE = "tenancy-webhooks";

    /**
     * {@code projectId/deviceId} → a {@code TelemetryBatch} holding a run of the batch's events (see {@code RecentRuns}),
     * as bytes in Confluent framing, so that a batch that is one run is stored as it arrived;
     * a window store with 1 ms windows at the run's newest event and duplicates kept: one device's recent events,
     * retention by segment. Named apart from the store of one entry per event it replaced, whose changelog held
     * {@code TelemetryEvent}s.
     */
    public static final String RECENT_STORE = "telemetry-recent-runs";
    /** {@code projectId/deviceId|ruleId} → {@code RuleWindow}. */
    public static final String RULE_WINDOWS_STORE = "telemetry-rule-windows";
    /** {@code projectId/deviceId|newest-first time (19 digits)|alertId} → {@code TelemetryAlert}. */
    public static final String ALERTS_STORE = "telemetry-alerts";
    /**
     * {@code projectId/webhookId|newest-first time (19 digits)|messageId|attempt} → {@code WebhookDelivery},
     * partitioned by webhook id.
     */
    public static final String DELIVERIES_STORE = "telemetry-webhook-deliveries";

    static final String READ_ORGS = "tenancy-read-orgs";
    static final String READ_PROJECTS = "tenancy-read-projects";
    static final String READ_DEVICES = "tenancy-read-devices";
    static final String READ_API_KEYS = "tenancy-read-api-keys";
    static final String READ_RULES = "tenancy-read-rules";
    static final String READ_WEBHOOKS = "tenancy-read-webhooks";
    static final String READ_EVENTS = "telemetry-read-events";
    static final String EVALUATE_RULES = "telemetry-evaluate-rules";
    static final String WRITE_ALERTS = "telemetry-write-alerts";
    static final String READ_DELIVERIES = "telemetry-read-webhook-deliveries";
    static final String RECORD_DELIVERIES = "telemetry-record-webhook-deliveries";

    private TelemetryNames() {}
}
