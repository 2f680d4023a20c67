package io.vigil.app.cli;

import io.vigil.app.connect.InProcessConnectWorker;
import io.vigil.app.dev.AdminKeyFile;
import io.vigil.app.dev.DemoData;
import io.vigil.app.dev.sns.DevSns;
import io.vigil.app.dev.webhook.DevWebhookReceiver;
import io.vigil.app.runtime.Resources;
import io.vigil.app.runtime.VigilRuntime;
import io.vigil.config.VigilConfig;
import io.vigil.embedded.EmbeddedPlatform;
import io.vigil.embedded.PlatformSpec;
import io.vigil.schema.registry.SchemaRegistry;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil dev}: the whole stack in one JVM, with data kept under a directory between runs. */
@Command(
        name = "dev",
        mixinStandardHelpOptions = true,
        description = "Run Vigil with an embedded Kafka broker, S3 and SQS endpoints, a Connect worker and demo data.")
final class DevCommand implements Callable<Integer> {

    private static final String S3_EVENTS_QUEUE = "vigil-s3-events";

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions configOptions;

    @Option(
            names = "--data-dir",
            defaultValue = "data",
            description = "Where everything is kept (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--http-port", defaultValue = "8080", description = "API port (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(
            names = "--kafka-port",
            defaultValue = "19092",
            description = "Kafka broker port (default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--s3-port", defaultValue = "9090", description = "S3 endpoint port (default: ${DEFAULT-VALUE}).")
    int s3Port;

    @Option(names = "--sqs-port", defaultValue = "9324", description = "SQS endpoint port (default: ${DEFAULT-VALUE}).")
    int sqsPort;

    @Option(
            names = "--sns-port",
            defaultValue = "8089",
            description = "SNS HTTP endpoint port of the dev SNS connector (default: ${DEFAULT-VALUE}).")
    int snsPort;

    @Option(
            names = "--webhook-receiver-port",
            defaultValue = "8091",
            description = "Port of the dev webhook receiver (default: ${DEFAULT-VALUE}).")
    int webhookReceiverPort;

    @Option(
            names = "--connect-port",
            defaultValue = "8083",
            description = "Kafka Connect REST port (default: ${DEFAULT-VALUE}).")
    int connectPort;

    @Option(
            names = "--no-demo-data",
            negatable = true,
            defaultValue = "true",
            description = "Seed demo objects (default: on).")
    boolean demoData;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        String adminKey = new AdminKeyFile(dataDir, new SecureRandom()).loadOrCreate();
        VigilConfig config = new VigilConfig(configOptions.resolve(System.getenv(), devSettings(adminKey)));

