package io.vigil.app.client;

import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil upload FILE... [--wait]}: sends sensor CSV files to {@code POST /files}, and waits for their results. */
@Command(
        name = "upload",
        mixinStandardHelpOptions = true,
        description = {
            "Upload sensor CSV files to Vigil (POST /files); prints one line per file: file id, status, name.",
            "Exit codes: 0 processed, 2 partial, 3 failed, 4 timeout (with --wait: the worst file), 1 a request failed,"
                    + " 64 bad usage."
        })
public final class UploadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ApiConnection api;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "CSV files with sensor_id, timestamp, value columns.")
    List<Path> files;

    @Option(names = "--wait", description = "Wait until every file is processed, partial or failed.")
    boolean wait;

    @Option(
            names = "--poll-interval",
            defaultValue = "1s",
            converter = DurationConverter.class,
            description = "How often --wait asks for the status (default: ${DEFAULT-VALUE}).")
    Duration pollInterval;

    @Option(
            names = "--timeout",
            defaultValue = "30m",
            converter = DurationConverter.class,
            description = "How long --wait waits for all files together (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SensorFilesClient client = api.client();
        Progress progress = Progress.forConsole();
        Map<String, Path> uploaded = new LinkedHashMap<>();
        boolean anyFailed = false;
        for (Path file : files) {
            try {
                String fileId = upload(client, file, progress);
                uploaded.put(fileId, file);
                if (!wait) {
                    out.println(fileId + "\tuploaded\t" + file);
                }
            } catch (ApiCallException | FileNotFoundException e) {
                err.println("vigil upload: " + file + ": " + e.getMessage());
                anyFailed = true;
            }
        }
        out.flush();
        if (!wait) {
            return FileOutcome.exitCode(List.of(), anyFailed);
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        FileWaiter waiter = new FileWaiter(client, pollInterval, Clock.systemUTC());
        Instant deadline = Instant.now().plus(timeout);
        for (Map.Entry<String, Path> file : uploaded.entrySet()) {
            try (Progress.Bar bar =
                    progress.rows("processing " + file.getValue().getFileName())) {
                FileWaiter.Result result = waiter.await(file.getKey(), deadline, bar::stepTo);
                outcomes.add(result.outcome());
                out.println(file.getKey() + "\t" + statusOf(result) + "\t" + file.getValue());
                out.flush();
            } catch (ApiCallException e) {
                err.println("vigil upload: " + file.getValue() + ": " + e.getMessage());
                anyFailed = true;
            }
        }
        return FileOutcome.exitCode(outcomes, anyFailed);
    }

    private static String upload(SensorFilesClient client, Path file, Progress progress)
            throws ApiCallException, FileNotFoundException {
        if (!Files.isRegularFile(file)) {
            throw new FileNotFoundException("not a readable file");
        }
        try (Progress.Bar bar = progress.bytes("uploading " + file.getFileName(), size(file))) {
            return client.upload(file, bar::stepTo);
        }
    }

    private static long size(Path file) throws FileNotFoundException {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new FileNotFoundException(e.getMessage());
        }
    }

    private static String statusOf(FileWaiter.Result result) {
        return result.outcome() == FileOutcome.TIMED_OUT
                ? "timeout(" + result.document().path("status").asText("unknown") + ")"
                : result.document().path("status").asText();
    }
}
