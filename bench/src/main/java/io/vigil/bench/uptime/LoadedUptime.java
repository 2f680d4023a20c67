package io.vigil.bench.uptime;

import io.vigil.app.uptime.importer.ImportFileException;
import io.vigil.bench.harness.GroupProgress;
import io.vigil.bench.harness.TempDirs;
import io.vigil.bench.sensor.BenchVigil;
import io.vigil.topology.uptime.UptimeNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark's data set, generated and read back into memory for the baselines, and on demand a whole Vigil
 * instance with the data set in it: produced straight to the three uptime topics and processed by the topology. None
 * of it is timed.
 */
final class LoadedUptime implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LoadedUptime.class);
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(30);
    private static final List<String> INPUT_TOPICS =
            List.of(UptimeNames.TIMEZONES_TOPIC, UptimeNames.BUSINESS_HOURS_TOPIC, UptimeNames.POLLS_TOPIC);

    private final Path dir;
    private final UptimeInputs inputs;
    private BenchVigil vigil;
    private UptimeApi api;

    private LoadedUptime(Path dir, UptimeInputs inputs) {
        this.dir = dir;
        this.inputs = inputs;
    }

    /** Writes the data set and reads it back (not timed); Vigil starts with {@link #started()}. */
    static LoadedUptime prepare(UptimeBenchSizes sizes) throws IOException, ImportFileException {
        Path dir = Files.createTempDirectory("vigil-bench-uptime-");
        try {
            UptimeInputs inputs = UptimeInputs.read(UptimeDataSet.write(dir, sizes));
            log.info("uptime data set: {} stores, {} polls", inputs.stores().size(), inputs.pollCount());
            return new LoadedUptime(dir, inputs);
        } catch (IOException | ImportFileException | RuntimeException e) {
            TempDirs.delete(dir);
            throw e;
        }
    }

    /**
     * Starts Vigil and loads the data set into it the first time it is called (not timed); returns this.
     *
     * @throws InterruptedException if interrupted while the topology processes the data set
     */
    LoadedUptime started() throws InterruptedException {
        if (vigil == null) {
            vigil = BenchVigil.start();
            api = new UptimeApi(vigil.http());
            load();
        }
        return this;
    }

    UptimeInputs inputs() {
        return inputs;
    }

    /** The API of the instance {@link #started()} started. */
    UptimeApi api() {
        if (api == null) {
            throw new IllegalStateException("Vigil is not started");
        }
        return api;
    }

    /** Progress of the topology's consumer group, through an admin client the caller closes. */
    static Admin admin(BenchVigil vigil) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, vigil.bootstrapServers()));
    }

    private void load() throws InterruptedException {
        long start = System.nanoTime();
        try (UptimeTopicWriter writer = new UptimeTopicWriter(vigil.bootstrapServers());
                Admin admin = admin(vigil)) {
            writer.load(inputs);
            long produced = System.nanoTime();
            new GroupProgress(admin, vigil.applicationId(), Duration.ofMillis(100))
                    .awaitCaughtUp(INPUT_TOPICS, LOAD_TIMEOUT);
            log.info(
                    "uptime data set loaded: produced in {} s, processed {} s later",
                    seconds(produced - start),
                    seconds(System.nanoTime() - produced));
        }
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }

    @Override
    public void close() {
        try {
            if (vigil != null) {
                vigil.close();
            }
        } finally {
            TempDirs.delete(dir);
        }
    }
}
