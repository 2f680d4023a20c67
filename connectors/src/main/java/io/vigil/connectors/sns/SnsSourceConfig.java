package io.vigil.connectors.sns;

import io.vigil.connectors.common.OutputTopics;
import io.vigil.connectors.common.RegistrySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/** The settings of the SNS HTTP source connector and its task. */
public final class SnsSourceConfig extends AbstractConfig {

    public static final String LISTEN_HOST_CONFIG = "sns.listen.host";
    public static final String LISTEN_HOST_DOC = "Address the HTTP(S) endpoint binds to.";
    public static final String LISTEN_HOST_DEFAULT = "0.0.0.0";

    public static final String LISTEN_PORT_CONFIG = "sns.listen.port";
    public static final String LISTEN_PORT_DOC = "Port the endpoint listens on; 0 picks a free port (logged).";

    public static final String PATH_CONFIG = "sns.path";
    public static final String PATH_DOC = "Path the SNS subscription posts to.";
    public static final String PATH_DEFAULT = "/sns";

    public static final String REGION_CONFIG = "sns.region";
    public static final String REGION_DOC = "Region of the SNS topics: signing certificates are fetched from"
            + " sns.<region>.amazonaws.com (.amazonaws.com.cn for cn- regions) and nowhere else.";
    public static final String REGION_DEFAULT = "us-east-1";

    public static final String TOPIC_ARNS_CONFIG = "sns.topic.arns";
    public static final String TOPIC_ARNS_DOC =
            "The only SNS topic ARNs whose messages and subscription" + " confirmations are accepted (exact match).";

    public static final String MAX_AGE_CONFIG = "sns.max.age.seconds";
    public static final String MAX_AGE_DOC = "Messages whose Timestamp is older than this are refused as replays;"
            + " timestamps more than 5 minutes in the future are refused too.";
    public static final int MAX_AGE_DEFAULT = 3600;

    public static final String ACK_TIMEOUT_CONFIG = "sns.ack.timeout.ms";
    public static final String ACK_TIMEOUT_DOC = "How long a request waits for its records to be acknowledged by"
            + " Kafka before it is answered 500, so that SNS retries.";
    public static final int ACK_TIMEOUT_DEFAULT = 10_000;

    public static final String KEYSTORE_PATH_CONFIG = "sns.tls.keystore.path";
    public static final String KEYSTORE_PATH_DOC =
            "Keystore (PKCS12 or JKS) with the endpoint's TLS key and certificate; unset serves plain HTTP.";

    public static final String KEYSTORE_PASSWORD_CONFIG = "sns.tls.keystore.password";
    public static final String KEYSTORE_PASSWORD_DOC = "Password of the keystore and of its key.";

    /** SNS signs the Timestamp when it sends; a small allowance covers clock skew. */
    static final Duration MAX_FUTURE_SKEW = Duration.ofMinutes(5);

    private static final ConfigDef DEFINITION = OutputTopics.define(RegistrySettings.define(new ConfigDef()
            .define(
                    LISTEN_HOST_CONFIG,
                    Type.STRING,
                    LISTEN_HOST_DEFAULT,
                    nonBlank(),
                    Importance.MEDIUM,
                    LISTEN_HOST_DOC)
            .define(
                    LISTEN_PORT_CONFIG,
                    Type.INT,
                    ConfigDef.NO_DEFAULT_VALUE,
                    Range.between(0, 65_535),
                    Importance.HIGH,
                    LISTEN_PORT_DOC)
            .define(PATH_CONFIG, Type.STRING, PATH_DEFAULT, SnsSourceConfig::validatePath, Importance.LOW, PATH_DOC)
            .define(
                    REGION_CONFIG,
                    Type.STRING,
                    REGION_DEFAULT,
                    SnsSourceConfig::validateRegion,
                    Importance.HIGH,
                    REGION_DOC)
            .define(
                    TOPIC_ARNS_CONFIG,
                    Type.LIST,
                    ConfigDef.NO_DEFAULT_VALUE,
                    SnsSourceConfig::validateTopicArns,
                    Importance.HIGH,
                    TOPIC_ARNS_DOC)
            .define(MAX_AGE_CONFIG, Type.INT, MAX_AGE_DEFAULT, Range.between(1, 86_400), Importance.MEDIUM, MAX_AGE_DOC)
            .define(
                    ACK_TIMEOUT_CONFIG,
                    Type.INT,
                    ACK_TIMEOUT_DEFAULT,
                    Range.between(1, 60_000),
                    Importance.LOW,
                    ACK_TIMEOUT_DOC)
            .define(KEYSTORE_PATH_CONFIG, Type.STRING, null, Importance.MEDIUM, KEYSTORE_PATH_DOC)
            .define(KEYSTORE_PASSWORD_CONFIG, Type.PASSWORD, null, Importance.MEDIUM, KEYSTORE_PASSWORD_DOC)));

