package io.vigil.app.client.uptime;

import io.vigil.app.uptime.sample.SampleData;
import io.vigil.app.uptime.sample.SampleSpec;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vigil uptime sample}: writes a generated data set in the original CSV layout, ready for {@code import}. */
@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        description = {
            "Write store_status.csv, menu_hours.csv and timezones.csv with generated, realistic data (the same for the"
                    + " same seed), in the layout `vigil uptime import` reads.",
            "Exit codes: 0 written, 1 a file could not be written, 64 bad usage."
        })
public final class UptimeSampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The directory to write to.")
    Path out;

    @Option(names = "--stores", defaultValue = "50", description = "Stores (default: ${DEFAULT-VALUE}).")
    int stores;

    @Option(names = "--days", defaultValue = "8", description = "Days of polls (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(
            names = "--poll-minutes",
            defaultValue = "60",
            description = "Minutes between two polls of a store (default: ${DEFAULT-VALUE}).")
    int pollMinutes;

    @Option(names = "--seed", defaultValue = "1", description = "The random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--end",
            paramLabel = "ISO",
            description = "The end of the polled time, e.g. 2023-01-25T18:00:00Z (default: now).")
    Instant end;

    @Override
    public Integer call() {
        SampleData data = new SampleData(spec());
        try {
            Files.createDirectories(out);
            long zones = write("timezones.csv", data::writeTimezones);
            long hours = write("menu_hours.csv", data::writeHours);
            long polls = write("store_status.csv", data::writeStatus);
            spec.commandLine()
                    .getOut()
                    .printf("%d stores: %d zones, %d hours rows, %d polls in %s%n", stores, zones, hours, polls, out);
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("vigil uptime sample: cannot write to " + out + ": " + e.getMessage());
            return 1;
        }
    }

    private SampleSpec spec() {
        try {
            return new SampleSpec(stores, days, pollMinutes, seed, end == null ? Instant.now() : end);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private long write(String name, FileWriting writing) throws IOException {
        try (Writer writer = Files.newBufferedWriter(out.resolve(name), StandardCharsets.UTF_8)) {
            return writing.write(writer);
        }
    }

    @FunctionalInterface
    private interface FileWriting {
        long write(Writer out) throws IOException;
    }
}
