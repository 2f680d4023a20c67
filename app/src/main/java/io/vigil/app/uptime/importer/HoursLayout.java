package io.vigil.app.uptime.importer;

import io.vigil.topology.uptime.time.LocalTimeText;
import java.time.LocalTime;
import java.util.List;

/** {@code store_id,dayOfWeek,start_time_local,end_time_local}: day one digit 0 (Monday) to 6, times per {@link LocalTimeText}. */
final class HoursLayout implements CsvLayout<HoursRow> {

    private static final List<String> COLUMNS = List.of("store_id", "dayOfWeek", "start_time_local", "end_time_local");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Outcome<HoursRow> read(String[] fields) {
        String day = fields[1];
        if (day.length() != 1 || day.charAt(0) < '0' || day.charAt(0) > '6') {
            return Outcome.skip(SkipReason.bad_day);
        }
        try {
            LocalTime start = LocalTimeText.parse("start_time_local", fields[2]);
            LocalTime end = LocalTimeText.parse("end_time_local", fields[3]);
            return Outcome.of(new HoursRow(fields[0], day.charAt(0) - '0', start, end));
        } catch (IllegalArgumentException e) {
            return Outcome.skip(SkipReason.bad_time);
        }
    }
}
