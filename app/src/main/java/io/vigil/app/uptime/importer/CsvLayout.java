package io.vigil.app.uptime.importer;

import java.util.List;

/** The columns of one of the original CSV files and how a row of them becomes a value. */
interface CsvLayout<T> {

    /** The required columns as the original files spell them (matched ignoring case), {@code store_id} first. */
    List<String> columns();

    /**
     * The row made of {@code fields}, trimmed and in the order of {@link #columns()}, whose store id (the first)
     * already follows {@link io.vigil.topology.uptime.StoreIds}; or the reason it is skipped.
     */
    Outcome<T> read(String[] fields);
}
