package io.vigil.topology.delivery.schedule;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.vigil.schema.delivery.Expectation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The local date an arrival counts for: its arrival date in the stream's zone, or, with {@code key_date_pattern}, the
 * date written in its object key (group {@code date}, parsed with {@code key_date_format}, default yyyy-MM-dd). A key
 * the pattern does not match, or whose date does not parse, counts for its arrival date.
 */
public final class DeliveryDays {

    static final String DEFAULT_KEY_DATE_FORMAT = "yyyy-MM-dd";

    private final ZoneId zone;
    private final Optional<Pattern> keyDate;
    private final DateTimeFormatter keyDateFormat;

    private DeliveryDays(ZoneId zone, Optional<Pattern> keyDate, DateTimeFormatter keyDateFormat) {
        this.zone = zone;
        this.keyDate = keyDate;
        this.keyDateFormat = keyDateFormat;
    }

    /** For a validated expectation; compiles its key date pattern once. */
    public static DeliveryDays of(Expectation expectation) {
        String format =
                expectation.getKeyDateFormat() == null ? DEFAULT_KEY_DATE_FORMAT : expectation.getKeyDateFormat();
        return new DeliveryDays(
                ZoneId.of(expectation.getTimezone()),
                Optional.ofNullable(expectation.getKeyDatePattern()).map(Pattern::compile),
                DateTimeFormatter.ofPattern(format));
    }

    public LocalDate of(String objectKey, Instant arrivedAt) {
        return keyDate.flatMap(pattern -> dateInKey(pattern, objectKey))
                .orElseGet(() -> arrivedAt.atZone(zone).toLocalDate());
    }

    private Optional<LocalDate> dateInKey(Pattern pattern, String objectKey) {
        Matcher matcher = pattern.matcher(objectKey);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(matcher.group("date"), keyDateFormat));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
