package io.vigil.topology.uptime;

import static io.vigil.topology.uptime.UptimeRecords.hours;
import static io.vigil.topology.uptime.UptimeRecords.interval;
import static io.vigil.topology.uptime.UptimeRecords.poll;
import static io.vigil.topology.uptime.UptimeRecords.zone;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.uptime.BusinessHours;
import io.vigil.schema.uptime.StoreLiveStatus;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreStatus;
import io.vigil.schema.uptime.StoreTimezone;
import io.vigil.topology.VigilTopologyTestHarness;
import io.vigil.topology.uptime.time.PeriodFigures;
import io.vigil.topology.uptime.time.Poll;
import io.vigil.topology.uptime.time.UptimeFigures;
import io.vigil.topology.uptime.time.WeeklyHours;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read helper over the stores the production topology fills. The store opens Sundays 00:00–06:00 in New York;
 * on 2026-03-08 the clocks jump from 02:00 to 03:00, so that Sunday is open five hours of exact time (05:00Z–10:00Z).
 */
class UptimeStoresTest {

    private static final String STORE = "store-1";
    private static final Instant REFERENCE = Instant.parse("2026-03-08T10:30:00Z");

    @TempDir
    Path stateDir;

    private VigilTopologyTestHarness harness;
    private UptimeStores stores;

