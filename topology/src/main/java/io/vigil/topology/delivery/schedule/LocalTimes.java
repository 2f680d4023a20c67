package io.vigil.topology.delivery.schedule;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Local times of day as expectations write them: {@code HH:MM} or {@code HH:MM:SS}, 24-hour. */
public final class LocalTimes {

    private static final DateTimeFormatter HH_MM =
            DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter HH_MM_SS =
            DateTimeFormatter.ofPattern("HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    public static final String FORMS = "HH:MM or HH:MM:SS";

    private LocalTimes() {}

    /** @throws DateTimeException naming the text when it is not a time of day in either form */
    public static LocalTime parse(String text) {
        if (text == null || (text.length() != 5 && text.length() != 8)) {
            throw new DateTimeException('"' + text + "\" is not a time of day (" + FORMS + ")");
        }
        try {
            return LocalTime.parse(text, text.length() == 5 ? HH_MM : HH_MM_SS);
        } catch (DateTimeParseException e) {
            throw new DateTimeException('"' + text + "\" is not a time of day (" + FORMS + ")", e);
        }
    }
}
