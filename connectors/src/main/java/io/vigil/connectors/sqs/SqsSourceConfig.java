package io.vigil.connectors.sqs;

import io.vigil.connectors.common.OutputTopics;
import io.vigil.connectors.common.RegistrySettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/** The configuration of the SQS source connector and its tasks. */
public final class SqsSourceConfig extends AbstractConfig {

    public static final String QUEUE_URLS_CONFIG = "sqs.queue.urls";
    public static final String QUEUE_URLS_DOC = "URLs of the SQS queues that receive S3 event notifications (direct"
            + " S3 to SQS, or SNS to SQS envelopes). The queues are spread over the connector's tasks.";

    public static final String REGION_CONFIG = "sqs.region";
    public static final String REGION_DEFAULT = "us-east-1";
    public static final String REGION_DOC = "AWS region of the queues.";

    public static final String ENDPOINT_CONFIG = "sqs.endpoint";
    public static final String ENDPOINT_DOC =
            "SQS endpoint override (http or https URL), e.g. for ElasticMQ or LocalStack. Unset: the region's.";

    public static final String WAIT_TIME_SECONDS_CONFIG = "sqs.wait.time.seconds";
    public static final int WAIT_TIME_SECONDS_DEFAULT = 20;
    public static final String WAIT_TIME_SECONDS_DOC = "Long-poll wait of each receive call, 0 to 20 seconds. A task"
            + " polls its queues in turn, so this is also how long a stop can take.";

    public static final String MAX_MESSAGES_CONFIG = "sqs.max.messages";
    public static final int MAX_MESSAGES_DEFAULT = 10;
    public static final String MAX_MESSAGES_DOC = "Most messages one receive call returns, 1 to 10.";

    public static final String VISIBILITY_TIMEOUT_SECONDS_CONFIG = "sqs.visibility.timeout.seconds";
    public static final String VISIBILITY_TIMEOUT_SECONDS_DOC = "Visibility timeout of received messages, 0 to 43200"
            + " seconds: how long a message stays hidden before SQS redelivers it if its records are not committed"
            + " to Kafka. Unset: the queue's own.";

    public static final String ACCESS_KEY_ID_CONFIG = "sqs.access.key.id";
    public static final String ACCESS_KEY_ID_DOC =
            "Static access key id; with the secret below it replaces the AWS default credentials chain.";

    public static final String SECRET_ACCESS_KEY_CONFIG = "sqs.secret.access.key";
    public static final String SECRET_ACCESS_KEY_DOC = "Static secret access key, set together with the key id.";

    private static final int MAX_VISIBILITY_TIMEOUT_SECONDS = 43_200;

    /** The definition Connect validates connector configs against. */
    public static final ConfigDef CONFIG_DEF = OutputTopics.define(RegistrySettings.define(new ConfigDef()
            .define(
                    QUEUE_URLS_CONFIG,
                    Type.LIST,
                    ConfigDef.NO_DEFAULT_VALUE,
                    queueUrlList(),
                    Importance.HIGH,
                    QUEUE_URLS_DOC)
            .define(
                    REGION_CONFIG,
                    Type.STRING,
                    REGION_DEFAULT,
                    new ConfigDef.NonEmptyStringWithoutControlChars(),
                    Importance.MEDIUM,
                    REGION_DOC)
            .define(ENDPOINT_CONFIG, Type.STRING, null, httpUrl(true), Importance.LOW, ENDPOINT_DOC)
            .define(
                    WAIT_TIME_SECONDS_CONFIG,
                    Type.INT,
                    WAIT_TIME_SECONDS_DEFAULT,
                    ConfigDef.Range.between(0, 20),
                    Importance.LOW,
                    WAIT_TIME_SECONDS_DOC)
            .define(
                    MAX_MESSAGES_CONFIG,
                    Type.INT,
                    MAX_MESSAGES_DEFAULT,
                    ConfigDef.Range.between(1, 10),
                    Importance.LOW,
                    MAX_MESSAGES_DOC)
            .define(
                    VISIBILITY_TIMEOUT_SECONDS_CONFIG,
                    Type.INT,
                    null,
                    optionalSeconds(),
                    Importance.LOW,
                    VISIBILITY_TIMEOUT_SECONDS_DOC)
            .define(ACCESS_KEY_ID_CONFIG, Type.PASSWORD, null, Importance.LOW, ACCESS_KEY_ID_DOC)
            .define(SECRET_ACCESS_KEY_CONFIG, Type.PASSWORD, null, Importance.LOW, SECRET_ACCESS_KEY_DOC)));

