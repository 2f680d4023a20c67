package io.vigil.api.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants as an Avro {@code timestamp-micros} field holds them: to the microsecond, and only within the roughly
 * ±290,000 years a long of microseconds reaches. ISO-8601 allows years up to ±999,999,999, so a body can carry an
 * instant the serializer would fail on; it is refused while the body is read instead.
 */
public final class MicrosInstants {

    private MicrosInstants() {}

    /**
     * @return {@code instant} truncated to the microsecond
     * @throws DateTimeException when a long of microseconds since the epoch cannot hold it
     */
    public static Instant of(Instant instant) {
        Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
        try {
            ChronoUnit.MICROS.between(Instant.EPOCH, micros);
        } catch (ArithmeticException e) {
            throw new DateTimeException("outside the range of timestamp-micros", e);
        }
        return micros;
    }
}
