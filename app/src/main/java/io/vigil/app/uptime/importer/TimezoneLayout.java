package io.vigil.app.uptime.importer;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code store_id,timezone_str}: an IANA zone name such as {@code America/Chicago}, in any case. Offsets ({@code +02:00})
 * and other ids {@link ZoneId#of} would take but that name no region are not zones here.
 */
final class TimezoneLayout implements CsvLayout<TimezoneRow> {

    private static final List<String> COLUMNS = List.of("store_id", "timezone_str");

    /** Lower-cased zone name → the zone; built per file, as the JDK's zone list is copied on every call. */
    private final Map<String, ZoneId> zones = new HashMap<>();

    TimezoneLayout() {
        for (String id : ZoneId.getAvailableZoneIds()) {
            zones.putIfAbsent(id.toLowerCase(Locale.ROOT), ZoneId.of(id));
        }
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Outcome<TimezoneRow> read(String[] fields) {
        ZoneId zone = zones.get(fields[1].toLowerCase(Locale.ROOT));
        return zone == null ? Outcome.skip(SkipReason.bad_timezone) : Outcome.of(new TimezoneRow(fields[0], zone));
    }
}
