package io.vigil.app.uptime.importer;

import java.time.Instant;
import java.util.List;

/** {@code store_id,status,timestamp_utc}: status {@code active} or {@code inactive}, any case. */
final class StatusLayout implements CsvLayout<PollRow> {

    private static final List<String> COLUMNS = List.of("store_id", "status", "timestamp_utc");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Outcome<PollRow> read(String[] fields) {
        String status = fields[1];
        boolean active = status.equalsIgnoreCase("active");
        if (!active && !status.equalsIgnoreCase("inactive")) {
            return Outcome.skip(SkipReason.bad_status);
        }
        Instant at = UtcTimestamps.parse(fields[2]);
        if (at == null) {
            return Outcome.skip(SkipReason.bad_timestamp);
        }
        return Outcome.of(new PollRow(fields[0], at, active));
    }
}
