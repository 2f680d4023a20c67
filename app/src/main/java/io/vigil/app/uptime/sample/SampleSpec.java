package io.vigil.app.uptime.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The size and shape of a generated uptime data set.
 *
 * @param stores how many stores
 * @param days how many days of polls, ending at {@code end}
 * @param pollMinutes minutes between two polls of a store (each poll falls at a random point of its period)
 * @param seed the same seed gives the same files, byte for byte
 * @param end the end of the polled time (exclusive)
 * @param wholeMinutes whether polls fall on whole minutes (each moved back to the start of its minute), as a
 *     minute-by-minute reference needs to give exact figures
 */
public record SampleSpec(int stores, int days, int pollMinutes, long seed, Instant end, boolean wholeMinutes) {

    public SampleSpec {
        Objects.requireNonNull(end, "end");
        if (stores < 1 || days < 1 || pollMinutes < 1) {
            throw new IllegalArgumentException("stores, days and poll minutes must be at least 1");
        }
        if (pollMinutes > days * 24 * 60) {
            throw new IllegalArgumentException("poll minutes must not exceed the days polled");
        }
    }

    /** Polls at any microsecond, as in the original data. */
    public SampleSpec(int stores, int days, int pollMinutes, long seed, Instant end) {
        this(stores, days, pollMinutes, seed, end, false);
    }

    /** The same data set with polls on whole minutes. */
    public SampleSpec onWholeMinutes() {
        return new SampleSpec(stores, days, pollMinutes, seed, end, true);
    }

    /** The start of the polled time. */
    public Instant start() {
        return end.minus(Duration.ofDays(days));
    }

    /** Poll periods per store. */
    public int pollPeriods() {
        return days * 24 * 60 / pollMinutes;
    }
}
