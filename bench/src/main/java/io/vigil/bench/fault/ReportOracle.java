package io.vigil.bench.fault;

import io.vigil.schema.uptime.StoreStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What an all-store uptime report must say of the workload's stores, recomputed naively from their polls: every store
 * is open 24/7 (no hours on record), inactive before its first poll, and each poll's status holds until the next.
 * Figures as the report writes them: minutes for the last hour, hours otherwise, two decimals rounded half up.
 */
final class ReportOracle {

    static final String HEADER = "store_id,uptime_last_hour,uptime_last_day,uptime_last_week,"
            + "downtime_last_hour,downtime_last_day,downtime_last_week";
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration WEEK = Duration.ofDays(7);

    private final Map<String, NavigableMap<Instant, StoreStatus>> pollsByStore = new TreeMap<>();

    void poll(String storeId, Instant at, StoreStatus status) {
        pollsByStore.computeIfAbsent(storeId, store -> new TreeMap<>()).put(at, status);
    }

    /** The report's lines, header first and stores in id order, as of {@code reference} (whole seconds). */
    List<String> lines(Instant reference) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        pollsByStore.forEach((store, polls) -> {
            long hour = activeSeconds(polls, reference.minus(HOUR), reference);
            long day = activeSeconds(polls, reference.minus(DAY), reference);
            long week = activeSeconds(polls, reference.minus(WEEK), reference);
            lines.add(String.join(
                    ",",
                    store,
                    in(hour, 60),
                    in(day, 3600),
                    in(week, 3600),
                    in(HOUR.toSeconds() - hour, 60),
                    in(DAY.toSeconds() - day, 3600),
                    in(WEEK.toSeconds() - week, 3600)));
        });
        return lines;
    }

    private static long activeSeconds(NavigableMap<Instant, StoreStatus> polls, Instant from, Instant to) {
        long active = 0;
        for (Map.Entry<Instant, StoreStatus> poll : polls.entrySet()) {
            if (poll.getValue() != StoreStatus.active) {
                continue;
            }
            Instant next = polls.higherKey(poll.getKey());
            Instant start = poll.getKey().isAfter(from) ? poll.getKey() : from;
            Instant end = next != null && next.isBefore(to) ? next : to;
            if (start.isBefore(end)) {
                active += Duration.between(start, end).toSeconds();
            }
        }
        return active;
    }

    private static String in(long seconds, int secondsPerUnit) {
        return BigDecimal.valueOf(seconds)
                .divide(BigDecimal.valueOf(secondsPerUnit), 2, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