    /**
     * Parses and validates {@code props}.
     *
     * @throws ConfigException if a value is missing or invalid, or only one of the two static credentials is set
     */
    public SqsSourceConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
        if ((getPassword(ACCESS_KEY_ID_CONFIG) == null) != (getPassword(SECRET_ACCESS_KEY_CONFIG) == null)) {
            throw new ConfigException(ACCESS_KEY_ID_CONFIG + " and " + SECRET_ACCESS_KEY_CONFIG
                    + " must be set together, or neither (AWS default credentials chain)");
        }
    }

    public List<String> queueUrls() {
        return getList(QUEUE_URLS_CONFIG);
    }

    public String region() {
        return getString(REGION_CONFIG);
    }

    public Optional<URI> endpoint() {
        return Optional.ofNullable(getString(ENDPOINT_CONFIG)).map(URI::create);
    }

    public int waitTimeSeconds() {
        return getInt(WAIT_TIME_SECONDS_CONFIG);
    }

    public int maxMessages() {
        return getInt(MAX_MESSAGES_CONFIG);
    }

    public Optional<Integer> visibilityTimeoutSeconds() {
        return Optional.ofNullable(getInt(VISIBILITY_TIMEOUT_SECONDS_CONFIG));
    }

    /** The static credentials, when both are set. */
    public Optional<StaticCredentials> staticCredentials() {
        Password keyId = getPassword(ACCESS_KEY_ID_CONFIG);
        Password secret = getPassword(SECRET_ACCESS_KEY_CONFIG);
        return keyId == null || secret == null
                ? Optional.empty()
                : Optional.of(new StaticCredentials(keyId.value(), secret.value()));
    }

    public String topic() {
        return getString(OutputTopics.TOPIC_CONFIG);
    }

    public String deadLetterTopic() {
        return getString(OutputTopics.DLQ_TOPIC_CONFIG);
    }

    /** An access key pair; its {@code toString} shows neither part. */
    public record StaticCredentials(String accessKeyId, String secretAccessKey) {
        @Override
        public String toString() {
            return "StaticCredentials[hidden]";
        }
    }

    private static ConfigDef.Validator queueUrlList() {
        return ConfigDef.LambdaValidator.with(
                (name, value) -> {
                    List<?> urls = (List<?>) value;
                    if (urls == null || urls.isEmpty()) {
                        throw new ConfigException(name, value, "at least one queue URL is required");
                    }
                    urls.forEach(url -> httpUrl(false).ensureValid(name, url));
                },
                () -> "a non-empty list of http(s) queue URLs");
    }

    private static ConfigDef.Validator httpUrl(boolean nullable) {
        return ConfigDef.LambdaValidator.with(
                (name, value) -> {
                    if (value == null && nullable) {
                        return;
                    }
                    if (!(value instanceof String text) || !isHttpUrl(text)) {
                        throw new ConfigException(name, value, "not an http or https URL with a host");
                    }
                },
                () -> "an http or https URL");
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static ConfigDef.Validator optionalSeconds() {
        return ConfigDef.LambdaValidator.with(
                (name, value) -> {
                    if (value != null && ((Integer) value < 0 || (Integer) value > MAX_VISIBILITY_TIMEOUT_SECONDS)) {
                        throw new ConfigException(
                                name, value, "must be between 0 and " + MAX_VISIBILITY_TIMEOUT_SECONDS + " seconds");
                    }
                },
                () -> "unset, or [0,...," + MAX_VISIBILITY_TIMEOUT_SECONDS + "]");
    }
}
