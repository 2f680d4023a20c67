package io.vigil.app.client.uptime;

import io.vigil.app.uptime.importer.SkipReason;
import io.vigil.app.uptime.importer.SkippedRow;
import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints what an import did, one block per file: rows read, sent, skipped by reason, the first skipped rows. */
final class ImportReport {

    private ImportReport() {}

    static void print(FileResult result, PrintWriter out) {
        StringBuilder line = new StringBuilder()
                .append(result.file())
                .append(" (")
                .append(result.kind())
                .append("): ")
                .append(result.rowsRead())
                .append(" rows read, ")
                .append(result.rowsSent())
                .append(" sent");
        if (result.storesSent() >= 0) {
            line.append(" as ").append(result.storesSent()).append(" stores");
        }
        if (result.failed()) {
            line.append(", FAILED: ").append(result.failure());
        } else {
            line.append(", ").append(result.skipped()).append(" skipped");
            if (!result.skippedByReason().isEmpty()) {
                line.append(" (").append(reasons(result.skippedByReason())).append(')');
            }
        }
        out.println(line);
        for (SkippedRow skipped : result.firstSkipped()) {
            out.println("  skipped line " + skipped.line() + " (row " + skipped.row() + "): " + skipped.reason());
        }
        out.flush();
    }

    private static String reasons(Map<SkipReason, Long> byReason) {
        return byReason.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }
}
