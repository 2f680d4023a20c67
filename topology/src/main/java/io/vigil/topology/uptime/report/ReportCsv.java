package io.vigil.topology.uptime.report;

import io.vigil.schema.uptime.ReportPart;
import io.vigil.schema.uptime.ReportRow;
import io.vigil.topology.uptime.time.ReportRowFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A finished report: the header and every row of every part, sorted by store id, each line ended by {@code \n}, in
 * UTF-8. The same parts always give the same bytes, so a re-processed report rewrites an identical object.
 *
 * @param rowCount the number of rows, header excluded
 */
record ReportCsv(byte[] bytes, long rowCount) {

    static ReportCsv of(Collection<ReportPart> parts, boolean unknownColumns) {
        List<ReportRow> rows = new ArrayList<>();
        parts.forEach(part -> rows.addAll(part.getRows()));
        rows.sort(Comparator.comparing(ReportRow::getStoreId).thenComparing(ReportRow::getLine));
        ReportRowFormat format = unknownColumns ? ReportRowFormat.withUnknownColumns() : ReportRowFormat.original();
        StringBuilder csv = new StringBuilder(format.header()).append('\n');
        rows.forEach(row -> csv.append(row.getLine()).append('\n'));
        return new ReportCsv(csv.toString().getBytes(StandardCharsets.UTF_8), rows.size());
    }
}
