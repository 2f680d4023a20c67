package io.vigil.bench.fault;

/**
 * Outputs against the oracle: {@code expected} ids, {@code seen} records, ids seen more than once ({@code duplicates},
 * counting every extra copy), expected ids never seen ({@code lost}) and ids the oracle does not know; then the
 * {@code answers} the API must settle on and how many it does not give ({@code unanswered}; all of them while the
 * topics are incomplete, since they are not asked before).
 */
record Verdict(int expected, int seen, int duplicates, int lost, int unexpected, int answers, int unanswered) {

    /** The topics' part alone, before the API is asked. */
    static Verdict ofOutputs(int expected, int seen, int duplicates, int lost, int unexpected) {
        return new Verdict(expected, seen, duplicates, lost, unexpected, 0, 0);
    }

    Verdict withAnswers(int answers, int unanswered) {
        return new Verdict(expected, seen, duplicates, lost, unexpected, answers, unanswered);
    }

    boolean complete() {
        return lost == 0 && unanswered == 0;
    }

    boolean exact() {
        return duplicates == 0 && unexpected == 0 && complete();
    }
}
