package io.vigil.api.ui;

import java.util.Locale;

/** Byte counts as people read them. */
final class Sizes {

    private static final String[] UNITS = {"bytes", "KiB", "MiB", "GiB", "TiB"};

    private Sizes() {}

    static String human(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0
                ? bytes + " bytes"
                : String.format(Locale.ROOT, value >= 10 ? "%.0f %s" : "%.1f %s", value, UNITS[unit]);
    }
}
