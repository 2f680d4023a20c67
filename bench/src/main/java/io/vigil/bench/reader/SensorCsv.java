package io.vigil.bench.reader;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Sensor readings as CSV ({@code sensor_id,timestamp,value,count,unit}), generated from a seed so every run reads the
 * same bytes, and written row by row so that no size needs that much memory. Mostly valid: one value in
 * {@value #BLANK_EVERY} is blank, one unit in {@value #BAD_UNIT_EVERY} is not an allowed one and one row in
 * {@value #REPEAT_EVERY} repeats the row before it, so the checks have something to find.
 */
public final class SensorCsv {

    public static final List<String> COLUMNS = List.of("sensor_id", "timestamp", "value", "count", "unit");
    public static final List<String> UNITS = List.of("C", "F", "K", "RH");
    static final int BLANK_EVERY = 1_000;
    static final int BAD_UNIT_EVERY = 50_000;
    static final int REPEAT_EVERY = 100_000;

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1);
    private static final int SECONDS_PER_DAY = 86_400;
    private static final int FLUSH_CHARS = 64 * 1024;

    private SensorCsv() {}

    /** Writes a file of at least {@code minBytes} (header and whole rows) and returns its size. */
    public static long writeFile(Path file, long minBytes, long seed) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), FLUSH_CHARS)) {
            return write(out, minBytes, seed);
        }
    }

    /** Writes the header, then rows until at least {@code minBytes} are written; returns the bytes written. */
    public static long write(OutputStream out, long minBytes, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder(FLUSH_CHARS + 256);
        text.append(String.join(",", COLUMNS)).append('\n');
        long written = 0;
        String day = null;
        int lastRowStart = 0;
        for (long row = 1; written + text.length() < minBytes; row++) {
            if (row % REPEAT_EVERY == 0 && lastRowStart < text.length()) {
                text.append(text, lastRowStart, text.length());
                continue;
            }
            int second = (int) (row % SECONDS_PER_DAY);
            if (day == null || second == 0) {
                day = FIRST_DAY.plusDays(row / SECONDS_PER_DAY) + "T";
            }
            lastRowStart = text.length();
            appendRow(text, random, row, day, second);
            if (text.length() >= FLUSH_CHARS) {
                written += flush(text, out);
                lastRowStart = 0;
            }
        }
        return written + flush(text, out);
    }

    private static void appendRow(StringBuilder text, SplittableRandom random, long row, String day, int second) {
        text.append("s-").append(1000 + random.nextInt(1000)).append(',');
        text.append(day);
        twoDigits(text, second / 3600).append(':');
        twoDigits(text, second / 60 % 60).append(':');
        twoDigits(text, second % 60).append("Z,");
        int milli = random.nextInt(-50_000, 150_000);
        if (row % BLANK_EVERY != 0) {
            appendDecimal(text, milli);
        }
        text.append(',').append(random.nextInt(100_000)).append(',');
        text.append(row % BAD_UNIT_EVERY == 0 ? "?" : UNITS.get(random.nextInt(UNITS.size())));
        text.append('\n');
    }

    private static void appendDecimal(StringBuilder text, int milli) {
        if (milli < 0) {
            text.append('-');
        }
        int abs = Math.abs(milli);
        text.append(abs / 1000).append('.');
        int fraction = abs % 1000;
        if (fraction < 100) {
            text.append('0');
        }
        if (fraction < 10) {
            text.append('0');
        }
        text.append(fraction);
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        if (value < 10) {
            text.append('0');
        }
        return text.append(value);
    }

    private static int flush(StringBuilder text, OutputStream out) throws IOException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
        out.write(bytes);
        text.setLength(0);
        return bytes.length;
    }
}
