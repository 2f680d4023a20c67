package io.vigil.app.uptime.sample;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes a realistic uptime data set in the original CSV layout ({@code store_status.csv}, {@code menu_hours.csv},
 * {@code timezones.csv}), the same for the same {@link SampleSpec}. Stores are mostly active with spells of downtime;
 * some have no hours (24/7) or no zone (the default zone); some days have several intervals or one that crosses
 * midnight; zones span the US and Europe. Rows are written as they are made: memory grows with the stores, never with
 * the polls, so a set of the original's size (14,000 stores, about 1.8 million polls) streams to disk.
 */
public final class SampleData {

    /** How likely an inactive store is still inactive at its next poll: downtime comes in spells. */
    private static final double STAY_DOWN = 0.7;

    private static final long MINUTE_MICROS = 60_000_000L;

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS 'UTC'").withZone(ZoneOffset.UTC);

    private final SampleSpec spec;

    public SampleData(SampleSpec spec) {
        this.spec = spec;
    }

    /** {@code store_id,timezone_str} for every store that has a zone; returns the rows written. */
    public long writeTimezones(Writer out) throws IOException {
        out.write("store_id,timezone_str\n");
        long rows = 0;
        for (int i = 0; i < spec.stores(); i++) {
            SampleStore store = SampleStore.of(spec.seed(), i);
            if (store.zone() != null) {
                out.write(store.id() + "," + store.zone() + "\n");
                rows++;
            }
        }
        out.flush();
        return rows;
    }

    /** {@code store_id,dayOfWeek,start_time_local,end_time_local}, store by store; returns the rows written. */
    public long writeHours(Writer out) throws IOException {
        out.write("store_id,dayOfWeek,start_time_local,end_time_local\n");
        long rows = 0;
        for (int i = 0; i < spec.stores(); i++) {
            SampleStore store = SampleStore.of(spec.seed(), i);
            for (String row : store.hours()) {
                out.write(store.id() + "," + row + "\n");
                rows++;
            }
        }
        out.flush();
        return rows;
    }

    /**
     * {@code store_id,status,timestamp_utc}: one poll per store and poll period, at a random point of the period (the
     * start of that point's minute with {@link SampleSpec#wholeMinutes()}), in period order (the stores of one period
     * in turn); returns the rows written.
     */
    public long writeStatus(Writer out) throws IOException {
        out.write("store_id,status,timestamp_utc\n");
        String[] ids = new String[spec.stores()];
        double[] downChance = new double[spec.stores()];
        for (int i = 0; i < ids.length; i++) {
            SampleStore store = SampleStore.of(spec.seed(), i);
            ids[i] = store.id();
            downChance[i] = store.downChance();
        }
        boolean[] down = new boolean[ids.length];
        SplittableRandom random = new SplittableRandom(spec.seed());
        long periodMicros = spec.pollMinutes() * MINUTE_MICROS;
        long startMicros =
                spec.start().getEpochSecond() * 1_000_000L + spec.start().getNano() / 1000;
        long rows = 0;
        StringBuilder line = new StringBuilder(96);
        for (int period = 0; period < spec.pollPeriods(); period++) {
            for (int i = 0; i < ids.length; i++) {
                down[i] = random.nextDouble() < (down[i] ? STAY_DOWN : downChance[i]);
                long at = startMicros + period * periodMicros + random.nextLong(periodMicros);
                at -= spec.wholeMinutes() ? Math.floorMod(at, MINUTE_MICROS) : 0;
                line.setLength(0);
                line.append(ids[i])
                        .append(',')
                        .append(down[i] ? "inactive" : "active")
                        .append(',');
                TIMESTAMP.formatTo(Instant.ofEpochSecond(at / 1_000_000, at % 1_000_000 * 1000), line);
                out.append(line).append('\n');
                rows++;
            }
        }
        out.flush();
        return rows;
    }
}
