package io.vigil.app.uptime.importer;

/**
 * The file as a whole cannot be imported: its header is missing or wrong, or its content is not readable CSV text.
 * The message names the expected columns or the problem, and never quotes the file's content.
 */
public final class ImportFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the file. */
    public enum Problem {
        /** The file has no record at all. */
        missing_header,
        /** A required column is missing or appears twice in the header. */
        bad_header,
        /** Bytes that are not UTF-8, an unterminated quote, or a field too long to be a value of these files. */
        unreadable
    }

    private final Problem problem;

    ImportFileException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
