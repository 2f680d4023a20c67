package io.vigil.topology.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.vigil.schema.delivery.AlertKind;
import io.vigil.schema.delivery.DeliveryAction;
import io.vigil.schema.delivery.DeliveryAlert;
import io.vigil.schema.delivery.DeliveryEvent;
import io.vigil.schema.delivery.DeliveryStreamState;
import io.vigil.schema.delivery.EscalationStep;
import io.vigil.schema.delivery.StreamStatus;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.trace.CorrelationIds;
import io.vigil.topology.delivery.matching.ArrivalRule;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delivery path end to end in a TopologyTestDriver: S3 events in, state and alerts out, the sweeper on a mock clock. */
class DeliveryTopologyTest {

    /** A Friday; London is on GMT until Sunday 29 March 01:00 UTC. */
    private static final Instant FRIDAY_6AM = Instant.parse("2026-03-27T06:00:00Z");

    @TempDir
    Path stateDir;

    private DeliveryFixture delivery;

    private DeliveryFixture start(Instant wallClock) {
        delivery = new DeliveryFixture(stateDir, wallClock);
        return delivery;
    }

    private static <V> List<KeyValue<String, V>> entries(KeyValueStore<String, V> store) {
        List<KeyValue<String, V>> all = new ArrayList<>();
        try (KeyValueIterator<String, V> entries = store.all()) {
            entries.forEachRemaining(all::add);
        }
        return all;
    }

    @AfterEach
    void close() {
        if (delivery != null) {
            delivery.close();
        }
    }

