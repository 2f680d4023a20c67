package io.vigil.topology.uptime;

import io.vigil.schema.uptime.BusinessHours;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreTimezone;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Validation of what arrives on the uptime topics (producers may write there directly, around the API, which applies
 * the same checks before it writes). Each check throws {@link InvalidUptimeInputException} with the reason the DLQ
 * record carries.
 */
public final class InputChecks {

    static final int MAX_CALENDAR_NAME = 128;
    /** Longer than any IANA zone id; keeps huge input out of messages and logs. */
    static final int MAX_ZONE_ID = 64;

    private InputChecks() {}

    static void storeId(String key) {
        StoreIds.problem(key).ifPresent(problem -> {
            throw new InvalidUptimeInputException(problem);
        });
    }

    /**
     * A poll far in the future is refused rather than stored: the poll store's stream time is the newest poll time it
     * has seen, so one poll dated next year would make every segment older than that minus the retention expire at
     * once, wiping the last week of every store in the partition, and later polls of today would be dropped as too old.
     */
    public static void poll(String storeId, StorePoll poll, Instant now, Duration maxFuture) {
        if (poll == null) {
            throw new InvalidUptimeInputException(storeId + ": a poll cannot be deleted (null value)");
        }
        sameStore(storeId, poll.getStoreId());
        Instant at = poll.getTimestamp();
        if (at.isBefore(Instant.EPOCH)) {
            throw new InvalidUptimeInputException(storeId + ": poll timestamp " + at + " is before 1970");
        }
        if (at.isAfter(now.plus(maxFuture))) {
            throw new InvalidUptimeInputException(storeId + ": poll timestamp " + at + " is more than " + maxFuture
                    + " after the time it was processed at, " + now);
        }
    }

    /** Hours as {@link StoreHours#of} reads them, a positive max poll gap and a calendar name of sane length. */
    public static void hours(String storeId, BusinessHours hours) {
        sameStore(storeId, hours.getStoreId());
        try {
            StoreHours.of(hours);
        } catch (IllegalArgumentException e) {
            throw new InvalidUptimeInputException(storeId + ": business hours " + e.getMessage(), e);
        }
        Long gap = hours.getMaxPollGapSeconds();
        if (gap != null && gap <= 0) {
            throw new InvalidUptimeInputException(
                    storeId + ": business hours max_poll_gap_seconds: " + gap + " is not positive");
        }
        String calendar = hours.getClosureCalendar();
        if (calendar != null && (calendar.isBlank() || calendar.length() > MAX_CALENDAR_NAME)) {
            throw new InvalidUptimeInputException(storeId + ": business hours closure_calendar: blank or longer than "
                    + MAX_CALENDAR_NAME + " characters");
        }
    }

    /** A zone id {@link ZoneId#of} knows. */
    public static void zone(String storeId, StoreTimezone zone) {
        sameStore(storeId, zone.getStoreId());
        if (zone.getTimezone().length() > MAX_ZONE_ID) {
            throw new InvalidUptimeInputException(
                    storeId + ": timezone: longer than " + MAX_ZONE_ID + " characters, not an IANA zone id");
        }
        try {
            ZoneId.of(zone.getTimezone());
        } catch (DateTimeException e) {
            throw new InvalidUptimeInputException(storeId + ": timezone: " + e.getMessage(), e);
        }
    }

    private static void sameStore(String key, String storeId) {
        if (!key.equals(storeId)) {
            throw new InvalidUptimeInputException(key + ": the record's store_id is not its key");
        }
    }
}
