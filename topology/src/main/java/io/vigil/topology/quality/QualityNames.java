package io.vigil.topology.quality;

import io.vigil.topology.VigilTopics;

/** Stable names of the quality sub-topology's topics, processors and stores: changelogs are named after them. */
public final class QualityNames {

    public static final String RULES_TOPIC = VigilTopics.QUALITY_RULES;
    public static final String RESULTS_TOPIC = VigilTopics.QUALITY_RESULTS;

    /** Every rule, keyed {@code bucket/prefix}. */
    public static final String RULES_STORE = "quality-rules";
    /** The latest result of every object, keyed {@code bucket/key}. */
    public static final String RESULTS_STORE = "quality-results";
    /** The same results by check time ({@code epoch-millis(20 digits)|bucket/key}), so expiry finds old ones. */
    public static final String RESULTS_EXPIRY_STORE = "quality-results-expiry";
    /** Outcome counts per rule and hour, keyed {@code bucket/prefix|hour} (hour as an ISO-8601 instant). */
    public static final String SUMMARY_STORE = "quality-summary";

    /** The repartition topic of the summary changes, after the application id. */
    public static final String SUMMARY_CHANGES_TOPIC = "quality-summary-changes-repartition";

    static final String READ_RULES = "quality-read-rules";
    static final String READ_RESULTS = "quality-read-results";
    static final String RECORD_RESULTS = "quality-record-results";
    static final String SUMMARY_CHANGES = "quality-summary-changes";
    static final String FOLD_SUMMARY = "quality-fold-summary";

    private QualityNames() {}
}
