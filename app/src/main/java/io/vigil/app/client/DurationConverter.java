package io.vigil.app.client;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads durations as people write them on a command line: {@code 500ms}, {@code 2s}, {@code 10m}, {@code 1h}. */
public final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String text) {
        int unitStart = 0;
        while (unitStart < text.length() && Character.isDigit(text.charAt(unitStart))) {
            unitStart++;
        }
        if (unitStart == 0 || unitStart > 9) {
            throw invalid(text);
        }
        long amount = Long.parseLong(text.substring(0, unitStart));
        switch (text.substring(unitStart)) {
            case "ms":
                return Duration.ofMillis(amount);
            case "s":
                return Duration.ofSeconds(amount);
            case "m":
                return Duration.ofMinutes(amount);
            case "h":
                return Duration.ofHours(amount);
            default:
                throw invalid(text);
        }
    }

    private static TypeConversionException invalid(String text) {
        return new TypeConversionException(
                "'" + text + "' is not a duration: a whole number and ms, s, m or h, e.g. 500ms or 2m");
    }
}
