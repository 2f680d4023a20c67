package io.vigil.bench.uptime;

import io.vigil.topology.uptime.time.ReportRowFormat;
import io.vigil.topology.uptime.time.UptimeFigures;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a report's CSV against the minute-by-minute figures, row by row: the same header, every store exactly once,
 * each of the six figures within 0.01 of the reference's (both rounded to two decimals the same way).
 */
final class ReportCheck {

    /** The "same numbers to 0.01", with room for the binary representation of two-decimal values. */
    static final double TOLERANCE = 0.01 + 1e-9;

    private static final ReportRowFormat FORMAT = ReportRowFormat.original();
    private static final List<String> COLUMNS = List.of(FORMAT.header().split(","));

    private ReportCheck() {}

    /**
     * @return the rows checked
     * @throws IllegalStateException naming the store (and the column) of the first difference
     */
    static int requireSame(Map<String, UptimeFigures> expected, String csv) {
        List<String> lines = csv.lines().filter(line -> !line.isEmpty()).toList();
        if (lines.isEmpty() || !lines.get(0).equals(FORMAT.header())) {
            throw new IllegalStateException("the report does not start with the header " + FORMAT.header());
        }
        Set<String> seen = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            String storeId = fields[0];
            UptimeFigures figures = expected.get(storeId);
            if (figures == null) {
                throw new IllegalStateException("the report has a row for store " + storeId + ", the data has not");
            }
            if (!seen.add(storeId)) {
                throw new IllegalStateException("the report has store " + storeId + " twice");
            }
            requireSameRow(storeId, fields, FORMAT.row(storeId, figures).split(",", -1));
        }
        if (seen.size() != expected.size()) {
            String missing = expected.keySet().stream()
                    .filter(storeId -> !seen.contains(storeId))
                    .findFirst()
                    .orElseThrow();
            throw new IllegalStateException("the report has " + seen.size() + " of " + expected.size()
                    + " stores; it misses store " + missing + ", for one");
        }
        return seen.size();
    }

    private static void requireSameRow(String storeId, String[] actual, String[] expected) {
        if (actual.length != expected.length) {
            throw new IllegalStateException(
                    "store " + storeId + ": the report's row has " + actual.length + " fields, not " + expected.length);
        }
        for (int column = 1; column < expected.length; column++) {
            double reported = number(storeId, COLUMNS.get(column), actual[column]);
            if (Math.abs(reported - Double.parseDouble(expected[column])) > TOLERANCE) {
                throw new IllegalStateException("store " + storeId + ": " + COLUMNS.get(column) + " is "
                        + actual[column] + " in the report, " + expected[column] + " minute by minute");
            }
        }
    }

    private static double number(String storeId, String column, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("store " + storeId + ": " + column + " is not a number", e);
        }
    }
}
