package io.vigil.app.client.uptime;

import picocli.CommandLine.Command;

/** {@code vigil uptime}: the store-monitor commands. */
@Command(
        name = "uptime",
        mixinStandardHelpOptions = true,
        description = "Store uptime: import the original CSV files, or generate a sample set of them.",
        subcommands = {UptimeImportCommand.class, UptimeSampleCommand.class})
public final class UptimeCommand {}
