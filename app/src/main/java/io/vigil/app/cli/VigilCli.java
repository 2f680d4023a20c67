package io.vigil.app.cli;

import io.vigil.app.client.ResultCommand;
import io.vigil.app.client.UploadCommand;
import io.vigil.app.client.uptime.UptimeCommand;
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
        subcommands = {
            DevCommand.class,
            RunCommand.class,
            ConfigCommand.class,
            SnsPublishCommand.class,
            UploadCommand.class,
            ResultCommand.class,
            UptimeCommand.class
        })
public final class VigilCli {

    /** sysexits.h's EX_USAGE. */
    static final int USAGE_ERROR = 64;
    /** sysexits.h's EX_SOFTWARE: Kafka Streams shut down on a failure; a supervisor should start the process again. */
    static final int STREAMS_FAILED = 70;

    public static void main(String[] args) {
        GeneratedRecords.trust();
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine commandLine =
                new CommandLine(new VigilCli()).setExecutionExceptionHandler(new ExitOnErrorHandler());
        // 2 is picocli's default for bad usage, but `vigil upload` gives 2 to a partly bad file
        exitOnInvalidInput(commandLine);
        return commandLine;
    }

    /** On every command, nested ones ({@code vigil uptime import}) included. */
    private static void exitOnInvalidInput(CommandLine command) {
        command.getCommandSpec().exitCodeOnInvalidInput(USAGE_ERROR);
        command.getSubcommands().values().forEach(VigilCli::exitOnInvalidInput);
    }
}
