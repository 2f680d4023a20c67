package io.vigil.topology.uptime.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.delivery.DeliveryCalendar;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.trace.CorrelationIds;
import io.vigil.schema.uptime.BusinessHours;
import io.vigil.schema.uptime.BusinessInterval;
import io.vigil.schema.uptime.StoreAlertHistory;
import io.vigil.schema.uptime.StoreAlertKind;
import io.vigil.schema.uptime.StoreDownAlert;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreStatus;
import io.vigil.schema.uptime.StoreTimezone;
import io.vigil.topology.VigilTopologyTestHarness;
import io.vigil.topology.delivery.DeliveryNames;
import io.vigil.topology.uptime.UptimeNames;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The downtime alert tracker in the production topology, default settings: 30 minutes, every 10 seconds. */
class StoreAlertTopologyTest {

    private static final String STORE = "8419537941919820732";
    private static final long THRESHOLD_SECONDS =
            AlertSettings.DEFAULTS.threshold().toSeconds();

    @TempDir
    Path stateDir;

    private VigilTopologyTestHarness harness;
    private Instant clock;
    private TestInputTopic<String, StorePoll> polls;
    private TestInputTopic<String, BusinessHours> hours;
    private TestInputTopic<String, StoreTimezone> zones;
    private TestInputTopic<String, DeliveryCalendar> calendars;
    private TestOutputTopic<String, StoreDownAlert> alerts;

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void shouldCountOnlyBusinessTimeAcrossTheNightAndTheDstChange() {
        start("2026-03-07T21:50:00Z"); // Saturday 16:50 EST, ten minutes before closing
        zones.pipeInput(STORE, new StoreTimezone(STORE, "America/New_York"));
        hours.pipeInput(STORE, everyDay("09:00", "17:00", null, null));
        poll("2026-03-07T21:50:00Z", StoreStatus.inactive);

        advanceTo("2026-03-08T13:19:00Z"); // Sunday 09:19 EDT: 10 + 19 open minutes
        assertThat(alerts.isEmpty()).isTrue();

        advanceTo("2026-03-08T13:21:00Z");
        assertThat(alerts.readValuesToList())
                .containsExactly(down("2026-03-07T21:50:00Z", "2026-03-08T13:20:00Z")); // 09:20 EDT, not EST
    }

