package io.vigil.topology.delivery.expectation;

/**
 * One problem with one field of an expectation.
 *
 * @param field   the JSON name of the field, with an index into a list where it applies, e.g. {@code
 *     cutoff_time_local}, {@code days_of_week[2]} or {@code escalation[1].after_minutes}
 * @param message the rule that was broken, safe to show to the caller, e.g. {@code "25:00" is not a time of day
 *     (HH:MM or HH:MM:SS)}
 */
public record FieldError(String field, String message) {}
