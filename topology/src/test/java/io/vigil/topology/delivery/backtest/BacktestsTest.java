package io.vigil.topology.delivery.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.vigil.schema.delivery.CadenceType;
import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.GeneratedRecords;
import io.vigil.topology.delivery.timeline.Episode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BacktestsTest {

    private static final Instant MONDAY = Instant.parse("2026-03-23T00:00:00Z");

    @BeforeAll
    static void trustGeneratedRecords() {
        GeneratedRecords.trust();
    }

    private static Expectation daily() {
        return Expectation.newBuilder()
                .setClientId("acme")
                .setStreamId("orders")
                .setBucket("landing")
                .setPrefix("acme/orders/")
                .setPattern("acme/orders/.*\\.csv")
                .setTimezone("Europe/London")
                .setCadence(CadenceType.daily_cutoff)
                .setCutoffTimeLocal("10:00")
                .setGraceMinutes(30)
                .setEnabled(false)
                .setCreatedAt(Instant.parse("2026-11-01T00:00:00Z"))
                .build();
    }

    private static S3ObjectEvent object(String key, String at) {
        return S3ObjectEvent.newBuilder()
                .setBucket("landing")
                .setKey(key)
                .setEventName("ObjectCreated:Put")
                .setEventTime(Instant.parse(at))
                .setSource(S3EventSource.SQS)
                .build();
    }

    @Test
    void shouldFindTheEpisodesTheExpectationWouldHaveHadOverRecordedArrivals() {
        List<S3ObjectEvent> recorded = List.of(
                object("acme/orders/wed.csv", "2026-03-25T09:00:00Z"),
                object("acme/orders/mon.csv", "2026-03-23T09:00:00Z"),
                object("acme/orders/tue.csv", "2026-03-24T13:00:00Z"),
                object("acme/orders/notes.txt", "2026-03-24T09:00:00Z"),
                object("acme/other/x.csv", "2026-03-24T09:00:00Z"));

        BacktestResult result =
                Backtests.run(daily(), Set.of(), recorded, MONDAY, Instant.parse("2026-03-26T12:00:00Z"));

        assertThat(result.candidates()).isEqualTo(4);
        assertThat(result.qualified()).isEqualTo(3);
        assertThat(result.timeline().episodes())
                .extracting(Episode::overdueAt, Episode::resolvedAt)
                .containsExactly(
                        tuple(
                                Instant.parse("2026-03-24T10:30:00Z"),
                                Optional.of(Instant.parse("2026-03-24T13:00:00Z"))),
                        tuple(Instant.parse("2026-03-26T10:30:00Z"), Optional.empty()));
    }

    @Test
    void shouldIgnoreObjectsOutsideThePeriodAndSkipCalendarDates() {
        List<S3ObjectEvent> recorded = List.of(object("acme/orders/before.csv", "2026-03-22T09:00:00Z"));

        BacktestResult result = Backtests.run(
                daily(),
                Set.of(java.time.LocalDate.of(2026, 3, 23)),
                recorded,
                MONDAY,
                Instant.parse("2026-03-24T09:00:00Z"));

        assertThat(result.candidates()).isZero();
        assertThat(result.timeline().episodes()).isEmpty();
        assertThat(result.timeline().dueAt()).isEqualTo(Instant.parse("2026-03-24T10:00:00Z"));
    }
}
