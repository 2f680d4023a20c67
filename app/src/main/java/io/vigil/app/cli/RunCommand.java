package io.vigil.app.cli;

import io.vigil.app.runtime.VigilRuntime;
import io.vigil.config.VigilConfig;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.config.ConfigException;
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
        if (config.schemaRegistryUrl().isPresent()) {
            throw new ConfigException(
                    VigilConfig.SCHEMA_REGISTRY_URL_CONFIG,
                    config.schemaRegistryUrl().get(),
                    "the REST registry client is not part of this build yet; leave it empty for fingerprint ids");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        VigilRuntime runtime = VigilRuntime.start(config, new FingerprintSchemaRegistry());
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            runtime.close();
                            stopped.countDown();
                        },
                        "vigil-shutdown"));
        stopped.await();
        return 0;
    }
}
