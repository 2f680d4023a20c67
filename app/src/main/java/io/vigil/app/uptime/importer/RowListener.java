package io.vigil.app.uptime.importer;

/**
 * Receives the rows of an uptime CSV file in file order, as they are read. An exception thrown here ends the reading
 * and reaches the caller of {@link CsvImportReader#readAll}.
 *
 * @param <T> the row type of the file
 */
public interface RowListener<T> {

    /** A row that passed every check. */
    void row(T row);

    /** A row that failed a check and is left out. */
    void skipped(SkippedRow skipped);
}
