package io.vigil.app.uptime.importer;

import java.util.Objects;

/**
 * A data row that was not read, and why. It never carries the row's content, which could be anything.
 *
 * @param row the data row number, from 1, the header not counted (nor empty lines)
 * @param line the physical line of the file the row starts on, from 1, the header and empty lines counted
 * @param reason the first check the row failed
 */
public record SkippedRow(long row, long line, SkipReason reason) {

    public SkippedRow {
        Objects.requireNonNull(reason, "reason");
    }
}