        CountDownLatch stopped = new CountDownLatch(1);
        try (Resources resources = new Resources()) {
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                resources.close();
                                stopped.countDown();
                            },
                            "vigil-shutdown"));
            EmbeddedPlatform platform = resources.add(EmbeddedPlatform.start(new PlatformSpec(
                    dataDir,
                    kafkaPort,
                    s3Port,
                    sqsPort,
                    List.of(DemoData.BUCKET, config.sensorBucket()),
                    List.of(S3_EVENTS_QUEUE))));
            InProcessConnectWorker connect = resources.add(
                    InProcessConnectWorker.start(config.bootstrapServers(), dataDir.resolve("connect"), connectPort));
            SchemaRegistry registry = Registries.of(config);
            VigilRuntime runtime = resources.add(VigilRuntime.start(config, registry));
            runtime.whenFailed(stopped::countDown);
            URI queue = platform.sqs().createQueue(S3_EVENTS_QUEUE);
            connect.putConnector("vigil-sqs", sqsConnector(platform, queue));
            URI sns = DevSns.start(connect, dataDir, snsPort, DevSns.DEFAULT_TOPIC_ARN);
            DevWebhookReceiver webhooks =
                    resources.add(DevWebhookReceiver.start(webhookReceiverPort, Clock.systemUTC()));
            int seeded = demoData
                    ? new DemoData(platform.s3(), config.bootstrapServers(), registry, Clock.systemUTC())
                            .seed(runtime::holdsStream)
                    : 0;
            printBanner(
                    platform, connect, sns, webhooks, runtime, adminKey, seeded, (System.nanoTime() - started) / 1e9);
            stopped.await();
            return runtime.failed() ? VigilCli.STREAMS_FAILED : 0;
        }
    }

    /** The SQS source connector on the embedded queue: ElasticMQ takes any static credentials. */
    private static Map<String, String> sqsConnector(EmbeddedPlatform platform, URI queue) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", "io.vigil.connectors.sqs.SqsSourceConnector");
        config.put("tasks.max", "1");
        config.put("sqs.queue.urls", queue.toString());
        config.put("sqs.endpoint", platform.sqs().endpoint().toString());
        config.put("sqs.region", platform.sqs().region());
        config.put("sqs.access.key.id", "vigil");
        config.put("sqs.secret.access.key", "vigil");
        config.put("sqs.wait.time.seconds", "5");
        return config;
    }

    private Map<String, String> devSettings(String adminKey) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(VigilConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort);
        settings.put(VigilConfig.HTTP_PORT_CONFIG, Integer.toString(httpPort));
        settings.put(VigilConfig.HTTP_HOST_CONFIG, "127.0.0.1");
        settings.put(VigilConfig.HTTP_ADVERTISED_HOST_CONFIG, "127.0.0.1");
        settings.put(VigilConfig.STATE_DIR_CONFIG, dataDir.resolve("streams").toString());
        settings.put(VigilConfig.ADMIN_API_KEY_CONFIG, adminKey);
        settings.put(VigilConfig.S3_ENDPOINT_CONFIG, "http://127.0.0.1:" + s3Port);
        settings.put(VigilConfig.SQS_ENDPOINT_CONFIG, "http://127.0.0.1:" + sqsPort);
        // The embedded S3 endpoint takes any credentials; without these the reader would look for AWS ones.
        settings.put(VigilConfig.S3_ACCESS_KEY_ID_CONFIG, "vigil");
        settings.put(VigilConfig.S3_SECRET_ACCESS_KEY_CONFIG, "vigil");
        // Webhooks may reach this machine, where the dev receiver runs; --set can still change it.
        settings.put(VigilConfig.WEBHOOKS_ALLOWED_CIDRS_CONFIG, "127.0.0.0/8,::1/128");
        return settings;
    }

    private void printBanner(
            EmbeddedPlatform platform,
            InProcessConnectWorker connect,
            URI sns,
            DevWebhookReceiver webhooks,
            VigilRuntime runtime,
            String adminKey,
            int seeded,
            double seconds) {
        PrintWriter out = spec.commandLine().getOut();
        String api = "http://127.0.0.1:" + runtime.httpPort();
        out.printf("%nVigil dev is ready in %.1f s%n", seconds);
        out.printf("  API            %s   (Swagger UI: %s/docs)%n", api, api);
        out.printf("  Sensor UI      %s/ui   (sign in with the admin API key)%n", api);
        out.printf("  Kafka          %s%n", platform.kafka().bootstrapServers());
        out.printf(
                "  S3             %s   (bucket %s, %d demo objects announced)%n",
                platform.s3().endpoint(), DemoData.BUCKET, seeded);
        out.printf(
                "  SQS            %s   (queue %s -> connector vigil-sqs)%n",
                platform.sqs().endpoint(), S3_EVENTS_QUEUE);
        out.printf("  SNS            %s   (topic %s; try: ./vigil sns-publish FILE)%n", sns, DevSns.DEFAULT_TOPIC_ARN);
        out.printf(
                "  Webhooks       %s   (a receiver to point webhooks at; see %s/page)%n",
                webhooks.url(), webhooks.url());
        out.printf("  Connect        %s%n", connect.restUrl());
        out.printf("  admin API key  %s   (stored in %s)%n", adminKey, dataDir.resolve("admin-api-key"));
        out.printf("Try: curl -H \"X-API-Key: $(cat %s)\" %s/buckets%n", dataDir.resolve("admin-api-key"), api);
        out.flush();
    }
}
