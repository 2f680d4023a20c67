package io.vigil.connectors.sns;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Builds SNS messages signed the way SNS signs them: the canonical string of the type's fields ({@code name\nvalue\n}
 * in the documented order, {@code Subject} only when present), SHA1withRSA for SignatureVersion 1 and SHA256withRSA
 * for 2, Base64.
 *
 * @see <a href="https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html">Verifying the
 *     signatures of Amazon SNS messages</a>
 */
final class SnsTestSigner {

    static final String TOPIC_ARN = "arn:aws:sns:us-east-1:123456789012:vigil-s3-events";
    static final String HOST = "https://sns.us-east-1.amazonaws.com";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NOTIFICATION_FIELDS =
            List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type");
    private static final List<String> CONFIRMATION_FIELDS =
            List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type");
    // SNS always writes milliseconds, and the SDK rebuilds the signed text with the same pattern.
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final PrivateKey key;
    private final String certUrl;

    SnsTestSigner(PrivateKey key, String certUrl) {
        this.key = key;
        this.certUrl = certUrl;
    }

    /** A timestamp a moment ago, on a whole second: SNS then writes ".000", which must verify too. */
    static Instant recently() {
        return Instant.now().minusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /** An unsigned notification carrying {@code message}. */
    static ObjectNode notification(String topicArn, String message, Instant timestamp) {
        return JSON.createObjectNode()
                .put("Type", "Notification")
                .put("MessageId", UUID.randomUUID().toString())
                .put("TopicArn", topicArn)
                .put("Subject", "Amazon S3 Notification")
                .put("Message", message)
                .put("Timestamp", timestamp(timestamp))
                .put("UnsubscribeURL", HOST + "/?Action=Unsubscribe&SubscriptionArn=" + topicArn + ":0f1e");
    }

    /** An unsigned SubscriptionConfirmation or UnsubscribeConfirmation. */
    static ObjectNode confirmation(String type, String topicArn, String subscribeUrl, Instant timestamp) {
        return JSON.createObjectNode()
                .put("Type", type)
                .put("MessageId", UUID.randomUUID().toString())
                .put("Token", "2336412f37fb687f5d51e6e2425a8a5873")
                .put("TopicArn", topicArn)
                .put("Message", "You have chosen to subscribe to the topic " + topicArn + ".")
                .put("SubscribeURL", subscribeUrl)
                .put("Timestamp", timestamp(timestamp));
    }

    /** The SubscribeURL SNS sends for {@code topicArn}. */
    static String subscribeUrl(String topicArn) {
        return HOST + "/?Action=ConfirmSubscription&TopicArn=" + topicArn + "&Token=2336412f37fb687f5d51e6e2425a8a5873";
    }

    /** Adds SignatureVersion, SigningCertURL and the signature of the message's fields; returns the JSON. */
    String sign(ObjectNode message, int version) {
        boolean notification = "Notification".equals(message.path("Type").asText());
        StringBuilder canonical = new StringBuilder();
        for (String field : notification ? NOTIFICATION_FIELDS : CONFIRMATION_FIELDS) {
            if (message.hasNonNull(field)) {
                canonical
                        .append(field)
                        .append('\n')
                        .append(message.get(field).asText())
                        .append('\n');
            }
        }
        try {
            Signature signature = Signature.getInstance(version == 1 ? "SHA1withRSA" : "SHA256withRSA");
            signature.initSign(key);
            signature.update(canonical.toString().getBytes(StandardCharsets.UTF_8));
            message.put("SignatureVersion", Integer.toString(version))
                    .put("Signature", Base64.getEncoder().encodeToString(signature.sign()));
            if (!message.has("SigningCertURL")) {
                message.put("SigningCertURL", certUrl);
            }
            return JSON.writeValueAsString(message);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String json(ObjectNode message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
