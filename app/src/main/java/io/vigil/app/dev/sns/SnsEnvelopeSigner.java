package io.vigil.app.dev.sns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;

/**
 * Wraps a message in an SNS {@code Notification} envelope signed the way SNS signs it: SHA1withRSA (SignatureVersion
 * 1) or SHA256withRSA (2) over {@code name\nvalue\n} of Message, MessageId, (Subject,) Timestamp, TopicArn and Type,
 * Base64. No Subject is set, as for S3 event notifications. Thread-safe.
 *
 * @see <a href="https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html">Verifying the
 *     signatures of Amazon SNS messages</a>
 */
public final class SnsEnvelopeSigner {

    private static final ObjectMapper JSON = new ObjectMapper();
    // SNS always writes milliseconds; the validator rebuilds the signed text from the field as written.
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final PrivateKey key;
    private final String signingCertUrl;
    private final Clock clock;

    public SnsEnvelopeSigner(PrivateKey key, String signingCertUrl, Clock clock) {
        this.key = key;
        this.signingCertUrl = signingCertUrl;
        this.clock = clock;
    }

    /**
     * A signed {@code Notification} carrying {@code message} from {@code topicArn}.
     *
     * @param signatureVersion 1 (SHA1withRSA) or 2 (SHA256withRSA)
     */
    public SignedNotification notification(String topicArn, String message, int signatureVersion) {
        String messageId = UUID.randomUUID().toString();
        String timestamp = TIMESTAMP.format(clock.instant());
        String canonical = "Message\n" + message + "\nMessageId\n" + messageId + "\nTimestamp\n" + timestamp
                + "\nTopicArn\n" + topicArn + "\nType\nNotification\n";
        URI cert = URI.create(signingCertUrl);
        ObjectNode envelope = JSON.createObjectNode()
                .put("Type", "Notification")
                .put("MessageId", messageId)
                .put("TopicArn", topicArn)
                .put("Message", message)
                .put("Timestamp", timestamp)
                .put("SignatureVersion", Integer.toString(signatureVersion))
                .put("Signature", sign(canonical, algorithm(signatureVersion)))
                .put("SigningCertURL", signingCertUrl)
                .put(
                        "UnsubscribeURL",
                        cert.getScheme() + "://" + cert.getHost() + "/?Action=Unsubscribe&SubscriptionArn=" + topicArn
                                + ":" + UUID.randomUUID());
        return new SignedNotification(messageId, topicArn, write(envelope));
    }

    /** {@code notification} with a space added to its Message after signing, as the smallest forgery. */
    public static SignedNotification tamper(SignedNotification notification) {
        try {
            ObjectNode envelope = (ObjectNode) JSON.readTree(notification.json());
            envelope.put("Message", envelope.path("Message").asText() + " ");
            return new SignedNotification(notification.messageId(), notification.topicArn(), write(envelope));
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("not an SNS envelope", e);
        }
    }

    private static String algorithm(int signatureVersion) {
        return switch (signatureVersion) {
            case 1 -> "SHA1withRSA";
            case 2 -> "SHA256withRSA";
            default -> throw new IllegalArgumentException("SignatureVersion must be 1 or 2, not " + signatureVersion);
        };
    }

    private String sign(String canonical, String algorithm) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initSign(key);
            signature.update(canonical.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with " + algorithm, e);
        }
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the envelope", e);
        }
    }
}
