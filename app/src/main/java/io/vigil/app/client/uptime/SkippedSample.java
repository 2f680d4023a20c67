package io.vigil.app.client.uptime;

import io.vigil.app.uptime.importer.SkippedRow;
import java.util.ArrayList;
import java.util.List;

/** The first few skipped rows of a file, to show where to look; the counts per reason come from the reader. */
final class SkippedSample {

    private final int limit;
    private final List<SkippedRow> rows = new ArrayList<>();

    SkippedSample(int limit) {
        this.limit = limit;
    }

    void add(SkippedRow row) {
        if (rows.size() < limit) {
            rows.add(row);
        }
    }

    List<SkippedRow> rows() {
        return List.copyOf(rows);
    }
}
