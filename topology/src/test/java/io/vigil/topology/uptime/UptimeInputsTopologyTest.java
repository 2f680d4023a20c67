package io.vigil.topology.uptime;

import static io.vigil.topology.uptime.UptimeRecords.hours;
import static io.vigil.topology.uptime.UptimeRecords.interval;
import static io.vigil.topology.uptime.UptimeRecords.poll;
import static io.vigil.topology.uptime.UptimeRecords.zone;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.errors.DeadLetterHeaders;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.uptime.BusinessHours;
import io.vigil.schema.uptime.StoreLiveStatus;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreStatus;
import io.vigil.schema.uptime.StoreTimezone;
import io.vigil.topology.VigilTopics;
import io.vigil.topology.VigilTopologyTestHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UptimeInputsTopologyTest {

    private static final Instant WALL_CLOCK = Instant.parse("2026-03-10T12:00:00Z");
    private static final String STORE = "8419537941919820732";

    @TempDir
    Path stateDir;

    private VigilTopologyTestHarness harness;
    private TestInputTopic<String, StorePoll> polls;
    private TestInputTopic<String, BusinessHours> hours;
    private TestInputTopic<String, StoreTimezone> zones;
    private TestOutputTopic<byte[], byte[]> dlq;

    @BeforeEach
    void start() {
        harness = new VigilTopologyTestHarness(stateDir, WALL_CLOCK);
        polls = input(UptimeNames.POLLS_TOPIC, AvroSerde.of(StorePoll.class, harness.registry()));
        hours = input(UptimeNames.BUSINESS_HOURS_TOPIC, AvroSerde.of(BusinessHours.class, harness.registry()));
        zones = input(UptimeNames.TIMEZONES_TOPIC, AvroSerde.of(StoreTimezone.class, harness.registry()));
        dlq = harness.driver()
                .createOutputTopic(VigilTopics.DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void shouldKeepAValidPollAtItsTimeWithItsMicroseconds() {
        StorePoll poll = poll(STORE, "2026-03-10T09:15:42.479220Z", StoreStatus.active);

        polls.pipeInput(STORE, poll);

        assertThat(storedPolls()).containsExactly(poll);
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void shouldKeepAPollSeenTwiceOnceAndLetTheLaterOfOneMillisecondWin() {
        polls.pipeInput(STORE, poll(STORE, "2026-03-10T09:00:00Z", StoreStatus.active));
        polls.pipeInput(STORE, poll(STORE, "2026-03-10T09:00:00Z", StoreStatus.active));
        StorePoll sameMillisecond = poll(STORE, "2026-03-10T09:00:00.000400Z", StoreStatus.inactive);
        polls.pipeInput(STORE, sameMillisecond);

        assertThat(storedPolls()).containsExactly(sameMillisecond);
    }

    @Test
    void shouldPlaceAPollThatArrivesLateByItsTime() {
        StorePoll ten = poll(STORE, "2026-03-10T10:00:00Z", StoreStatus.active);
        StorePoll eight = poll(STORE, "2026-03-10T08:00:00Z", StoreStatus.inactive);
        StorePoll nine = poll(STORE, "2026-03-10T09:00:00Z", StoreStatus.active);

        polls.pipeInput(STORE, ten);
        polls.pipeInput(STORE, eight);
        polls.pipeInput(STORE, nine);

        assertThat(storedPolls()).containsExactly(eight, nine, ten);
        assertThat(statusStore().get(STORE))
                .as("the latest poll by time, not by arrival")
                .isEqualTo(new StoreLiveStatus(STORE, ten.getTimestamp(), true));
    }

    @Test
    void shouldMakeAStoreKnownByItsHoursOrZoneBeforeItsFirstPoll() {
        hours.pipeInput(STORE, hours(STORE, interval(0, "09:00", "17:00")));
        zones.pipeInput("other", zone("other", "Europe/Paris"));

        assertThat(statusStore().get(STORE)).isEqualTo(new StoreLiveStatus(STORE, null, null));
        assertThat(statusStore().get("other")).isEqualTo(new StoreLiveStatus("other", null, null));

        StorePoll first = poll(STORE, "2026-03-10T09:00:00Z", StoreStatus.inactive);
        polls.pipeInput(STORE, first);
        hours.pipeInput(STORE, hours(STORE, interval(1, "09:00", "17:00")));

        assertThat(statusStore().get(STORE)).isEqualTo(new StoreLiveStatus(STORE, first.getTimestamp(), false));
    }

    @Test
    void shouldSendAPollFarInTheFutureToTheDlqAndKeepEveryOlderPoll() {
        StorePoll today = poll(STORE, "2026-03-10T11:00:00Z", StoreStatus.active);
        polls.pipeInput(STORE, today);
        polls.pipeInput(STORE, poll(STORE, "2027-03-10T11:00:00Z", StoreStatus.active));
        StorePoll withinSkew = poll(STORE, "2026-03-10T12:04:00Z", StoreStatus.inactive);
        polls.pipeInput(STORE, withinSkew);

        assertThat(storedPolls()).containsExactly(today, withinSkew);
        assertThat(deadLetterMessages()).singleElement().asString().contains("2027-03-10T11:00:00Z", "PT5M");
    }

    @Test
    void shouldSkipPollsThatCannotBeReadWithAnUnknownStatusOrNotAvroAndGoOn() {
        byte[] valid = AvroSerde.of(StorePoll.class, harness.registry())
                .serialize(UptimeNames.POLLS_TOPIC, poll(STORE, "2026-03-10T09:00:00Z", StoreStatus.active));
        byte[] unknownStatus = Arrays.copyOf(valid, valid.length);
        unknownStatus[unknownStatus.length - 1] = 4; // zig-zag 2: a third status the schema does not have
        TestInputTopic<byte[], byte[]> raw = harness.driver()
                .createInputTopic(UptimeNames.POLLS_TOPIC, new ByteArraySerializer(), new ByteArraySerializer());

        raw.pipeInput(bytes(STORE), unknownStatus);
        raw.pipeInput(bytes(STORE), bytes("not avro"));
        StorePoll good = poll(STORE, "2026-03-10T09:30:00Z", StoreStatus.inactive);
        polls.pipeInput(STORE, good);

        // The deserialisation handler's DLQ record itself is DeadLetterQueueTest's subject: the driver drops it.
        assertThat(droppedRecords()).isEqualTo(2.0);
        assertThat(storedPolls()).containsExactly(good);
    }

    @Test
    void shouldSendPollsWithABadKeyOrNoValueToTheDlq() {
        polls.pipeInput("another-store", poll(STORE, "2026-03-10T09:00:00Z", StoreStatus.active));
        polls.pipeInput(" ", poll(" ", "2026-03-10T09:00:00Z", StoreStatus.active));
        String tooLong = "s".repeat(StoreIds.MAX_CHARS + 1);
        polls.pipeInput(tooLong, poll(tooLong, "2026-03-10T09:00:00Z", StoreStatus.active));
        polls.pipeInput(STORE, null);
        StorePoll good = poll(STORE, "2026-03-10T09:30:00Z", StoreStatus.inactive);
        polls.pipeInput(STORE, good);

        assertThat(deadLetterMessages())
                .satisfiesExactly(
                        m -> assertThat(m).contains("store_id is not its key"),
                        m -> assertThat(m).contains("blank"),
                        m -> assertThat(m).contains("129 characters"),
                        m -> assertThat(m).contains("cannot be deleted"));
        assertThat(storedPolls()).containsExactly(good);
    }

    @Test
    void shouldKeepTheLatestValidHoursAndTimezoneAndDeleteThemOnATombstone() {
        BusinessHours nineToFive = hours(STORE, interval(0, "09:00", "17:00"), interval(4, "22:00", "02:00:00"));
        hours.pipeInput(STORE, nineToFive);
        zones.pipeInput(STORE, zone(STORE, "America/New_York"));

        assertThat(hoursStore().get(STORE)).isEqualTo(nineToFive);
        assertThat(zonesStore().get(STORE).getTimezone()).isEqualTo("America/New_York");

        hours.pipeInput(STORE, null);
        zones.pipeInput(STORE, null);

        assertThat(hoursStore().get(STORE)).isNull();
        assertThat(zonesStore().get(STORE)).isNull();
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void shouldSendInvalidHoursAndTimezonesToTheDlqAndKeepThePreviousOnes() {
        BusinessHours valid = hours(STORE, interval(0, "09:00", "17:00"));
        hours.pipeInput(STORE, valid);
        zones.pipeInput(STORE, zone(STORE, "Europe/Paris"));

        hours.pipeInput(STORE, hours(STORE, interval(0, "09:00", "25:00")));
        hours.pipeInput(STORE, hours(STORE, interval(7, "09:00", "17:00")));
        hours.pipeInput(STORE, new BusinessHours(STORE, List.of(), null, 0L));
        hours.pipeInput(STORE, hours("another-store", interval(0, "09:00", "17:00")));
        zones.pipeInput(STORE, zone(STORE, "Mars/Olympus_Mons"));

        assertThat(hoursStore().get(STORE)).isEqualTo(valid);
        assertThat(zonesStore().get(STORE).getTimezone()).isEqualTo("Europe/Paris");
        assertThat(deadLetterMessages())
                .satisfiesExactly(
                        m -> assertThat(m).contains("intervals[0].end", "25:00"),
                        m -> assertThat(m).contains("intervals[0].day", "7"),
                        m -> assertThat(m).contains("max_poll_gap_seconds"),
                        m -> assertThat(m).contains("store_id is not its key"),
                        m -> assertThat(m).contains("timezone", "Mars/Olympus_Mons"));
    }

    @Test
    void shouldDropPollsOlderThanTheRetentionBehindTheNewestPoll() {
        StorePoll nineDaysAgo = poll(STORE, "2026-03-01T11:00:00Z", StoreStatus.active);
        StorePoll sixDaysAgo = poll(STORE, "2026-03-04T11:00:00Z", StoreStatus.inactive);
        polls.pipeInput(STORE, nineDaysAgo);
        polls.pipeInput(STORE, sixDaysAgo);
        StorePoll now = poll(STORE, "2026-03-10T11:00:00Z", StoreStatus.active);
        polls.pipeInput(STORE, now);
        polls.pipeInput(STORE, poll(STORE, "2026-03-02T10:00:00Z", StoreStatus.active));

        assertThat(storedPolls()).containsExactly(sixDaysAgo, now);
        assertThat(dlq.isEmpty()).isTrue();
    }

    private <V extends SpecificRecord> TestInputTopic<String, V> input(String topic, AvroSerde<V> serde) {
        return harness.driver().createInputTopic(topic, new StringSerializer(), serde.serializer());
    }

    private List<StorePoll> storedPolls() {
        WindowStore<String, StorePoll> store = harness.driver().getWindowStore(UptimeNames.POLLS_STORE);
        List<StorePoll> found = new ArrayList<>();
        try (WindowStoreIterator<StorePoll> all =
                store.fetch(STORE, WALL_CLOCK.minusSeconds(30L * 24 * 3600), WALL_CLOCK.plusSeconds(3600))) {
            all.forEachRemaining(entry -> found.add(entry.value));
        }
        return found;
    }

    private KeyValueStore<String, BusinessHours> hoursStore() {
        return harness.driver().getKeyValueStore(UptimeNames.BUSINESS_HOURS_STORE);
    }

    private KeyValueStore<String, StoreLiveStatus> statusStore() {
        return harness.driver().getKeyValueStore(UptimeNames.STATUS_STORE);
    }

    private KeyValueStore<String, StoreTimezone> zonesStore() {
        return harness.driver().getKeyValueStore(UptimeNames.TIMEZONES_STORE);
    }

    private List<String> deadLetterMessages() {
        return dlq.readRecordsToList().stream()
                .map(TestRecord::headers)
                .map(headers ->
                        new String(headers.lastHeader(DeadLetterHeaders.MESSAGE).value(), StandardCharsets.UTF_8))
                .toList();
    }

    private double droppedRecords() {
        return harness.driver().metrics().entrySet().stream()
                .filter(metric -> metric.getKey().name().equals("dropped-records-total")
                        && metric.getKey().group().equals("stream-task-metrics"))
                .mapToDouble(metric -> (Double) metric.getValue().metricValue())
                .sum();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
