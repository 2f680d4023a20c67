package io.vigil.topology.uptime;

import io.vigil.schema.uptime.BusinessHours;
import io.vigil.schema.uptime.BusinessInterval;
import io.vigil.topology.uptime.time.WeeklyHours;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@link BusinessHours} record as {@link WeeklyHours}. */
public final class StoreHours {

    private StoreHours() {}

    /**
     * @param hours a store's record; {@code null} (no record) is {@link WeeklyHours#ALWAYS_OPEN}, one with no
     *     interval is closed all week
     * @throws IllegalArgumentException whose message names the interval and field, e.g. {@code intervals[2].end: …}
     */
    public static WeeklyHours of(BusinessHours hours) {
        if (hours == null) {
            return WeeklyHours.ALWAYS_OPEN;
        }
        List<BusinessInterval> given = hours.getIntervals();
        List<WeeklyHours.Interval> intervals = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            BusinessInterval interval = given.get(i);
            try {
                intervals.add(WeeklyHours.Interval.parse(interval.getDay(), interval.getStart(), interval.getEnd()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("intervals[" + i + "]." + e.getMessage(), e);
            }
        }
        return new WeeklyHours(intervals);
    }
}
