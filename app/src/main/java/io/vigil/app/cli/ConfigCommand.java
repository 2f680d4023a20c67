package io.vigil.app.cli;

import io.vigil.config.VigilConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigil config}: the configuration reference and a check of a configuration without starting anything. */
@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        description = "Print the configuration reference or check a configuration.",
        subcommands = {ConfigCommand.Reference.class, ConfigCommand.Check.class})
final class ConfigCommand {

    @Command(
            name = "reference",
            mixinStandardHelpOptions = true,
            description = "Print every setting as a Markdown table.")
    static final class Reference implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(VigilConfig.markdownTable());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Validate the configuration from file, environment and --set, and say what is wrong.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOptions configOptions;

        @Override
        public Integer call() {
            new VigilConfig(configOptions.resolve(System.getenv(), java.util.Map.of()));
            spec.commandLine().getOut().println("configuration is valid");
            return 0;
        }
    }
}
