package io.vigil.app.cli;

import io.vigil.app.runtime.VigilRuntime;
import io.vigil.config.VigilConfig;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code vigil run}: one Vigil instance against external Kafka, schema registry, S3 and SQS. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run a Vigil instance against the Kafka cluster and services named in the configuration.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws Exception {
        VigilConfig config = new VigilConfig(configOptions.resolve(System.getenv(), Map.of()));
        CountDownLatch stopped = new CountDownLatch(1);
        VigilRuntime runtime = VigilRuntime.start(config, Registries.of(config));
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            runtime.close();
                            stopped.countDown();
                        },
                        "vigil-shutdown"));
        runtime.whenFailed(stopped::countDown);
        stopped.await();
        // The exit runs the shutdown hook, which closes the runtime; the supervisor then starts a new process.
        return runtime.failed() ? VigilCli.STREAMS_FAILED : 0;
    }
}
