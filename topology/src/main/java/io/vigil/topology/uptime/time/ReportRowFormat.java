package io.vigil.topology.uptime.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.StringJoiner;

/**
 * Renders report rows as the original service does: {@code store_id}, uptime last hour (minutes), last day and last
 * week (hours), then the same for downtime; optionally the unknown time the same way. Numbers have two decimals,
 * rounded half up, with a {@code .} whatever the default locale. Lines carry no terminator.
 */
public final class ReportRowFormat {

    private static final String BASE_HEADER = "store_id,uptime_last_hour,uptime_last_day,uptime_last_week,"
            + "downtime_last_hour,downtime_last_day,downtime_last_week";
    private static final String UNKNOWN_HEADER = ",unknown_last_hour,unknown_last_day,unknown_last_week";
    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final boolean withUnknown;

    private ReportRowFormat(boolean withUnknown) {
        this.withUnknown = withUnknown;
    }

    /** The six columns of the original report. */
    public static ReportRowFormat original() {
        return new ReportRowFormat(false);
    }

    /** The original columns plus {@code unknown_last_hour}, {@code unknown_last_day}, {@code unknown_last_week}. */
    public static ReportRowFormat withUnknownColumns() {
        return new ReportRowFormat(true);
    }

    public String header() {
        return withUnknown ? BASE_HEADER + UNKNOWN_HEADER : BASE_HEADER;
    }

    public String row(String storeId, UptimeFigures figures) {
        StringJoiner row = new StringJoiner(",");
        row.add(csvField(storeId));
        row.add(minutes(figures.lastHour().uptime()));
        row.add(hours(figures.lastDay().uptime()));
        row.add(hours(figures.lastWeek().uptime()));
        row.add(minutes(figures.lastHour().downtime()));
        row.add(hours(figures.lastDay().downtime()));
        row.add(hours(figures.lastWeek().downtime()));
        if (withUnknown) {
            row.add(minutes(figures.lastHour().unknown()));
            row.add(hours(figures.lastDay().unknown()));
            row.add(hours(figures.lastWeek().unknown()));
        }
        return row.toString();
    }

    static String minutes(Duration duration) {
        return in(duration, SECONDS_PER_MINUTE);
    }

    static String hours(Duration duration) {
        return in(duration, SECONDS_PER_HOUR);
    }

    private static String in(Duration duration, BigDecimal secondsPerUnit) {
        BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
        return seconds.divide(secondsPerUnit, 2, RoundingMode.HALF_UP).toPlainString();
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    private static String csvField(String value) {
        boolean plain = value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
