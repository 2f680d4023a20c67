package io.vigil.app.uptime.importer;

/** A data row read by a {@link CsvLayout}: the row, or why it is skipped. */
record Outcome<T>(T row, SkipReason reason) {

    static <T> Outcome<T> of(T row) {
        return new Outcome<>(row, null);
    }

    static <T> Outcome<T> skip(SkipReason reason) {
        return new Outcome<>(null, reason);
    }
}
