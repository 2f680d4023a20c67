package io.vigil.topology.delivery.matching;

import com.google.re2j.Pattern;
import io.vigil.schema.delivery.DeliveryEvent;
import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.topology.delivery.schedule.DeliveryDays;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether an S3 object is a delivery of one stream. Objects in the stream's bucket under its prefix (the whole
 * bucket without one) are candidates; a candidate qualifies, or is rejected with the reason. The pattern is RE2, so
 * matching is linear in the key whatever the user wrote.
 */
public final class ArrivalRule {

    public static final String REJECTED_PATTERN = "pattern_mismatch";
    public static final String REJECTED_REMOVAL = "object_removed";
    public static final String REJECTED_BEFORE_ACTIVE_FROM = "before_active_from";
    public static final String REJECTED_DISABLED = "stream_disabled";

    private final Expectation expectation;
    private final Pattern pattern;
    private final DeliveryDays deliveryDays;

    private ArrivalRule(Expectation expectation, Pattern pattern, DeliveryDays deliveryDays) {
        this.expectation = expectation;
        this.pattern = pattern;
        this.deliveryDays = deliveryDays;
    }

    /** Compiles the rule of a validated expectation. */
    public static ArrivalRule of(Expectation expectation) {
        Pattern pattern = expectation.getPattern() == null ? null : Pattern.compile(expectation.getPattern());
        return new ArrivalRule(expectation, pattern, DeliveryDays.of(expectation));
    }

    /** The verdict on {@code event}, or empty when it is not a candidate of this stream at all. */
    public Optional<DeliveryEvent> weigh(S3ObjectEvent event) {
        if (!event.getBucket().equals(expectation.getBucket())
                || (expectation.getPrefix() != null && !event.getKey().startsWith(expectation.getPrefix()))) {
            return Optional.empty();
        }
        Instant arrivedAt = event.getEventTime();
        DeliveryEvent.Builder verdict = DeliveryEvent.newBuilder()
                .setClientId(expectation.getClientId())
                .setStreamId(expectation.getStreamId())
                .setBucket(event.getBucket())
                .setKey(event.getKey())
                .setEtag(event.getEtag())
                .setSize(event.getSize())
                .setArrivedAt(arrivedAt);
        Optional<String> rejection = rejection(event, arrivedAt);
        if (rejection.isPresent()) {
            return Optional.of(
                    verdict.setQualified(false).setReason(rejection.get()).build());
        }
        return Optional.of(verdict.setQualified(true)
                .setDeliveryDay(deliveryDays.of(event.getKey(), arrivedAt).toString())
                .build());
    }

    private Optional<String> rejection(S3ObjectEvent event, Instant arrivedAt) {
        if (!event.getEventName().startsWith("ObjectCreated")) {
            return Optional.of(REJECTED_REMOVAL);
        }
        if (pattern != null && !pattern.matches(event.getKey())) {
            return Optional.of(REJECTED_PATTERN);
        }
        if (!expectation.getEnabled()) {
            return Optional.of(REJECTED_DISABLED);
        }
        Instant activeFrom =
                expectation.getActiveFrom() != null ? expectation.getActiveFrom() : expectation.getCreatedAt();
        if (arrivedAt.isBefore(activeFrom)) {
            return Optional.of(REJECTED_BEFORE_ACTIVE_FROM);
        }
        return Optional.empty();
    }
}
