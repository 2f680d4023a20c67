package io.vigil.connectors.sns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import javax.net.ssl.SSLPeerUnverifiedException;
import software.amazon.awssdk.messagemanager.sns.SnsMessageManager;
import software.amazon.awssdk.messagemanager.sns.model.SnsMessage;

/**
 * Decides whether a body is a genuine SNS message for an allowed topic, in an order that makes no network call for
 * anything the endpoint can refuse by itself: shape, certificate and subscribe URLs, topic, replay window, and only
 * then the signature, checked by the AWS SDK's own validator (which fetches and caches the signing certificate).
 * Thread-safe.
 */
final class SnsMessageVerifier {

    private final SnsUrlPolicy urls;
    private final Set<String> topicArns;
    private final Duration maxAge;
    private final Clock clock;
    private final SnsMessageManager signatures;

    SnsMessageVerifier(
            SnsUrlPolicy urls, Set<String> topicArns, Duration maxAge, Clock clock, SnsMessageManager signatures) {
        this.urls = urls;
        this.topicArns = Set.copyOf(topicArns);
        this.maxAge = maxAge;
        this.clock = clock;
        this.signatures = signatures;
    }

    /** Returns the checked fields of {@code body}, or refuses it with the status to answer. */
    SnsEnvelope verify(String body) throws SnsRejection {
        SnsEnvelope envelope = SnsEnvelope.parse(body);
        urls.checkSigningCertUrl(envelope.signingCertUrl());
        if (envelope.type().isConfirmation()) {
            urls.checkSubscribeUrl(envelope.subscribeUrl(), envelope.topicArn());
        }
        if (!topicArns.contains(envelope.topicArn())) {
            throw SnsRejection.forbidden("TopicArn is not an allowed topic");
        }
        checkFresh(envelope.timestamp());
        checkSignature(body, envelope);
        return envelope;
    }

    private void checkFresh(Instant timestamp) throws SnsRejection {
        Instant now = clock.instant();
        if (timestamp.isBefore(now.minus(maxAge))) {
            throw SnsRejection.forbidden("Timestamp is older than " + maxAge.toSeconds() + " s");
        }
        if (timestamp.isAfter(now.plus(SnsSourceConfig.MAX_FUTURE_SKEW))) {
            throw SnsRejection.forbidden("Timestamp is in the future");
        }
    }

    private void checkSignature(String body, SnsEnvelope envelope) throws SnsRejection {
        SnsMessage verified;
        try {
            verified = signatures.parseMessage(body);
        } catch (RuntimeException e) {
            if (hasIoCause(e)) {
                // Not the sender's fault: answer 5xx so that SNS retries once the certificate can be fetched.
                throw new SnsRejection(502, "the signing certificate could not be fetched");
            }
            throw SnsRejection.forbidden("signature is not valid: " + e.getMessage());
        }
        if (!envelope.topicArn().equals(verified.topicArn())
                || !envelope.messageId().equals(verified.messageId())) {
            throw SnsRejection.forbidden("signed fields differ from the checked ones");
        }
    }

    private static boolean hasIoCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            // A certificate that is not SNS's is a refusal, though the check reports it as an SSL exception.
            if (cause instanceof SSLPeerUnverifiedException) {
                return false;
            }
            if (cause instanceof IOException || cause instanceof UncheckedIOException) {
                return true;
            }
        }
        return false;
    }
}
