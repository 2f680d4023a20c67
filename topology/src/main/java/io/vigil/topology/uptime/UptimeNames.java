package io.vigil.topology.uptime;

import io.vigil.topology.VigilTopics;

/** Stable names of the uptime sub-topology's topics, processors and stores: changelogs are named after them. */
public final class UptimeNames {

    public static final String POLLS_TOPIC = VigilTopics.UPTIME_POLLS;
    public static final String BUSINESS_HOURS_TOPIC = VigilTopics.UPTIME_BUSINESS_HOURS;
    public static final String TIMEZONES_TOPIC = VigilTopics.UPTIME_TIMEZONES;
    /** Store id → {@code StoreDownAlert}. */
    public static final String ALERTS_TOPIC = VigilTopics.UPTIME_ALERTS;

    /**
     * Store id → {@code StorePoll}, a window store with 1 ms windows at the poll's time: {@code fetch(storeId, from,
     * to)} is one store's polls in time order, and retention drops whole segments.
     */
    public static final String POLLS_STORE = "uptime-polls";
    /** In memory, not logged: each store's polls as a compact timeline, and its profile, for the reports. */
    public static final String CACHE_STORE = "uptime-cache";
    /** Store id → {@code BusinessHours}; no entry = open 24/7. */
    public static final String BUSINESS_HOURS_STORE = "uptime-business-hours";
    /** Store id → {@code StoreTimezone}; no entry = the default zone. */
    public static final String TIMEZONES_STORE = "uptime-timezones";
    /**
     * Store id → {@code StoreLiveStatus}: the store's latest poll. Every store any input has named has an entry, so
     * this is also the directory of known stores.
     */
    public static final String STATUS_STORE = "uptime-store-status";

    /** Store id → the store's inactive run and alert state, while it is inactive (StoreAlertState). */
    public static final String ALERT_STATE_STORE = "uptime-alert-state";
    /** {@code crossing epoch millis (20 digits)|storeId} → storeId: the stores not yet alerted, by crossing time. */
    public static final String ALERT_DUE_STORE = "uptime-alert-due";

    /** Store id → {@code StoreAlertHistory}: its latest alerts, newest first. */
    public static final String ALERT_HISTORY_STORE = "uptime-alert-history";

    static final String READ_POLLS = "uptime-read-polls";
    static final String READ_BUSINESS_HOURS = "uptime-read-business-hours";
    static final String READ_TIMEZONES = "uptime-read-timezones";
    static final String AS_POLL_INPUT = "uptime-poll-input";
    static final String AS_HOURS_INPUT = "uptime-hours-input";
    static final String AS_ZONE_INPUT = "uptime-zone-input";
    static final String MERGE_HOURS = "uptime-merge-hours";
    static final String MERGE_ZONES = "uptime-merge-zones";
    static final String RECORD_INPUTS = "uptime-record-inputs";
    static final String AS_ALERT_INPUT = "uptime-alert-input";
    static final String TRACK_ALERTS = "uptime-track-alerts";
    static final String RECORD_ALERT_HISTORY = "uptime-record-alert-history";
    static final String WRITE_ALERTS = "uptime-write-alerts";

    private UptimeNames() {}
}
