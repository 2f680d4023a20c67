package io.vigil.app.client.uptime;

import io.vigil.app.client.ApiCallException;
import io.vigil.app.client.ApiConnection;
import io.vigil.app.client.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vigil uptime import}: loads the original store-monitor CSV files through the bulk routes. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import the original store-monitor CSV files: timezones first, then business hours, then polls"
                    + " (POST /timezones, /business-hours, /polls). Files are streamed in batches, a status file of"
                    + " any size in constant memory; rows that do not parse are skipped and counted.",
            "Prints per file the rows read, sent and skipped by reason, with the first skipped lines.",
            "Exit codes: 0 every readable row was sent (skipped rows are no error), 2 a file failed as a whole"
                    + " (bad header, not CSV; the other files are still imported), 3 Vigil refused a batch (4xx; the"
                    + " import stops), 1 an I/O error (a file could not be read, or Vigil could not be reached or kept"
                    + " failing after retries; the import stops), 64 bad usage."
        })
public final class UptimeImportCommand implements Callable<Integer> {

    static final int FILE_FAILED = 2;
    static final int REFUSED = 3;
    static final int IO_FAILED = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    ApiConnection api;

    @Option(names = "--timezones", paramLabel = "FILE", description = "store_id,timezone_str")
    Path timezones;

    @Option(names = "--hours", paramLabel = "FILE", description = "store_id,dayOfWeek,start_time_local,end_time_local")
    Path hours;

    @Option(names = "--status", paramLabel = "FILE", description = "store_id,status,timestamp_utc")
    Path status;

    @Option(
            names = "--batch-size",
            defaultValue = "5000",
            description = "Rows (stores, for hours) per request, at most 5000 (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(
            names = "--max-in-flight",
            defaultValue = "4",
            description = "Requests under way at once (default: ${DEFAULT-VALUE}).")
    int maxInFlight;

    @Override
    public Integer call() {
        ImportSettings settings = settings();
        UptimeImporter importer = new UptimeImporter(api.http(), settings, Progress.forConsole());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exitCode = 0;
        Path current = null;
        try {
            for (Path file : new Path[] {timezones, hours, status}) {
                if (file == null) {
                    continue;
                }
                current = file;
                FileResult result = file == timezones
                        ? importer.timezones(file)
                        : file == hours ? importer.hours(file) : importer.polls(file);
                ImportReport.print(result, out);
                exitCode = result.failed() ? FILE_FAILED : exitCode;
            }
            return exitCode;
        } catch (ApiCallException e) {
            err.println("vigil uptime import: " + current + ": " + e.getMessage() + "; import stopped");
            return e.status() >= 400 && e.status() < 500 ? REFUSED : IO_FAILED;
        } catch (IOException e) {
            err.println("vigil uptime import: " + current + ": cannot read: " + e.getMessage() + "; import stopped");
            return IO_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("vigil uptime import: interrupted");
            return IO_FAILED;
        }
    }

    private ImportSettings settings() {
        if (timezones == null && hours == null && status == null) {
            throw usage("give at least one of --timezones, --hours, --status");
        }
        for (Path file : new Path[] {timezones, hours, status}) {
            if (file != null && !(Files.isRegularFile(file) && Files.isReadable(file))) {
                throw usage(file + " is not a readable file");
            }
        }
        try {
            return new ImportSettings(batchSize, maxInFlight, RetryPolicy.DEFAULT, 5);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
