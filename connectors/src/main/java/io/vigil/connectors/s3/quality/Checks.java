package io.vigil.connectors.s3.quality;

import io.vigil.schema.quality.CheckResult;
import java.util.Locale;

/** Builds check results. */
final class Checks {

    private Checks() {}

    static CheckResult of(
            String check, String column, boolean passed, String measured, String threshold, String detail) {
        return new CheckResult(check, column, passed, measured, threshold, detail);
    }

    /** A ratio as results show it: four decimals, a dot whatever the locale. */
    static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.4f", ratio);
    }
}
