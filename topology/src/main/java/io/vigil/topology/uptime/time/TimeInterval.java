package io.vigil.topology.uptime.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open span of exact time {@code [start, end)}; never empty. */
public record TimeInterval(Instant start, Instant end) {

    /** @throws IllegalArgumentException unless {@code start} is before {@code end} */
    public TimeInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("interval start " + start + " is not before its end " + end);
        }
    }

    /** The {@code length} of time that ends at (excluding) {@code end}, e.g. the last hour before a reference. */
    public static TimeInterval endingAt(Instant end, Duration length) {
        return new TimeInterval(end.minus(length), end);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
