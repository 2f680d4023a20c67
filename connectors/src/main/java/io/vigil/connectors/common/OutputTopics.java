package io.vigil.connectors.common;

import org.apache.kafka.common.config.ConfigDef;

/** Where every Vigil S3 ingress connector writes: the object-event topic and the dead-letter topic. */
public final class OutputTopics {

    public static final String TOPIC_CONFIG = "topic";
    public static final String TOPIC_DEFAULT = "vigil.s3.object-events";
    private static final String TOPIC_DOC = "Topic of the S3ObjectEvent records, keyed bucket/key.";

    public static final String DLQ_TOPIC_CONFIG = "dlq.topic";
    public static final String DLQ_TOPIC_DEFAULT = "vigil.dlq";
    private static final String DLQ_TOPIC_DOC =
            "Topic of messages that are not S3 notifications: the body, with headers that say why.";

    private OutputTopics() {}

    /** Adds the two topic settings to a connector's definition. */
    public static ConfigDef define(ConfigDef definition) {
        return definition
                .define(
                        TOPIC_CONFIG,
                        ConfigDef.Type.STRING,
                        TOPIC_DEFAULT,
                        new ConfigDef.NonEmptyStringWithoutControlChars(),
                        ConfigDef.Importance.MEDIUM,
                        TOPIC_DOC)
                .define(
                        DLQ_TOPIC_CONFIG,
                        ConfigDef.Type.STRING,
                        DLQ_TOPIC_DEFAULT,
                        new ConfigDef.NonEmptyStringWithoutControlChars(),
                        ConfigDef.Importance.MEDIUM,
                        DLQ_TOPIC_DOC);
    }
}
