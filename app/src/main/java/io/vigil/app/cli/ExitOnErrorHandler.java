package io.vigil.app.cli;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a start-up failure into one clear line on standard error and exit code 1. Configuration and Kafka errors
 * carry messages written for users, so no stack trace is shown; anything else is unexpected and keeps its trace.
 */
final class ExitOnErrorHandler implements IExecutionExceptionHandler {

    static final int CONFIG_ERROR = 78;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof ConfigException) {
            commandLine.getErr().println("vigil: configuration error: " + e.getMessage());
            return CONFIG_ERROR;
        }
        if (e instanceof KafkaException || e instanceof java.io.UncheckedIOException) {
            commandLine.getErr().println("vigil: " + e.getMessage() + causeOf(e));
            return 1;
        }
        e.printStackTrace(commandLine.getErr());
        return 1;
    }

    private static String causeOf(Throwable e) {
        return e.getCause() == null || e.getCause().getMessage() == null
                ? ""
                : " (" + e.getCause().getMessage() + ")";
    }
}
