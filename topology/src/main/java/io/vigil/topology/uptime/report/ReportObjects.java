package io.vigil.topology.uptime.report;

/**
 * Where finished report CSVs are kept (S3 in the app). A report is written under a key derived from its id only, so
 * writing the same report again (a task re-processing after a crash) replaces the object with the same bytes.
 */
public interface ReportObjects {

    /**
     * Stores {@code csv} as the CSV of report {@code reportId}.
     *
     * @return the object's key, for {@code GET /get_report} to read it back
     * @throws ReportObjectsException if the object could not be stored; the report then fails
     */
    String put(String reportId, byte[] csv);

    /** No object store: every report fails with a clear reason (a topology built without one, e.g. in benchmarks). */
    static ReportObjects unavailable() {
        return (reportId, csv) -> {
            throw new ReportObjectsException("no object store is configured for reports", null);
        };
    }
}
