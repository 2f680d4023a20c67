package io.vigil.topology.delivery.expectation;

import io.vigil.schema.delivery.Expectation;
import java.util.List;

/**
 * Every rule an expectation must satisfy before it is stored or acted on. Pure: no Kafka, no JSON. The API checks a
 * request with it, and the topology checks every record on the expectations topic with it again, because that topic
 * can be written around the API.
 *
 * <p>The rules, by field (JSON names):
 *
 * <ul>
 *   <li>{@code client_id}, {@code stream_id}, {@code skip_calendar}, each of {@code channels}: valid ids, see
 *       {@link StreamKeys#isValidId}; at most 20 channels, none twice.
 *   <li>{@code bucket}: an S3 general purpose bucket name (3-63 of a-z 0-9 . -, and S3's other naming rules).
 *   <li>{@code prefix}: at most 1024 characters; {@code prefix} and {@code pattern} are both optional, so a stream
 *       may take a whole bucket.
 *   <li>{@code pattern}, {@code key_date_pattern}: at most 512 characters, RE2 syntax, and small enough once counted
 *       repetition is expanded; {@code key_date_pattern} needs a group named {@code date}. {@code key_date_format}
 *       (only with it) is a java.time pattern that writes and reads back a whole date.
 *   <li>{@code timezone}: an IANA region id such as Europe/London or UTC; fixed offsets such as +02:00 are refused.
 *   <li>{@code daily_cutoff} needs {@code cutoff_time_local}; {@code max_gap} needs {@code max_gap_minutes} between 1
 *       and the length of its active window. Times are HH:MM or HH:MM:SS; days are 0 (Monday) to 6, none twice. A
 *       field of the other cadence is an error.
 *   <li>{@code grace_minutes} 0 to 10080; {@code warn_minutes_before} absent or 1 to 10080.
 *   <li>{@code severity} info, warning or critical; at most 10 {@code escalation} steps, with {@code after_minutes}
 *       from 1 to 10080 and {@code level} from 2, both strictly increasing.
 * </ul>
 */
public final class ExpectationValidator {

    private ExpectationValidator() {}

    /** Every problem found; empty when the expectation is valid. Never throws, whatever it gets. */
    public static List<FieldError> validate(Expectation expectation) {
        FieldErrors errors = new FieldErrors();
        if (!errors.required("expectation", expectation)) {
            return errors.list();
        }
        errors.id("client_id", expectation.getClientId());
        errors.id("stream_id", expectation.getStreamId());
        new KeyRules(errors).check(expectation);
        new ScheduleRules(errors).check(expectation);
        new CadenceRules(errors).check(expectation);
        new AlertRules(errors).check(expectation);
        errors.required("created_at", expectation.getCreatedAt());
        return errors.list();
    }
}
