package io.vigil.api.uptime;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.api.error.ApiException;
import io.vigil.api.query.StoreQueries;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The closed dates of a store's closure calendar, from delivery's global calendar store (every instance holds it
 * whole). A calendar nobody has defined yet closes nothing.
 */
final class ClosureCalendars {

    private final StoreQueries queries;

    ClosureCalendars(StoreQueries queries) {
        this.queries = queries;
    }

    Set<LocalDate> closedDates(Optional<String> calendar) {
        if (calendar.isEmpty()) {
            return Set.of();
        }
        JsonNode dates;
        try {
            dates = queries.getGlobal(UptimeApiStores.CALENDARS, calendar.get())
                    .value()
                    .path("dates");
        } catch (ApiException e) {
            if (e.status() == 404) {
                return Set.of();
            }
            throw e;
        }
        Set<LocalDate> closed = new HashSet<>();
        for (JsonNode date : dates) {
            try {
                closed.add(LocalDate.parse(date.asText()));
            } catch (DateTimeParseException e) {
                // The calendar routes store ISO dates only; anything else was not written through them.
                throw new IllegalStateException("Calendar " + calendar.get() + " holds a date that is not ISO", e);
            }
        }
        return closed;
    }
}
