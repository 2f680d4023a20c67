package io.vigil.app.client;

import java.util.Collection;

/** How waiting for a file ended, with the exit code scripts rely on (README, "CLI"). */
public enum FileOutcome {
    PROCESSED(0),
    PARTIAL(2),
    FAILED(3),
    TIMED_OUT(4),
    /** Asked once ({@code vigil result}) while the file was still uploaded or processing. */
    NOT_FINISHED(5);

    /** An upload or a request failed; outranks every outcome above. */
    public static final int REQUEST_FAILED = 1;

    private final int exitCode;

    FileOutcome(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** The outcome a status stands for, or empty while the file is not finished. */
    static java.util.Optional<FileOutcome> ofFinalStatus(String status) {
        switch (status) {
            case "processed":
                return java.util.Optional.of(PROCESSED);
            case "partial":
                return java.util.Optional.of(PARTIAL);
            case "failed":
                return java.util.Optional.of(FAILED);
            default:
                return java.util.Optional.empty();
        }
    }

    /** The exit code of a run over several files: the worst of them, a failed request worst of all. */
    static int exitCode(Collection<FileOutcome> outcomes, boolean anyRequestFailed) {
        if (anyRequestFailed) {
            return REQUEST_FAILED;
        }
        return outcomes.stream().mapToInt(FileOutcome::exitCode).max().orElse(0);
    }
}
