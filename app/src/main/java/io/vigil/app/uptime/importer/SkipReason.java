package io.vigil.app.uptime.importer;

/** Why a data row of an uptime CSV file was skipped; the names are the ones reports and logs show. */
public enum SkipReason {
    /** The row ends before one of the required columns. */
    too_few_fields,
    /** The store id is empty or blank. */
    missing_store_id,
    /** The store id breaks the rule of {@link io.vigil.topology.uptime.StoreIds}. */
    bad_store_id,
    /** The status is neither {@code active} nor {@code inactive}. */
    bad_status,
    /** The timestamp is not a UTC timestamp of a form {@link UtcTimestamps} reads. */
    bad_timestamp,
    /** The day of the week is not a number from 0 (Monday) to 6 (Sunday). */
    bad_day,
    /** A local time is not {@code HH:MM} or {@code HH:MM:SS} within a day. */
    bad_time,
    /** The zone is not a known IANA time-zone name. */
    bad_timezone
}
