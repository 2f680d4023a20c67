package io.vigil.schema.time;

import java.time.Instant;

/** Instants as epoch microseconds, the unit of Avro's {@code timestamp-micros}: finer digits are cut (floored). */
public final class EpochMicros {

    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final long NANOS_PER_MICRO = 1_000L;

    private EpochMicros() {}

    /** @throws ArithmeticException when a long of microseconds cannot hold {@code instant} */
    public static long of(Instant instant) {
        return Math.addExact(
                Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND), instant.getNano() / NANOS_PER_MICRO);
    }

    public static Instant toInstant(long micros) {
        return Instant.ofEpochSecond(
                Math.floorDiv(micros, MICROS_PER_SECOND), Math.floorMod(micros, MICROS_PER_SECOND) * NANOS_PER_MICRO);
    }
}
