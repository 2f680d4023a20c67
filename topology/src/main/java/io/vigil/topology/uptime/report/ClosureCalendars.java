package io.vigil.topology.uptime.report;

import io.vigil.schema.delivery.DeliveryCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The closed dates of the closure calendars stores name, read from the delivery calendars' global store and kept for
 * the length of one report request: many stores share a calendar. A calendar that does not exist closes no date.
 */
final class ClosureCalendars {

    private final ReadOnlyKeyValueStore<String, DeliveryCalendar> calendars;
    private final Map<String, Set<LocalDate>> read = new HashMap<>();

    ClosureCalendars(ReadOnlyKeyValueStore<String, DeliveryCalendar> calendars) {
        this.calendars = calendars;
    }

    Set<LocalDate> closedDates(String calendarName) {
        if (calendarName == null) {
            return Set.of();
        }
        return read.computeIfAbsent(calendarName, this::load);
    }

    private Set<LocalDate> load(String calendarName) {
        DeliveryCalendar calendar = calendars.get(calendarName);
        return calendar == null
                ? Set.of()
                : calendar.getDates().stream().map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
    }
}
