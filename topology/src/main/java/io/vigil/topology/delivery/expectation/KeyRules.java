package io.vigil.topology.delivery.expectation;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.vigil.schema.delivery.Expectation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Rules of which objects belong to a stream: bucket, prefix, pattern, and the delivery date written in the key. */
final class KeyRules {

    static final int MAX_PREFIX = 1024;
    static final int MAX_PATTERN = 512;
    static final int MAX_PATTERN_SIZE = 10_000;
    static final int MAX_DATE_FORMAT = 64;
    static final String DATE_GROUP = "date";

    /** Any date will do: reading back what a format wrote shows that the format names a whole day. */
    private static final LocalDate PROBE_DATE = LocalDate.of(2026, 11, 29);

    private final FieldErrors errors;

    KeyRules(FieldErrors errors) {
        this.errors = errors;
    }

    void check(Expectation e) {
        if (errors.required("bucket", e.getBucket())) {
            BucketNames.problem(e.getBucket())
                    .ifPresent(rule -> errors.add(
                            "bucket", FieldErrors.quote(e.getBucket()) + " is not an S3 bucket name: " + rule));
        }
        errors.maxLength("prefix", e.getPrefix(), MAX_PREFIX);
        compile("pattern", e.getPattern());
        compile("key_date_pattern", e.getKeyDatePattern())
                .filter(keyDate -> !keyDate.namedGroups().containsKey(DATE_GROUP))
                .ifPresent(keyDate -> errors.add(
                        "key_date_pattern", "has no named group \"date\", e.g. (?P<date>\\d{4}-\\d{2}-\\d{2})"));
        keyDateFormat(e.getKeyDateFormat(), e.getKeyDatePattern() != null);
    }

    /** The compiled pattern, or empty when it is absent or broke a rule (recorded). */
    private Optional<Pattern> compile(String field, String regex) {
        if (regex == null) {
            return Optional.empty();
        }
        if (regex.length() > MAX_PATTERN) {
            errors.maxLength(field, regex, MAX_PATTERN);
            return Optional.empty();
        }
        if (RegexSize.estimate(regex) > MAX_PATTERN_SIZE) {
            errors.add(
                    field,
                    "repeats too much: nested counts expand to more than " + MAX_PATTERN_SIZE
                            + " steps; use smaller {n,m} counts");
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            errors.add(
                    field,
                    "is not a valid RE2 pattern: " + e.getDescription() + " at " + FieldErrors.quote(e.getPattern()));
            return Optional.empty();
        }
    }

    private void keyDateFormat(String format, boolean hasKeyDatePattern) {
        if (format == null) {
            return;
        }
        if (!hasKeyDatePattern) {
            errors.add("key_date_format", "is only used with key_date_pattern");
        }
        if (format.length() > MAX_DATE_FORMAT) {
            errors.maxLength("key_date_format", format, MAX_DATE_FORMAT);
            return;
        }
        try {
            // Default resolver settings, as the delivery-day code reads keys with; yyyy-MM writes a date it cannot
            // read back, and would silently attribute every file to its arrival day instead.
            DateTimeFormatter formatter = DateTimeFormatter.ofPattern(format);
            if (!LocalDate.parse(formatter.format(PROBE_DATE), formatter).equals(PROBE_DATE)) {
                errors.add("key_date_format", FieldErrors.quote(format) + " does not read back the date it writes");
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            errors.add(
                    "key_date_format",
                    FieldErrors.quote(format) + " is not a date format (java.time pattern such as yyyy-MM-dd): "
                            + e.getMessage());
        }
    }
}
