package io.vigil.app.dev;

import io.vigil.schema.delivery.CadenceType;
import io.vigil.schema.delivery.EscalationStep;
import io.vigil.schema.delivery.Expectation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The demo's delivery expectations on the demo bucket: one stream that has had a late day and a missed day, one
 * max-gap stream that is on time, and one whose files never come, so every status and alert kind shows at once.
 */
final class DemoExpectations {

    static final String ORDERS = "acme/orders";
    static final String PAYMENTS = "acme/payments";
    static final String READINGS = "globex/readings";

    private DemoExpectations() {}

    static List<Expectation> all(Instant activeFrom, Instant now) {
        return List.of(
                base("acme", "orders", activeFrom, now)
                        .setTimezone("Europe/London")
                        .setCutoffTimeLocal("09:00")
                        .setGraceMinutes(30)
                        .setPattern("acme/orders/\\d{4}-\\d{2}-\\d{2}\\.csv")
                        .build(),
                base("acme", "payments", now.minus(Duration.ofHours(1)), now)
                        .setTimezone("America/New_York")
                        .setCadence(CadenceType.max_gap)
                        .setCutoffTimeLocal(null)
                        .setMaxGapMinutes(240)
                        .build(),
                base("globex", "readings", activeFrom, now)
                        .setTimezone("Asia/Tokyo")
                        .setCutoffTimeLocal("06:00")
                        .setSeverity("critical")
                        .setEscalation(List.of(new EscalationStep(30, 2), new EscalationStep(120, 3)))
                        .build());
    }

    private static Expectation.Builder base(String client, String stream, Instant activeFrom, Instant now) {
        return Expectation.newBuilder()
                .setClientId(client)
                .setStreamId(stream)
                .setBucket(DemoData.BUCKET)
                .setPrefix(client + "/" + stream + "/")
                .setCadence(CadenceType.daily_cutoff)
                .setActiveFrom(activeFrom)
                .setCreatedAt(now);
    }
}
