package io.vigil.api.tenancy;

import io.vigil.api.json.JsonFields;

/** Field rules shared by the tenancy documents: names, ids and tags of bounded length without control characters. */
final class TenancyFields {

    static final int MAX_NAME = 200;
    static final int MAX_ID = 128;

    private TenancyFields() {}

    /** The required text {@code name}, 1 to {@code max} characters, or null with the problem recorded. */
    static String required(JsonFields fields, String name, int max) {
        if (!fields.isPresent(name)) {
            fields.error(name, "is required");
            return null;
        }
        return optional(fields, name, max);
    }

    /** The text {@code name} when present, 1 to {@code max} characters, or null (with the problem recorded if any). */
    static String optional(JsonFields fields, String name, int max) {
        String text = fields.text(name);
        if (text == null) {
            return null;
        }
        String problem = problem(text, max);
        if (problem != null) {
            fields.error(name, problem);
            return null;
        }
        return text;
    }

    /** Why {@code text} is no acceptable name or id, or null when it is. */
    static String problem(String text, int max) {
        if (text.isBlank()) {
            return "must not be blank";
        }
        if (text.length() > max) {
            return "must be at most " + max + " characters";
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            return "must not contain control characters";
        }
        return null;
    }
}