    @BeforeEach
    void start() {
        harness = new VigilTopologyTestHarness(stateDir, REFERENCE);
        stores = new UptimeStores(
                harness.driver().getWindowStore(UptimeNames.POLLS_STORE),
                harness.driver().getKeyValueStore(UptimeNames.BUSINESS_HOURS_STORE),
                harness.driver().getKeyValueStore(UptimeNames.TIMEZONES_STORE),
                UptimeSettings.DEFAULTS);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void shouldGiveAStoreWithNothingOnRecordTheDefaults() {
        StoreProfile profile = stores.profile("unknown");

        assertThat(profile.hours()).isEqualTo(WeeklyHours.ALWAYS_OPEN);
        assertThat(profile.zone()).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(profile.pollGap()).isEmpty();
        assertThat(profile.calendar()).isEmpty();
        assertThat(stores.polls("unknown", REFERENCE.minus(Duration.ofDays(7)), REFERENCE))
                .isEmpty();
    }

    @Test
    void shouldReadTheStoresHoursZoneGapAndCalendar() {
        sendHours(new BusinessHours(STORE, List.of(interval(6, "00:00", "06:00")), "holidays", 3600L));
        sendZone(zone(STORE, "America/New_York"));

        StoreProfile profile = stores.profile(STORE);

        assertThat(profile.hours().intervals()).hasSize(1);
        assertThat(profile.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(profile.pollGap()).contains(Duration.ofHours(1));
        assertThat(profile.calendar()).contains("holidays");
        assertThat(profile.statusOptions(false).maxPollGap()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void shouldReadTheLatestPollBeforeAPeriodThenThePollsInsideIt() {
        sendPolls(
                poll(STORE, "2026-03-01T09:00:00Z", StoreStatus.inactive),
                poll(STORE, "2026-03-01T10:00:00Z", StoreStatus.active),
                poll(STORE, "2026-03-08T05:00:00.000500Z", StoreStatus.active),
                poll(STORE, "2026-03-08T08:00:00Z", StoreStatus.inactive),
                poll(STORE, "2026-03-08T10:30:00Z", StoreStatus.active));

        List<Poll> polls = stores.polls(STORE, Instant.parse("2026-03-01T10:30:00Z"), REFERENCE);

        assertThat(polls)
                .containsExactly(
                        new Poll(Instant.parse("2026-03-01T10:00:00Z"), true),
                        new Poll(Instant.parse("2026-03-08T05:00:00.000500Z"), true),
                        new Poll(Instant.parse("2026-03-08T08:00:00Z"), false));
    }

    @Test
    void shouldFeedTheCalculatorExactTimeAcrossASpringForwardSunday() {
        sendHours(hours(STORE, interval(6, "00:00", "06:00")));
        sendZone(zone(STORE, "America/New_York"));
        sendPolls(
                poll(STORE, "2026-02-28T12:00:00Z", StoreStatus.active),
                poll(STORE, "2026-03-08T05:00:00Z", StoreStatus.active),
                poll(STORE, "2026-03-08T08:00:00Z", StoreStatus.inactive));

        UptimeFigures figures = stores.figures(STORE, stores.profile(STORE), REFERENCE, Set.of());

        assertThat(figures.lastHour()).isEqualTo(figures(Duration.ZERO, Duration.ofMinutes(30)));
        assertThat(figures.lastDay()).isEqualTo(figures(Duration.ofHours(3), Duration.ofHours(2)));
        // The week also holds the last half hour of the Sunday before (00:00–06:00 EST ends 11:00Z), still active
        // from the poll of 2026-02-28, which lies before the week.
        assertThat(figures.lastWeek()).isEqualTo(figures(Duration.ofMinutes(210), Duration.ofHours(2)));
    }

    @Test
    void shouldReadARunOfStoresProfilesAsTheyAreReadOneByOne() {
        // As Java strings U+FF01 sorts after the emoji (its surrogates are lower), as UTF-8 before it: the run's order
        // is the
        // stores', not String.compareTo's.
        List<String> named = List.of("a", "b", "d", "e", "\uFF01", "\uD83D\uDE00");
        sendHours(hours("a", interval(0, "09:00", "17:00")));
        sendZone(zone("a", "Europe/Paris"));
        sendZone(zone("b", "Asia/Tokyo"));
        sendHours(hours("d", interval(2, "22:00", "02:00")));
        sendHours(new BusinessHours("e", List.of(), "holidays", 600L));
        sendZone(zone("e", "UTC"));
        sendHours(hours("\uFF01", interval(5, "10:00", "12:00")));
        sendZone(zone("\uD83D\uDE00", "America/New_York"));
        List<String> inStoreOrder = directoryOrder();

        assertThat(inStoreOrder).containsExactlyInAnyOrderElementsOf(named);
        assertThat(stores.profiles(inStoreOrder)).isEqualTo(oneByOne(inStoreOrder));
        List<String> middle = inStoreOrder.subList(1, 4);
        assertThat(stores.profiles(middle)).isEqualTo(oneByOne(middle));
        assertThat(stores.profiles(List.of())).isEmpty();
    }

    private List<String> directoryOrder() {
        KeyValueStore<String, StoreLiveStatus> directory = harness.driver().getKeyValueStore(UptimeNames.STATUS_STORE);
        List<String> ids = new ArrayList<>();
        try (KeyValueIterator<String, StoreLiveStatus> all = directory.all()) {
            all.forEachRemaining(entry -> ids.add(entry.key));
        }
        return ids;
    }

    private Map<String, StoreProfile> oneByOne(List<String> storeIds) {
        Map<String, StoreProfile> profiles = new HashMap<>();
        storeIds.forEach(id -> profiles.put(id, stores.profile(id)));
        return profiles;
    }

    private static PeriodFigures figures(Duration uptime, Duration downtime) {
        return new PeriodFigures(uptime, downtime, Duration.ZERO);
    }

    private void sendHours(BusinessHours value) {
        harness.driver()
                .createInputTopic(
                        UptimeNames.BUSINESS_HOURS_TOPIC,
                        new StringSerializer(),
                        AvroSerde.of(BusinessHours.class, harness.registry()))
                .pipeInput(value.getStoreId(), value);
    }

    private void sendZone(StoreTimezone value) {
        harness.driver()
                .createInputTopic(
                        UptimeNames.TIMEZONES_TOPIC,
                        new StringSerializer(),
                        AvroSerde.of(StoreTimezone.class, harness.registry()))
                .pipeInput(value.getStoreId(), value);
    }

    private void sendPolls(StorePoll... polls) {
        var topic = harness.driver()
                .createInputTopic(
                        UptimeNames.POLLS_TOPIC,
                        new StringSerializer(),
                        AvroSerde.of(StorePoll.class, harness.registry()));
        for (StorePoll poll : polls) {
            topic.pipeInput(STORE, poll);
        }
    }
}
