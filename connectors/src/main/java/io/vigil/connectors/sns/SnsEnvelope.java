package io.vigil.connectors.sns;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The fields of an SNS message the endpoint checks itself, read from a body whose shape is right: a known
 * {@code Type} and every field that type requires, each a string.
 *
 * @param subscribeUrl null for a notification
 */
record SnsEnvelope(
        SnsMessageType type,
        String messageId,
        String topicArn,
        Instant timestamp,
        String signingCertUrl,
        String subscribeUrl) {

    private static final List<String> COMMON_FIELDS =
            List.of("MessageId", "TopicArn", "Message", "Timestamp", "SignatureVersion", "Signature", "SigningCertURL");
    private static final List<String> CONFIRMATION_FIELDS = List.of("Token", "SubscribeURL");
    private static final int MAX_NESTING_DEPTH = 4;

    // Duplicate keys are refused: the SDK's parser must see exactly the fields checked here.
    private static final ObjectReader JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build()
            .reader();

    /** Reads a body, refusing it (400) unless it has the shape of an SNS message. */
    static SnsEnvelope parse(String body) throws SnsRejection {
        JsonNode root = readObject(body);
        SnsMessageType type = SnsMessageType.of(root.path("Type").textValue())
                .orElseThrow(() -> SnsRejection.badRequest(
                        "Type is not Notification, SubscriptionConfirmation or UnsubscribeConfirmation"));
        requireStrings(root, COMMON_FIELDS);
        if (type.isConfirmation()) {
            requireStrings(root, CONFIRMATION_FIELDS);
        }
        String version = root.get("SignatureVersion").textValue();
        if (!"1".equals(version) && !"2".equals(version)) {
            throw SnsRejection.badRequest("SignatureVersion is not 1 or 2");
        }
        return new SnsEnvelope(
                type,
                root.get("MessageId").textValue(),
                root.get("TopicArn").textValue(),
                timestamp(root.get("Timestamp").textValue()),
                root.get("SigningCertURL").textValue(),
                type.isConfirmation() ? root.get("SubscribeURL").textValue() : null);
    }

    private static JsonNode readObject(String body) throws SnsRejection {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                throw SnsRejection.badRequest("body is not a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw SnsRejection.badRequest("body is not valid JSON (or repeats a field)");
        }
    }

    private static void requireStrings(JsonNode root, List<String> fields) throws SnsRejection {
        for (String field : fields) {
            JsonNode value = root.get(field);
            if (value == null || !value.isTextual() || value.textValue().isEmpty() && !"Message".equals(field)) {
                throw SnsRejection.badRequest(field + " is missing, empty or not a string");
            }
        }
    }

    private static Instant timestamp(String text) throws SnsRejection {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw SnsRejection.badRequest("Timestamp is not an ISO-8601 instant");
        }
    }
}
