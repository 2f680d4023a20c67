package io.vigil.topology.delivery;

/** Stable names of the delivery sub-topology's topics, processors and stores: changelogs are named after them. */
public final class DeliveryNames {

    public static final String EXPECTATIONS_TOPIC = "vigil.delivery.expectations";
    public static final String COMMANDS_TOPIC = "vigil.delivery.commands";
    public static final String EVENTS_TOPIC = "vigil.delivery.events";
    public static final String ALERTS_TOPIC = "vigil.delivery.alerts";
    public static final String CALENDARS_TOPIC = "vigil.delivery.calendars";

    /** The key of a command meant for every stream of the partition it is written to (run the sweep now). */
    public static final String ALL_STREAMS_KEY = "*";

    public static final String STREAM_STATE_STORE = "delivery-stream-state";
    public static final String DUE_INDEX_STORE = "delivery-due-index";
    /** Each stream's latest alerts, one entry each: key {@code streamKey|sequence(19 digits)}. */
    public static final String ALERT_LOG_STORE = "delivery-alert-log";

    public static final String EXPECTATIONS_BY_BUCKET_STORE = "delivery-expectations-by-bucket";
    /** Every object created, by bucket then time: key {@code bucket/epoch-millis(20 digits)/objectKey}. */
    public static final String ARRIVAL_HISTORY_STORE = "delivery-arrival-history";
    /** The same entries by time first, so expiry finds old ones without a scan. */
    public static final String ARRIVAL_EXPIRY_STORE = "delivery-arrival-expiry";
    /** A global store: every instance holds every calendar. */
    public static final String CALENDARS_STORE = "delivery-calendars";

    /** The repartition topic of {@link #ROUTES_BY_BUCKET}, after the application id. */
    public static final String ROUTES_BY_BUCKET_TOPIC = "delivery-routes-by-bucket-repartition";

    static final String READ_EXPECTATIONS = "delivery-read-expectations";
    static final String READ_CALENDARS = "delivery-read-calendars";
    static final String READ_COMMANDS = "delivery-read-commands";
    static final String READ_EVENTS = "delivery-read-events";
    static final String AS_EXPECTATION_INPUT = "delivery-expectation-input";
    static final String AS_COMMAND_INPUT = "delivery-command-input";
    static final String ONLY_QUALIFIED = "delivery-only-qualified";
    static final String AS_ARRIVAL_INPUT = "delivery-arrival-input";
    static final String MERGE_EXPECTATIONS_COMMANDS = "delivery-merge-expectations-commands";
    static final String MERGE_ARRIVALS = "delivery-merge-arrivals";
    static final String FOLD_STREAM_STATE = "delivery-fold-stream-state";
    static final String SPLIT_OUTPUTS = "delivery-outputs-";
    static final String ALERTS_BRANCH = "alerts";
    static final String ROUTES_BRANCH = "routes";
    static final String ALERT_VALUES = "delivery-alert-values";
    static final String WRITE_ALERTS = "delivery-write-alerts";
    static final String ROUTE_VALUES = "delivery-route-values";
    static final String ROUTES_BY_BUCKET = "delivery-routes-by-bucket";
    static final String ROUTE_INPUT = "delivery-route-input";
    static final String OBJECT_INPUT = "delivery-object-input";
    static final String MERGE_BUCKET_INPUTS = "delivery-merge-bucket-inputs";
    static final String MATCH_ARRIVALS = "delivery-match-arrivals";
    static final String WRITE_EVENTS = "delivery-write-events";

    private DeliveryNames() {}
}
