package io.vigil.bench.uptime;

import io.vigil.app.uptime.sample.SampleData;
import io.vigil.app.uptime.sample.SampleSpec;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The benchmark's data set as the three files of the original CSV layout, written by {@code vigil uptime sample}'s
 * generator with polls on whole minutes, so that the minute-by-minute reference counts exactly what interval
 * arithmetic measures. The polled days end where the original's data did, in January, far from any clock change.
 *
 * @param timezones {@code store_id,timezone_str}
 * @param hours {@code store_id,dayOfWeek,start_time_local,end_time_local}
 * @param status {@code store_id,status,timestamp_utc}
 * @param polls rows of the status file
 */
public record UptimeDataSet(Path timezones, Path hours, Path status, long polls) {

    /** The end of the original data set's polled time. */
    static final Instant END = Instant.parse("2023-01-25T18:00:00Z");

    private static final long SEED = 7;

    /** Writes the files into {@code dir}. */
    public static UptimeDataSet write(Path dir, UptimeBenchSizes sizes) throws IOException {
        SampleData data = new SampleData(
                new SampleSpec(sizes.stores(), UptimeBenchSizes.DAYS, sizes.pollMinutes(), SEED, END).onWholeMinutes());
        Path timezones = dir.resolve("timezones.csv");
        Path hours = dir.resolve("menu_hours.csv");
        Path status = dir.resolve("store_status.csv");
        write(timezones, data::writeTimezones);
        write(hours, data::writeHours);
        long polls = write(status, data::writeStatus);
        return new UptimeDataSet(timezones, hours, status, polls);
    }

    private static long write(Path file, Writing writing) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return writing.write(out);
        }
    }

    @FunctionalInterface
    private interface Writing {
        long write(Writer out) throws IOException;
    }
}