    public SnsSourceConfig(Map<String, String> props) {
        super(DEFINITION, props);
    }

    /** A copy of the definition, for {@code Connector.config()}. */
    public static ConfigDef definition() {
        return new ConfigDef(DEFINITION);
    }

    public String listenHost() {
        return getString(LISTEN_HOST_CONFIG);
    }

    public int listenPort() {
        return getInt(LISTEN_PORT_CONFIG);
    }

    public String path() {
        return getString(PATH_CONFIG);
    }

    public String region() {
        return getString(REGION_CONFIG);
    }

    public Set<String> topicArns() {
        return Set.copyOf(getList(TOPIC_ARNS_CONFIG));
    }

    public Duration maxAge() {
        return Duration.ofSeconds(getInt(MAX_AGE_CONFIG));
    }

    public Duration ackTimeout() {
        return Duration.ofMillis(getInt(ACK_TIMEOUT_CONFIG));
    }

    /** The TLS keystore, if the endpoint serves HTTPS. */
    public Optional<Path> keystorePath() {
        return Optional.ofNullable(getString(KEYSTORE_PATH_CONFIG))
                .filter(path -> !path.isBlank())
                .map(Path::of);
    }

    /** The keystore password; empty when none is set. */
    public char[] keystorePassword() {
        Password password = getPassword(KEYSTORE_PASSWORD_CONFIG);
        return password == null ? new char[0] : password.value().toCharArray();
    }

    public String topic() {
        return getString(OutputTopics.TOPIC_CONFIG);
    }

    public String deadLetterTopic() {
        return getString(OutputTopics.DLQ_TOPIC_CONFIG);
    }

    private static ConfigDef.Validator nonBlank() {
        return (name, value) -> {
            if (value == null || value.toString().isBlank()) {
                throw new ConfigException(name, value, "must not be blank");
            }
        };
    }

    private static void validatePath(String name, Object value) {
        String path = (String) value;
        if (path == null || !path.startsWith("/") || path.length() > 200 || !SnsUrlPolicy.isVisibleAscii(path)) {
            throw new ConfigException(name, value, "must start with / and hold only visible ASCII characters");
        }
    }

    private static void validateRegion(String name, Object value) {
        if (!SnsUrlPolicy.isRegionName((String) value)) {
            throw new ConfigException(name, value, "must be an AWS region name such as us-east-1");
        }
    }

    private static void validateTopicArns(String name, Object value) {
        @SuppressWarnings("unchecked")
        List<String> arns = (List<String>) value;
        if (arns == null || arns.isEmpty()) {
            throw new ConfigException(name, value, "must name at least one SNS topic ARN");
        }
        for (String arn : arns) {
            if (!arn.startsWith("arn:") || !SnsUrlPolicy.isVisibleAscii(arn)) {
                throw new ConfigException(name, arn, "is not an SNS topic ARN (arn:aws:sns:region:account:name)");
            }
        }
    }
}
