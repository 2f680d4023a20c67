package io.vigil.app.dev.sns;

import io.vigil.connectors.sns.SnsSourceConfig;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/** The settings of the dev SNS connector: every setting of the SNS connector, and the certificate it trusts. */
public final class DevSnsConfig extends AbstractConfig {

    public static final String CERTIFICATE_PATH_CONFIG = "dev.sns.certificate.path";
    public static final String CERTIFICATE_PATH_DOC = "PEM file of the local development signing certificate, served"
            + " (without any network access) as " + DevSns.CERTIFICATE_URL + ". For `vigil dev` only.";

    private static final ConfigDef DEFINITION = SnsSourceConfig.definition()
            .define(
                    CERTIFICATE_PATH_CONFIG,
                    Type.STRING,
                    ConfigDef.NO_DEFAULT_VALUE,
                    new ConfigDef.NonEmptyStringWithoutControlChars(),
                    Importance.HIGH,
                    CERTIFICATE_PATH_DOC);

    public DevSnsConfig(Map<String, String> props) {
        super(DEFINITION, props);
    }

    /** A copy of the definition, for {@code Connector.config()}. */
    public static ConfigDef definition() {
        return new ConfigDef(DEFINITION);
    }

    public Path certificatePath() {
        return Path.of(getString(CERTIFICATE_PATH_CONFIG));
    }
}
