package io.vigil.topology.uptime.time;

import java.time.LocalTime;

/** Hand-written parser for {@code HH:MM} and {@code HH:MM:SS} (24-hour, two digits each): no regex on user input. */
public final class LocalTimeText {

    static final String FORMS = "HH:MM or HH:MM:SS, from 00:00 to 23:59:59";

    /** Longer input is not echoed back in messages. */
    private static final int MAX_ECHO = 16;

    private LocalTimeText() {}

    /** @throws IllegalArgumentException whose message starts with {@code field} */
    public static LocalTime parse(String field, String text) {
        if (text == null) {
            throw new IllegalArgumentException(field + ": missing (" + FORMS + ")");
        }
        if ((text.length() != 5 && text.length() != 8) || text.charAt(2) != ':') {
            throw invalid(field, text);
        }
        int hour = twoDigits(field, text, 0, 23);
        int minute = twoDigits(field, text, 3, 59);
        int second = 0;
        if (text.length() == 8) {
            if (text.charAt(5) != ':') {
                throw invalid(field, text);
            }
            second = twoDigits(field, text, 6, 59);
        }
        return LocalTime.of(hour, minute, second);
    }

    private static int twoDigits(String field, String text, int at, int max) {
        char tens = text.charAt(at);
        char units = text.charAt(at + 1);
        if (tens < '0' || tens > '9' || units < '0' || units > '9') {
            throw invalid(field, text);
        }
        int value = (tens - '0') * 10 + (units - '0');
        if (value > max) {
            throw invalid(field, text);
        }
        return value;
    }

    private static IllegalArgumentException invalid(String field, String text) {
        String shown = text.length() <= MAX_ECHO ? '"' + text + '"' : "a text of " + text.length() + " characters";
        return new IllegalArgumentException(field + ": " + shown + " is not a time of day (" + FORMS + ")");
    }
}
