package io.vigil.connectors.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads an HTTP {@code Retry-After} header (RFC 9110 10.2.3): delay-seconds or an HTTP-date. A receiver that is
 * throttling or down for maintenance says when to come back; an unreadable value is ignored rather than trusted.
 */
final class RetryAfter {

    private RetryAfter() {}

    /** How long from {@code now} the receiver asks to wait; empty if the header is absent or unreadable. */
    static Optional<Duration> parse(Optional<String> header, Instant now) {
        return header.map(String::trim).filter(value -> !value.isEmpty()).flatMap(value -> parse(value, now));
    }

    private static Optional<Duration> parse(String value, Instant now) {
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            } catch (NumberFormatException tooLong) {
                return Optional.empty();
            }
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
