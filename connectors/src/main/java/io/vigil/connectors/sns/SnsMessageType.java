package io.vigil.connectors.sns;

import java.util.Optional;

/** The kinds of message SNS posts to an HTTP(S) subscription. */
enum SnsMessageType {
    NOTIFICATION("Notification"),
    SUBSCRIPTION_CONFIRMATION("SubscriptionConfirmation"),
    UNSUBSCRIBE_CONFIRMATION("UnsubscribeConfirmation");

    private final String wireName;

    SnsMessageType(String wireName) {
        this.wireName = wireName;
    }

    /** The type whose {@code Type} field is exactly {@code wireName}. */
    static Optional<SnsMessageType> of(String wireName) {
        for (SnsMessageType type : values()) {
            if (type.wireName.equals(wireName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Whether the message carries a {@code Token} and a {@code SubscribeURL}. */
    boolean isConfirmation() {
        return this != NOTIFICATION;
    }
}
