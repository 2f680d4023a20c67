package io.vigil.topology.delivery.expectation;

import io.vigil.schema.delivery.CadenceType;
import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.serde.GeneratedRecords;
import java.time.Instant;
import java.util.List;

/** Valid expectations for tests to break one field at a time. */
final class Expectations {

    private Expectations() {}

    /** Daily cutoff 10:00 London, files under landing/acme/orders/. */
    static Expectation.Builder dailyCutoff() {
        GeneratedRecords.trust(); // the builder fills the escalation default by loading EscalationStep by name
        return Expectation.newBuilder()
                .setClientId("acme")
                .setStreamId("orders")
                .setBucket("landing")
                .setPrefix("acme/orders/")
                .setTimezone("Europe/London")
                .setCadence(CadenceType.daily_cutoff)
                .setCutoffTimeLocal("10:00")
                .setCreatedAt(Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** At least one file every hour between 08:00 and 18:00. */
    static Expectation.Builder maxGap() {
        return dailyCutoff()
                .setCadence(CadenceType.max_gap)
                .setCutoffTimeLocal(null)
                .setActiveStartLocal("08:00")
                .setActiveEndLocal("18:00")
                .setMaxGapMinutes(60);
    }

    static List<FieldError> errors(Expectation.Builder expectation) {
        return ExpectationValidator.validate(expectation.build());
    }

    static List<String> fields(Expectation.Builder expectation) {
        return errors(expectation).stream().map(FieldError::field).toList();
    }
}
