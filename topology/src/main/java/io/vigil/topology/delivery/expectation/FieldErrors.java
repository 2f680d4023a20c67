package io.vigil.topology.delivery.expectation;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one validation run, with the checks that several rule groups share. */
final class FieldErrors {

    static final String ID_RULE = "1-128 characters of A-Z a-z 0-9 . _ -, not \".\" or \"..\"";
    private static final int QUOTED_LENGTH = 64;

    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Records that a required field is missing; true when it is present. */
    boolean required(String field, Object value) {
        if (value == null) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    void id(String field, String value) {
        if (required(field, value) && !StreamKeys.isValidId(value)) {
            add(field, quote(value) + " is not a valid id (" + ID_RULE + ")");
        }
    }

    void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "is " + value.length() + " characters long; at most " + max + " are allowed");
        }
    }

    List<FieldError> list() {
        return List.copyOf(errors);
    }

    /** The value in quotes for a message, cut short so that a huge input cannot make a huge error. */
    static String quote(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.length() <= QUOTED_LENGTH ? value : value.substring(0, QUOTED_LENGTH) + "…";
        return '"' + shown + '"';
    }
}
