package io.vigil.topology.uptime.time;

import java.time.Duration;

/**
 * A store's exact figures over one period, counted inside business hours only.
 *
 * @param uptime business time the store was active
 * @param downtime business time the store was inactive
 * @param unknown business time with no status (only with a max poll gap)
 */
public record PeriodFigures(Duration uptime, Duration downtime, Duration unknown) {

    /** All business time of the period: uptime + downtime + unknown. */
    public Duration businessTime() {
        return uptime.plus(downtime).plus(unknown);
    }
}
