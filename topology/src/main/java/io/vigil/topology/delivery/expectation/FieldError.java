package io.vigil.topology.delivery.expectation;

/** One problem with one field; {@code field} is the JSON name, e.g. {@code escalation[1].after_minutes}. */
public record FieldError(String field, String message) {}
