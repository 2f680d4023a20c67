package io.vigil.app.dev.sns;

import io.vigil.app.connect.InProcessConnectWorker;
import io.vigil.connectors.sns.SnsSourceConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SNS half of {@code vigil dev}: the dev signing key and the dev SNS connector in the embedded Connect worker,
 * listening on {@code 127.0.0.1}. Messages are posted to it signed with that key ({@code vigil sns-publish}).
 */
public final class DevSns {

    /** Name of the connector in the Connect worker. */
    public static final String CONNECTOR_NAME = "vigil-dev-sns";
    /** The region of the dev endpoint: its certificate URL is on this region's SNS host. */
    public static final String REGION = "us-east-1";
    /** The only URL the dev connector fetches, answered from the local certificate file. */
    public static final String CERTIFICATE_URL =
            "https://sns." + REGION + ".amazonaws.com/SimpleNotificationService-vigildev.pem";
    /** The topic whose messages the dev endpoint accepts unless told otherwise. */
    public static final String DEFAULT_TOPIC_ARN = "arn:aws:sns:" + REGION + ":000000000000:vigil-dev-s3-events";
    /** The port of the dev endpoint unless told otherwise. */
    public static final int DEFAULT_PORT = 8089;

    private static final Logger log = LoggerFactory.getLogger(DevSns.class);
    private static final String LOOPBACK = "127.0.0.1";

    private DevSns() {}

    /**
     * Makes sure the dev signing key exists and creates (or updates) the dev SNS connector. The endpoint listens
     * once the worker has started the task, usually within a second.
     *
     * @param connect the embedded Connect worker
     * @param dataDir the dev data directory; the key is kept under {@code sns-dev} in it
     * @param port the port of the endpoint, 1 to 65535
     * @param topicArn the only topic whose messages are accepted
     * @return the URL to post SNS messages to
     */
    public static URI start(InProcessConnectWorker connect, Path dataDir, int port, String topicArn) {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("The dev SNS port must be between 1 and 65535, not " + port);
        }
        DevSigningKey key = DevSigningKey.loadOrCreate(dataDir);
        connect.putConnector(
                CONNECTOR_NAME,
                Map.of(
                        "connector.class",
                        DevSnsConnector.class.getName(),
                        "tasks.max",
                        "1",
                        SnsSourceConfig.LISTEN_HOST_CONFIG,
                        LOOPBACK,
                        SnsSourceConfig.LISTEN_PORT_CONFIG,
                        Integer.toString(port),
                        SnsSourceConfig.REGION_CONFIG,
                        REGION,
                        SnsSourceConfig.TOPIC_ARNS_CONFIG,
                        topicArn,
                        DevSnsConfig.CERTIFICATE_PATH_CONFIG,
                        key.certificatePath().toAbsolutePath().toString()));
        URI endpoint = URI.create("http://" + LOOPBACK + ":" + port + SnsSourceConfig.PATH_DEFAULT);
        log.info("Dev SNS endpoint {} accepts messages for {} signed with the dev key", endpoint, topicArn);
        return endpoint;
    }
}
