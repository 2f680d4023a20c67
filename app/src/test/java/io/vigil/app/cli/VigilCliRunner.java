package io.vigil.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code vigil} command line in this JVM, as a shell would, and keeps what it printed. */
public final class VigilCliRunner {

    private VigilCliRunner() {}

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = VigilCli.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    public record Run(int exitCode, String out, String err) {}
}
