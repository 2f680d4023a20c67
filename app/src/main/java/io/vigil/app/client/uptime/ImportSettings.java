package io.vigil.app.client.uptime;

/**
 * How {@code vigil uptime import} sends.
 *
 * @param batchSize the most rows (stores, for business hours) in one request
 * @param maxInFlight the most requests under way at once (zones are sent one request at a time, in file order)
 * @param retry how failed requests are retried
 * @param skippedShown how many skipped rows of a file are listed with their line numbers
 */
public record ImportSettings(int batchSize, int maxInFlight, RetryPolicy retry, int skippedShown) {

    /** The most items the bulk routes take in one request. */
    public static final int MAX_BATCH_SIZE = 5_000;

    public ImportSettings {
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batch size must be from 1 to " + MAX_BATCH_SIZE + ", not " + batchSize);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("requests in flight must be at least 1, not " + maxInFlight);
        }
    }
}
