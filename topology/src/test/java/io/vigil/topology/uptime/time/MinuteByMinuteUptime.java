package io.vigil.topology.uptime.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The original algorithm, as a reference for tests: every whole minute of a period counts as up, down or unknown when
 * the local clock at that minute is inside business hours, by the status at that minute. Wrong across clock changes by
 * design; exact elsewhere when polls and business-hour boundaries fall on whole minutes. Public, and shipped in the
 * topology's test-jar, because the uptime benchmark measures it as its baseline.
 */
public final class MinuteByMinuteUptime {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final long DAY_NANOS = Duration.ofDays(1).toNanos();

    private final WeeklyHours hours;
    private final ZoneId zone;
    private final Set<LocalDate> closedDates;
    private final List<Poll> polls;
    private final StatusOptions options;

    public MinuteByMinuteUptime(
            WeeklyHours hours, ZoneId zone, Set<LocalDate> closedDates, List<Poll> polls, StatusOptions options) {
        this.hours = hours;
        this.zone = zone;
        this.closedDates = closedDates;
        this.polls = polls;
        this.options = options;
    }

    /** The figures of {@code period}, counted one whole minute at a time from its start. */
    public PeriodFigures over(TimeInterval period) {
        long up = 0;
        long down = 0;
        long unknown = 0;
        int latest = -1;
        for (Instant minute = period.start(); minute.isBefore(period.end()); minute = minute.plus(MINUTE)) {
            while (latest + 1 < polls.size() && !polls.get(latest + 1).at().isAfter(minute)) {
                latest++;
            }
            if (!open(minute.atZone(zone).toLocalDateTime())) {
                continue;
            }
            Boolean status = statusAt(minute, latest);
            if (status == null) {
                unknown++;
            } else if (status) {
                up++;
            } else {
                down++;
            }
        }
        return new PeriodFigures(Duration.ofMinutes(up), Duration.ofMinutes(down), Duration.ofMinutes(unknown));
    }

    private Boolean statusAt(Instant minute, int latest) {
        if (latest < 0) {
            return options.maxPollGap() == null ? options.activeBeforeFirstPoll() : null;
        }
        Poll poll = polls.get(latest);
        if (options.maxPollGap() != null && !minute.isBefore(poll.at().plus(options.maxPollGap()))) {
            return null;
        }
        return poll.active();
    }

    private boolean open(LocalDateTime local) {
        long time = local.toLocalTime().toNanoOfDay();
        return openOn(local.toLocalDate(), time) || openOn(local.toLocalDate().minusDays(1), time + DAY_NANOS);
    }

    /** Whether an interval starting on {@code date} covers the local time {@code offset} after that date's midnight. */
    private boolean openOn(LocalDate date, long offset) {
        if (closedDates.contains(date)) {
            return false;
        }
        for (WeeklyHours.Interval interval : hours.on(date.getDayOfWeek())) {
            if (interval.startOffset().toNanos() <= offset
                    && offset < interval.endOffset().toNanos()) {
                return true;
            }
        }
        return false;
    }
}