    @Test
    void shouldRaiseNothingWhenTheStoreIsActiveAgainBeforeTheCrossing() {
        start("2026-03-10T12:00:00Z");
        poll("2026-03-10T12:00:00Z", StoreStatus.inactive);
        advanceTo("2026-03-10T12:29:00Z");
        poll("2026-03-10T12:29:00Z", StoreStatus.active);

        advanceTo("2026-03-10T14:00:00Z");

        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldResolveOnTheFirstActivePollWithTheBusinessDowntime() {
        start("2026-03-10T12:00:00Z");
        poll("2026-03-10T12:00:00Z", StoreStatus.inactive);
        advanceTo("2026-03-10T12:40:00Z");
        poll("2026-03-10T12:40:00Z", StoreStatus.active);

        StoreDownAlert down = down("2026-03-10T12:00:00Z", "2026-03-10T12:30:00Z");
        StoreDownAlert recovered = StoreDownAlert.newBuilder(down)
                .setKind(StoreAlertKind.recovered)
                .setDetectedAt(Instant.parse("2026-03-10T12:40:00Z"))
                .setDowntimeSeconds(40L * 60)
                .build();
        assertThat(alerts.readValuesToList()).containsExactly(down, recovered);
        KeyValueStore<String, StoreAlertHistory> histories =
                harness.driver().getKeyValueStore(UptimeNames.ALERT_HISTORY_STORE);
        assertThat(histories.get(STORE).getAlerts()).as("newest first").containsExactly(recovered, down);
    }

    @Test
    void shouldCountEachAlertByKindAndGiveTheRecoveryThePollsCorrelationId() {
        start("2026-03-10T12:00:00Z");
        poll("2026-03-10T12:00:00Z", StoreStatus.inactive);
        advanceTo("2026-03-10T12:40:00Z");
        Headers fromRequest = new RecordHeaders();
        CorrelationIds.set(fromRequest, "poll-req-1");

        polls.pipeInput(new TestRecord<>(
                STORE, new StorePoll(STORE, Instant.parse("2026-03-10T12:40:00Z"), StoreStatus.active), fromRequest));

        List<TestRecord<String, StoreDownAlert>> raised = alerts.readRecordsToList();
        assertThat(raised)
                .extracting(record -> record.value().getKind())
                .containsExactly(StoreAlertKind.down, StoreAlertKind.recovered);
        assertThat(CorrelationIds.in(raised.get(0).headers()))
                .as("raised by the sweeper")
                .isEmpty();
        assertThat(CorrelationIds.in(raised.get(1).headers())).contains("poll-req-1");
        assertThat(alertsCounted("down")).isEqualTo(1.0);
        assertThat(alertsCounted("recovered")).isEqualTo(1.0);
    }

    @Test
    void shouldNotRaiseAgainForDuplicateOrRepeatedPolls() {
        start("2026-03-10T12:00:00Z");
        poll("2026-03-10T12:00:00Z", StoreStatus.inactive);
        advanceTo("2026-03-10T12:31:00Z");
        poll("2026-03-10T12:00:00Z", StoreStatus.inactive);
        poll("2026-03-10T12:31:00Z", StoreStatus.inactive);
        poll("2026-03-10T12:31:00Z", StoreStatus.inactive);
        advanceTo("2026-03-10T13:00:00Z");
        poll("2026-03-10T13:00:00Z", StoreStatus.active);
        poll("2026-03-10T13:00:00Z", StoreStatus.active);
        advanceTo("2026-03-10T14:00:00Z");

        assertThat(alerts.readValuesToList())
                .extracting(StoreDownAlert::getKind)
                .containsExactly(StoreAlertKind.down, StoreAlertKind.recovered);
    }

    @Test
    void shouldCancelTheCrossingWhenALatePollShowsTheStoreActive() {
        start("2026-03-10T12:00:00Z");
        poll("2026-03-10T12:00:00Z", StoreStatus.inactive);
        advanceTo("2026-03-10T12:20:00Z");
        poll("2026-03-10T12:20:00Z", StoreStatus.inactive);
        poll("2026-03-10T12:10:00Z", StoreStatus.active);

        advanceTo("2026-03-10T12:45:00Z");
        assertThat(alerts.isEmpty()).isTrue();

        advanceTo("2026-03-10T12:51:00Z");
        assertThat(alerts.readValuesToList()).containsExactly(down("2026-03-10T12:20:00Z", "2026-03-10T12:50:00Z"));
    }

    @Test
    void shouldMoveTheCrossingWhenTheHoursChange() {
        start("2026-03-10T12:00:00Z"); // a Tuesday
        zones.pipeInput(STORE, new StoreTimezone(STORE, "Etc/UTC"));
        poll("2026-03-10T12:00:00Z", StoreStatus.inactive);
        advanceTo("2026-03-10T12:10:00Z");
        hours.pipeInput(STORE, hours(List.of(new BusinessInterval(1, "12:20", "23:00")), null, null));

        advanceTo("2026-03-10T12:45:00Z");
        assertThat(alerts.isEmpty()).isTrue();

        advanceTo("2026-03-10T12:51:00Z");
        assertThat(alerts.readValuesToList()).containsExactly(down("2026-03-10T12:00:00Z", "2026-03-10T12:50:00Z"));
    }

    @Test
    void shouldTreatAClosureDateAsClosed() {
        start("2026-03-10T16:50:00Z");
        calendars.pipeInput(
                "holidays",
                new DeliveryCalendar("holidays", List.of("2026-03-11"), Instant.parse("2026-01-01T00:00:00Z")));
        zones.pipeInput(STORE, new StoreTimezone(STORE, "Etc/UTC"));
        hours.pipeInput(STORE, everyDay("09:00", "17:00", "holidays", null));
        poll("2026-03-10T16:50:00Z", StoreStatus.inactive);

        advanceTo("2026-03-11T16:00:00Z");
        assertThat(alerts.isEmpty()).isTrue();

        advanceTo("2026-03-12T09:21:00Z");
        assertThat(alerts.readValuesToList()).containsExactly(down("2026-03-10T16:50:00Z", "2026-03-12T09:20:00Z"));
    }

    @Test
    void shouldNotTakeSilenceAfterTheMaxPollGapForDowntime() {
        start("2026-03-10T12:00:00Z");
        hours.pipeInput(STORE, everyDay("00:00", "00:00", null, 600L));
        poll("2026-03-10T12:00:00Z", StoreStatus.inactive);

        advanceTo("2026-03-10T14:00:00Z");
        assertThat(alerts.isEmpty()).as("ten minutes inactive, then unknown").isTrue();

        for (int minute = 0; minute <= 35; minute += 5) {
            Instant at = Instant.parse("2026-03-10T14:00:00Z").plus(Duration.ofMinutes(minute));
            advanceTo(at.toString());
            poll(at.toString(), StoreStatus.inactive);
        }
        assertThat(alerts.readValuesToList())
                .as("polls within the gap keep the run going")
                .containsExactly(down("2026-03-10T14:00:00Z", "2026-03-10T14:30:00Z"));
    }

    private void start(String wallClock) {
        clock = Instant.parse(wallClock);
        harness = new VigilTopologyTestHarness(stateDir, clock);
        polls = input(UptimeNames.POLLS_TOPIC, AvroSerde.of(StorePoll.class, harness.registry()));
        hours = input(UptimeNames.BUSINESS_HOURS_TOPIC, AvroSerde.of(BusinessHours.class, harness.registry()));
        zones = input(UptimeNames.TIMEZONES_TOPIC, AvroSerde.of(StoreTimezone.class, harness.registry()));
        calendars = input(DeliveryNames.CALENDARS_TOPIC, AvroSerde.of(DeliveryCalendar.class, harness.registry()));
        alerts = harness.driver()
                .createOutputTopic(
                        UptimeNames.ALERTS_TOPIC,
                        new StringDeserializer(),
                        AvroSerde.of(StoreDownAlert.class, harness.registry()).deserializer());
    }

    private double alertsCounted(String kind) {
        return harness.meters()
                .get("vigil.alerts")
                .tag("domain", "uptime")
                .tag("kind", kind)
                .counter()
                .count();
    }

    private void advanceTo(String instant) {
        Instant target = Instant.parse(instant);
        harness.driver().advanceWallClockTime(Duration.between(clock, target));
        clock = target;
    }

    private void poll(String at, StoreStatus status) {
        polls.pipeInput(STORE, new StorePoll(STORE, Instant.parse(at), status));
    }

    private static StoreDownAlert down(String since, String detectedAt) {
        Instant downSince = Instant.parse(since);
        return new StoreDownAlert(
                AlertState.alertId(STORE, downSince),
                STORE,
                StoreAlertKind.down,
                downSince,
                Instant.parse(detectedAt),
                THRESHOLD_SECONDS,
                null);
    }

    private static BusinessHours everyDay(String start, String end, String calendar, Long maxPollGapSeconds) {
        return hours(
                IntStream.range(0, 7)
                        .mapToObj(day -> new BusinessInterval(day, start, end))
                        .toList(),
                calendar,
                maxPollGapSeconds);
    }

    private static BusinessHours hours(List<BusinessInterval> intervals, String calendar, Long maxPollGapSeconds) {
        return new BusinessHours(STORE, intervals, calendar, maxPollGapSeconds);
    }

    private <V extends SpecificRecord> TestInputTopic<String, V> input(String topic, AvroSerde<V> serde) {
        return harness.driver().createInputTopic(topic, new StringSerializer(), serde.serializer());
    }
}
