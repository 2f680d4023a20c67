package io.vigil.app.cli;

import io.vigil.app.dev.sns.SnsPublishCommand;
import io.vigil.schema.serde.GeneratedRecords;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vigil}: the command line of the Vigil monitoring engine. */
@Command(
        name = "vigil",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Vigil watches data arriving at an organisation and says, in real time, when something is late, "
                + "down or out of bounds.",
        subcommands = {DevCommand.class, RunCommand.class, ConfigCommand.class, SnsPublishCommand.class})
public final class VigilCli {

    public static void main(String[] args) {
        GeneratedRecords.trust();
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new VigilCli()).setExecutionExceptionHandler(new ExitOnErrorHandler());
    }
}
