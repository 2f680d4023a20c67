package io.vigil.topology.uptime;

import io.vigil.schema.uptime.BusinessHours;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreTimezone;

/**
 * What reaches the uptime inputs' processor, all keyed by store id; a {@code null} hours or zone is a tombstone. Never
 * serialised.
 */
sealed interface UptimeInput {

    record PollReceived(StorePoll poll) implements UptimeInput {}

    record HoursReceived(BusinessHours hours) implements UptimeInput {}

    record ZoneReceived(StoreTimezone zone) implements UptimeInput {}
}
