package io.vigil.app.uptime.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A listener that keeps what it is given, and the summary of the reading. */
final class Recorded<T> implements RowListener<T> {

    final List<T> rows = new ArrayList<>();
    final List<SkippedRow> skipped = new ArrayList<>();
    ImportSummary summary;

    @Override
    public void row(T row) {
        rows.add(row);
    }

    @Override
    public void skipped(SkippedRow row) {
        skipped.add(row);
    }

    static <T> Recorded<T> read(Function<java.io.InputStream, CsvImportReader<T>> reader, String text)
            throws IOException, ImportFileException {
        return read(reader, text.getBytes(StandardCharsets.UTF_8));
    }

    static <T> Recorded<T> read(Function<java.io.InputStream, CsvImportReader<T>> reader, byte[] bytes)
            throws IOException, ImportFileException {
        Recorded<T> recorded = new Recorded<>();
        recorded.summary = reader.apply(new ByteArrayInputStream(bytes)).readAll(recorded);
        return recorded;
    }
}
