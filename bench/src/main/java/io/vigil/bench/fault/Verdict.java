package io.vigil.bench.fault;

/**
 * Outputs against the oracle: {@code expected} ids, {@code seen} records, ids seen more than once ({@code duplicates},
 * counting every extra copy), expected ids never seen ({@code lost}) and ids the oracle does not know.
 */
record Verdict(int expected, int seen, int duplicates, int lost, int unexpected) {

    boolean complete() {
        return lost == 0;
    }

    boolean exact() {
        return duplicates == 0 && lost == 0 && unexpected == 0;
    }
}
