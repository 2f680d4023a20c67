package io.vigil.bench.uptime;

import io.vigil.app.uptime.importer.CsvImportReader;
import io.vigil.app.uptime.importer.HoursRow;
import io.vigil.app.uptime.importer.ImportFileException;
import io.vigil.app.uptime.importer.PollRow;
import io.vigil.app.uptime.importer.RowListener;
import io.vigil.app.uptime.importer.SkippedRow;
import io.vigil.app.uptime.importer.TimezoneRow;
import io.vigil.topology.uptime.UptimeSettings;
import io.vigil.topology.uptime.time.Poll;
import io.vigil.topology.uptime.time.WeeklyHours;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The data set read back into memory by the importer's own CSV readers: every store's polls in time order, its hours
 * and its zone. The report's store list is every store any file names, as Vigil's store directory has it.
 */
final class UptimeInputs {

    private final Map<String, List<Poll>> polls = new HashMap<>();
    private final Map<String, List<WeeklyHours.Interval>> hours = new HashMap<>();
    private final Map<String, ZoneId> zones = new HashMap<>();
    private final SortedSet<String> stores = new TreeSet<>();
    private Instant latestPoll = Instant.MIN;
    private long pollCount;

    private UptimeInputs() {}

    /** @throws IllegalStateException if a row of the files is skipped: the generated data must all be read */
    static UptimeInputs read(UptimeDataSet files) throws IOException, ImportFileException {
        UptimeInputs inputs = new UptimeInputs();
        read(files.timezones(), CsvImportReader::timezones, (TimezoneRow row) -> {
            inputs.stores.add(row.storeId());
            inputs.zones.put(row.storeId(), row.zone());
        });
        read(files.hours(), CsvImportReader::hours, (HoursRow row) -> {
            inputs.stores.add(row.storeId());
            inputs.hours
                    .computeIfAbsent(row.storeId(), id -> new ArrayList<>())
                    .add(new WeeklyHours.Interval(DayOfWeek.of(row.day() + 1), row.start(), row.end()));
        });
        read(files.status(), CsvImportReader::status, (PollRow row) -> inputs.add(row));
        inputs.polls.values().forEach(list -> list.sort(Comparator.comparing(Poll::at)));
        return inputs;
    }

    /** Store ids in order. */
    SortedSet<String> stores() {
        return stores;
    }

    /** The store's polls in time order; empty if it has none. */
    List<Poll> polls(String storeId) {
        return polls.getOrDefault(storeId, List.of());
    }

    /** The store's hours, open 24/7 without any, as Vigil reads a store with no business-hours record. */
    WeeklyHours hours(String storeId) {
        List<WeeklyHours.Interval> intervals = hours.get(storeId);
        return intervals == null ? WeeklyHours.ALWAYS_OPEN : new WeeklyHours(intervals);
    }

    /** The store's zone, or Vigil's default zone. */
    ZoneId zone(String storeId) {
        return zones.getOrDefault(storeId, UptimeSettings.DEFAULTS.defaultZone());
    }

    /** Whether the store has a zone in the timezones file. */
    boolean hasZone(String storeId) {
        return zones.containsKey(storeId);
    }

    /** Whether the store has rows in the hours file. */
    boolean hasHours(String storeId) {
        return hours.containsKey(storeId);
    }

    /** The latest poll time in the data: the reference of the original's report. */
    Instant latestPoll() {
        return latestPoll;
    }

    long pollCount() {
        return pollCount;
    }

    private void add(PollRow row) {
        stores.add(row.storeId());
        polls.computeIfAbsent(row.storeId(), id -> new ArrayList<>()).add(new Poll(row.at(), row.active()));
        latestPoll = row.at().isAfter(latestPoll) ? row.at() : latestPoll;
        pollCount++;
    }

    private static <T> void read(Path file, Function<InputStream, CsvImportReader<T>> reader, Consumer<T> rows)
            throws IOException, ImportFileException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            reader.apply(in).readAll(new RowListener<T>() {
                @Override
                public void row(T row) {
                    rows.accept(row);
                }

                @Override
                public void skipped(SkippedRow skipped) {
                    throw new IllegalStateException(file.getFileName() + ": the generated row was skipped: " + skipped);
                }
            });
        }
    }
}