    @Test
    void shouldBeOnTimeWhenTheFileLandsBeforeTheCutoff() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM).build());

        delivery.land("2026-03-27.csv", Instant.parse("2026-03-27T09:15:00Z"));
        delivery.advanceTo(Instant.parse("2026-03-27T12:00:00Z"));

        DeliveryStreamState state = delivery.state();
        assertThat(state.getStatus()).isEqualTo(StreamStatus.on_time);
        assertThat(state.getDeliveryDay()).isEqualTo("2026-03-27");
        assertThat(state.getNextDueAt()).isEqualTo(Instant.parse("2026-03-28T10:00:00Z"));
        assertThat(delivery.alerts()).isEmpty();
    }

    @Test
    void shouldAlertOnceWhenCutoffAndGracePassThenResolveWithTheLateFile() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM).build());

        delivery.advanceTo(Instant.parse("2026-03-27T10:29:00Z"));
        assertThat(delivery.alerts()).isEmpty();
        delivery.advanceTo(Instant.parse("2026-03-27T10:31:00Z"));
        delivery.advanceTo(Instant.parse("2026-03-27T11:30:00Z"));
        List<DeliveryAlert> overdue = delivery.alerts();
        assertThat(delivery.state().getStatus()).isEqualTo(StreamStatus.overdue);
        delivery.land("late.csv", Instant.parse("2026-03-27T11:40:00Z"));

        assertThat(overdue)
                .extracting(DeliveryAlert::getKind, DeliveryAlert::getOverdueAt)
                .containsExactly(tuple(AlertKind.overdue, Instant.parse("2026-03-27T10:30:00Z")));
        List<DeliveryAlert> resolved = delivery.alerts();
        assertThat(resolved).singleElement().satisfies(alert -> {
            assertThat(alert.getKind()).isEqualTo(AlertKind.resolved);
            assertThat(alert.getEpisodeId()).isEqualTo(overdue.get(0).getEpisodeId());
            assertThat(alert.getResolvedByKey()).isEqualTo("acme/orders/late.csv");
        });
        assertThat(delivery.state().getStatus()).isEqualTo(StreamStatus.late);
        assertThat(delivery.state().getNextDueAt())
                .as("a late file satisfies the day it arrived on")
                .isEqualTo(Instant.parse("2026-03-28T10:00:00Z"));
    }

    @Test
    void shouldCountEachAlertByItsKind() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM).build());

        delivery.advanceTo(Instant.parse("2026-03-27T10:31:00Z"));
        delivery.land("late.csv", Instant.parse("2026-03-27T10:40:00Z"));

        assertThat(delivery.alertsCounted(AlertKind.overdue)).isEqualTo(1.0);
        assertThat(delivery.alertsCounted(AlertKind.resolved)).isEqualTo(1.0);
        assertThat(delivery.alertsCounted(AlertKind.escalated)).isZero();
    }

    @Test
    void shouldGiveTheResolutionTheCorrelationIdOfTheArrivalThatResolvedIt() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM).build());
        delivery.advanceTo(Instant.parse("2026-03-27T10:31:00Z"));
        Headers fromRequest = new RecordHeaders();
        CorrelationIds.set(fromRequest, "ingest-req-3");

        delivery.land("late.csv", Instant.parse("2026-03-27T10:40:00Z"), fromRequest);

        List<TestRecord<String, DeliveryAlert>> raised = delivery.alertRecords();
        assertThat(raised)
                .extracting(record -> record.value().getKind())
                .containsExactly(AlertKind.overdue, AlertKind.resolved);
        assertThat(CorrelationIds.in(raised.get(0).headers()))
                .as("raised by the sweeper")
                .isEmpty();
        assertThat(CorrelationIds.in(raised.get(1).headers())).contains("ingest-req-3");
    }

    @Test
    void shouldShowASecondFileForTheSameDayAsTheLatestArrival() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM).build());

        delivery.land("part-1.csv", Instant.parse("2026-03-27T08:00:00Z"));
        delivery.land("part-2.csv", Instant.parse("2026-03-27T09:00:00Z"));

        assertThat(delivery.state().getLastArrivalKey()).isEqualTo("acme/orders/part-2.csv");
        assertThat(delivery.state().getNextDueAt()).isEqualTo(Instant.parse("2026-03-28T10:00:00Z"));
    }

    @Test
    void shouldNotLetYesterdaysLateFileSatisfyToday() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM).build());
        delivery.land("friday.csv", Instant.parse("2026-03-27T09:00:00Z"));

        delivery.land("friday-again.csv", Instant.parse("2026-03-27T23:30:00Z"));
        delivery.advanceTo(Instant.parse("2026-03-28T10:31:00Z"));

        assertThat(delivery.alerts())
                .extracting(DeliveryAlert::getKind, DeliveryAlert::getDueAt)
                .containsExactly(tuple(AlertKind.overdue, Instant.parse("2026-03-28T10:00:00Z")));
    }

    @Test
    void shouldMoveTheCutoffWithTheClocksInSpring() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM).build());

        delivery.land("saturday.csv", Instant.parse("2026-03-28T09:00:00Z"));

        assertThat(delivery.state().getNextDueAt())
                .as("Sunday 10:00 BST is 09:00 UTC")
                .isEqualTo(Instant.parse("2026-03-29T09:00:00Z"));
    }

    @Test
    void shouldEscalateUntilAcknowledged() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM)
                        .setEscalation(List.of(new EscalationStep(30, 2), new EscalationStep(120, 3)))
                        .build());

        delivery.advanceTo(Instant.parse("2026-03-27T11:01:00Z"));
        delivery.command(DeliveryAction.ack, null);
        delivery.advanceTo(Instant.parse("2026-03-27T14:00:00Z"));

        assertThat(delivery.alerts())
                .extracting(DeliveryAlert::getKind, DeliveryAlert::getLevel)
                .containsExactly(tuple(AlertKind.overdue, 1), tuple(AlertKind.escalated, 2));
        assertThat(delivery.state().getEpisodes())
                .singleElement()
                .satisfies(episode -> assertThat(episode.getAcknowledged()).isTrue());
    }

    @Test
    void shouldEscalateThroughEveryLevelWhenNobodyActs() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM)
                        .setEscalation(List.of(new EscalationStep(30, 2), new EscalationStep(120, 3)))
                        .build());

        delivery.advanceTo(Instant.parse("2026-03-27T11:01:00Z"));
        delivery.advanceTo(Instant.parse("2026-03-27T12:31:00Z"));

        assertThat(delivery.alerts())
                .extracting(DeliveryAlert::getAlertId)
                .containsExactly(
                        "acme/orders@2026-03-27T10:30:00Z/overdue",
                        "acme/orders@2026-03-27T10:30:00Z/escalated-2",
                        "acme/orders@2026-03-27T10:30:00Z/escalated-3");
    }

    @Test
    void shouldJumpToTheCurrentLevelWhenASweepFindsSeveralStepsPassed() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM)
                        .setEscalation(List.of(new EscalationStep(30, 2), new EscalationStep(120, 3)))
                        .build());

        delivery.advanceTo(Instant.parse("2026-03-27T14:00:00Z"));

        assertThat(delivery.alerts())
                .extracting(DeliveryAlert::getKind, DeliveryAlert::getLevel)
                .containsExactly(tuple(AlertKind.overdue, 1), tuple(AlertKind.escalated, 3));
    }

    @Test
    void shouldAnnounceEachEpisodeOnceOverWeeksOfLateFiles() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM).build());

        for (int day = 0; day < 40; day++) {
            Instant cutoffDay = Instant.parse("2026-03-27T12:00:00Z").plus(java.time.Duration.ofDays(day));
            delivery.advanceTo(cutoffDay);
            delivery.land("day-" + day + ".csv", cutoffDay.plusSeconds(60));
        }

        List<DeliveryAlert> alerts = delivery.alerts();
        assertThat(alerts).extracting(DeliveryAlert::getAlertId).doesNotHaveDuplicates();
        assertThat(alerts).filteredOn(a -> a.getKind() == AlertKind.overdue).hasSize(40);
        assertThat(alerts).filteredOn(a -> a.getKind() == AlertKind.resolved).hasSize(40);
    }

    @Test
    void shouldKeepTheLatestHundredAlertsInTheStreamsLogAndDropTheLogWithTheStream() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM).build());
        for (int day = 0; day < 60; day++) {
            Instant cutoffDay = Instant.parse("2026-03-27T12:00:00Z").plus(java.time.Duration.ofDays(day));
            delivery.advanceTo(cutoffDay);
            delivery.land("day-" + day + ".csv", cutoffDay.plusSeconds(60));
        }
        List<DeliveryAlert> alerts = delivery.alerts();
        assertThat(alerts).hasSize(120);

        List<KeyValue<String, DeliveryAlert>> log = entries(delivery.alertLog());

        assertThat(log)
                .extracting(entry -> entry.value.getAlertId())
                .containsExactlyElementsOf(alerts.subList(20, 120).stream()
                        .map(DeliveryAlert::getAlertId)
                        .toList());
        assertThat(log.get(0).key).isEqualTo(DeliveryFixture.STREAM + "|0000000000000000020");
        assertThat(delivery.state().getAlertsRecorded()).isEqualTo(120);

        delivery.delete();

        assertThat(entries(delivery.alertLog())).isEmpty();
    }

    @Test
    void shouldHoldAlertsWhileSnoozedAndSendThemWhenTheSnoozeEnds() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM).build());
        delivery.command(DeliveryAction.snooze, Instant.parse("2026-03-27T12:00:00Z"));

        delivery.advanceTo(Instant.parse("2026-03-27T11:59:00Z"));
        assertThat(delivery.alerts()).isEmpty();
        delivery.advanceTo(Instant.parse("2026-03-27T12:01:00Z"));

        assertThat(delivery.alerts()).extracting(DeliveryAlert::getKind).containsExactly(AlertKind.overdue);
        assertThat(delivery.state().getSnoozedUntil()).isNull();
    }

    @Test
    void shouldWarnBeforeTheOverdueInstant() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM)
                        .setWarnMinutesBefore(45)
                        .build());

        delivery.advanceTo(Instant.parse("2026-03-27T09:50:00Z"));
        delivery.land("friday.csv", Instant.parse("2026-03-27T10:05:00Z"));
        delivery.advanceTo(Instant.parse("2026-03-27T12:00:00Z"));

        assertThat(delivery.alerts())
                .extracting(DeliveryAlert::getKind, DeliveryAlert::getOverdueAt)
                .containsExactly(tuple(AlertKind.warning, Instant.parse("2026-03-27T10:30:00Z")));
    }

    @Test
    void shouldChangeNothingWhenANotificationIsRedelivered() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM).build());
        S3ObjectEvent event = delivery.land("friday.csv", Instant.parse("2026-03-27T09:00:00Z"));
        DeliveryStreamState before = delivery.state();

        delivery.redeliver(event);

        assertThat(delivery.events()).hasSize(1);
        assertThat(delivery.state()).isEqualTo(before);
    }

    @Test
    void shouldRecordWhatALiveRunWouldHaveShownWhenArrivalsComeAfterTheFactAndOutOfOrder() {
        Instant monday = Instant.parse("2026-03-23T06:00:00Z");
        start(Instant.parse("2026-03-27T12:00:00Z"))
                .put(DeliveryFixture.dailyCutoff("Europe/London", monday).build());
        delivery.alerts();

        delivery.land("thursday.csv", Instant.parse("2026-03-26T09:00:00Z"));
        delivery.land("tuesday-late.csv", Instant.parse("2026-03-24T15:00:00Z"));
        delivery.land("monday.csv", Instant.parse("2026-03-23T09:00:00Z"));
        delivery.land("wednesday.csv", Instant.parse("2026-03-25T08:00:00Z"));
        delivery.land("friday.csv", Instant.parse("2026-03-27T11:00:00Z"));

        DeliveryStreamState state = delivery.state();
        assertThat(state.getEpisodes())
                .extracting(e -> e.getOverdueAt(), e -> e.getResolvedAt())
                .containsExactly(
                        tuple(Instant.parse("2026-03-24T10:30:00Z"), Instant.parse("2026-03-24T15:00:00Z")),
                        tuple(Instant.parse("2026-03-27T10:30:00Z"), Instant.parse("2026-03-27T11:00:00Z")));
        assertThat(state.getStatus()).isEqualTo(StreamStatus.late);
        assertThat(state.getNextDueAt()).isEqualTo(Instant.parse("2026-03-28T10:00:00Z"));
    }

    @Test
    void shouldRejectObjectsThatFailThePatternAndIgnoreOtherPrefixes() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM)
                        .setPattern("acme/orders/\\d{4}-\\d{2}-\\d{2}\\.csv")
                        .build());

        delivery.land("notes.txt", Instant.parse("2026-03-27T09:00:00Z"));
        delivery.land("2026-03-27.csv", Instant.parse("2026-03-27T09:05:00Z"));

        assertThat(delivery.events())
                .extracting(DeliveryEvent::getKey, DeliveryEvent::getQualified, DeliveryEvent::getReason)
                .containsExactly(
                        tuple("acme/orders/notes.txt", false, ArrivalRule.REJECTED_PATTERN),
                        tuple("acme/orders/2026-03-27.csv", true, null));
        assertThat(delivery.state().getLastArrivalKey()).isEqualTo("acme/orders/2026-03-27.csv");
    }

    @Test
    void shouldRecomputeAtOnceWhenTheExpectationChanges() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM).build());

        delivery.put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM)
                .setCutoffTimeLocal("14:00")
                .build());

        assertThat(delivery.state().getNextDueAt()).isEqualTo(Instant.parse("2026-03-27T14:00:00Z"));
        delivery.advanceTo(Instant.parse("2026-03-27T11:00:00Z"));
        assertThat(delivery.alerts()).isEmpty();
    }

    @Test
    void shouldRemoveTheStreamAndCloseItsEpisodeWhenTheExpectationIsDeleted() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM).build());
        delivery.advanceTo(Instant.parse("2026-03-27T11:00:00Z"));

        delivery.delete();
        delivery.land("after-delete.csv", Instant.parse("2026-03-27T11:30:00Z"));

        assertThat(delivery.alerts())
                .extracting(DeliveryAlert::getKind)
                .containsExactly(AlertKind.overdue, AlertKind.resolved);
        assertThat(delivery.state()).isNull();
        assertThat(delivery.events()).isEmpty();
        assertThat(entries(delivery.dueIndex())).isEmpty();
    }

    @Test
    void shouldNotBeDueOnTheDatesOfItsSkipCalendar() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM)
                        .setSkipCalendar("uk-holidays")
                        .build());
        delivery.land("friday.csv", Instant.parse("2026-03-27T09:00:00Z"));

        delivery.calendar("uk-holidays", List.of("2026-03-28", "2026-03-29"));
        delivery.advanceTo(Instant.parse("2026-03-29T12:00:00Z"));

        assertThat(delivery.alerts()).isEmpty();
        assertThat(delivery.state().getNextDueAt())
                .as("the calendar takes effect at the stream's next evaluation, without a new arrival")
                .isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
    }

    @Test
    void shouldStartAfreshWhenReEnabledWithoutEpisodesForTheTimeItWasOff() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM)
                        .setEnabled(false)
                        .build());
        delivery.advanceTo(Instant.parse("2026-03-28T12:00:00Z"));

        delivery.put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM).build());
        delivery.advanceTo(Instant.parse("2026-03-28T13:00:00Z"));

        assertThat(delivery.alerts()).isEmpty();
        assertThat(delivery.state().getNextDueAt()).isEqualTo(Instant.parse("2026-03-29T09:00:00Z"));
    }

    @Test
    void shouldSkipAnInvalidExpectationWrittenAroundTheApiAndKeepGoing() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Mars/Olympus_Mons", FRIDAY_6AM)
                        .build());
        assertThat(delivery.state()).isNull();

        delivery.put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM).build());

        assertThat(delivery.state().getStatus()).isEqualTo(StreamStatus.pending);
    }

    @Test
    void shouldKeepEveryCreatedObjectForTheBacktestUntilItsRetentionEnds() {
        start(FRIDAY_6AM);
        delivery.land("no-expectation-needed.csv", Instant.parse("2026-03-27T05:00:00Z"));

        assertThat(delivery.arrivalHistory()
                        .get(ArrivalHistory.key(
                                "landing",
                                Instant.parse("2026-03-27T05:00:00Z"),
                                "acme/orders/no-expectation-needed.csv")))
                .isNotNull();
        delivery.advanceTo(Instant.parse("2026-05-02T06:00:00Z"));
        assertThat(entries(delivery.arrivalHistory())).isEmpty();
    }

    @Test
    void shouldNotAlertWhileDisabled() {
        start(FRIDAY_6AM)
                .put(DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM)
                        .setEnabled(false)
                        .build());

        delivery.advanceTo(Instant.parse("2026-03-27T12:00:00Z"));

        assertThat(delivery.alerts()).isEmpty();
        assertThat(delivery.state().getStatus()).isEqualTo(StreamStatus.disabled);
    }

    @Test
    void shouldHandleAMaxGapWindowCrossingMidnightAcrossTheSpringForwardInNewYork() {
        // Active 22:00-04:00 New York time, at most 120 minutes apart; clocks go forward at 02:00 on 8 March 2026.
        Instant saturdayEvening = Instant.parse("2026-03-08T02:00:00Z"); // 21:00 EST on the 7th
        start(saturdayEvening)
                .put(DeliveryFixture.maxGap("America/New_York", "22:00", "04:00", 120, saturdayEvening)
                        .build());
        assertThat(delivery.state().getNextDueAt())
                .as("window starts 22:00 EST = 03:00Z, + 2h")
                .isEqualTo(Instant.parse("2026-03-08T05:00:00Z"));

        delivery.land("a.csv", Instant.parse("2026-03-08T06:30:00Z")); // 01:30 EST
        assertThat(delivery.state().getNextDueAt())
                .as("01:30 EST + 2h of real time is 04:30 EDT, after the window's end at 04:00 EDT = 08:00Z;"
                        + " so the next window, 22:00 EDT on the 8th = 02:00Z on the 9th, + 2h")
                .isEqualTo(Instant.parse("2026-03-09T04:00:00Z"));
    }
}
