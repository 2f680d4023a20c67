package io.vigil.topology.uptime;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreStatus;
import io.vigil.topology.VigilTopologyTestHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Polls read through the timeline cache must be the polls the window store returns, whatever order they came in:
 * late, twice in a millisecond, older than the retention, after the cache was loaded.
 */
class CachedPollsTest {

    private static final Instant NOW = Instant.parse("2026-03-20T00:00:00Z");
    private static final int STORES = 40;
    private static final Duration SPAN = Duration.ofDays(12);

    @TempDir
    Path stateDir;

    private final Random random = new Random(20261124);
    private VigilTopologyTestHarness harness;
    private TestInputTopic<String, StorePoll> polls;
    private UptimeStores stores;
    private UptimeCache cache;
    private Instant newest = Instant.MIN;

    @BeforeEach
    void start() {
        harness = new VigilTopologyTestHarness(stateDir, NOW);
        polls = harness.driver()
                .createInputTopic(
                        UptimeNames.POLLS_TOPIC,
                        new StringSerializer(),
                        AvroSerde.of(StorePoll.class, harness.registry()));
        stores = new UptimeStores(
                harness.driver().getWindowStore(UptimeNames.POLLS_STORE),
                harness.driver().getKeyValueStore(UptimeNames.BUSINESS_HOURS_STORE),
                harness.driver().getKeyValueStore(UptimeNames.TIMEZONES_STORE),
                UptimeSettings.DEFAULTS);
        cache = (UptimeCache) harness.driver().getStateStore(UptimeNames.CACHE_STORE);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void shouldReadWhatTheWindowStoreReadsBeforeAndAfterMorePollsArrive() {
        sendRandomPolls(3_000);
        assertSameAsTheWindowStore();

        sendRandomPolls(3_000);
        assertSameAsTheWindowStore();
        assertThat(cache.weight()).isPositive();
    }

    private void assertSameAsTheWindowStore() {
        UptimeStores cached = stores.throughCache(cache, newest);
        for (int store = 0; store < STORES; store++) {
            String id = storeId(store);
            for (int period = 0; period < 20; period++) {
                Instant to = randomInstant();
                Instant from = to.minus(Duration.ofMinutes(1 + random.nextInt(7 * 24 * 60)));
                assertThat(cached.polls(id, from, to))
                        .as("%s over [%s, %s)", id, from, to)
                        .isEqualTo(stores.polls(id, from, to));
            }
        }
    }

    /** Polls over the last twelve days in any order, some a microsecond apart, some in one millisecond. */
    private void sendRandomPolls(int count) {
        Instant previous = NOW.minus(SPAN);
        for (int i = 0; i < count; i++) {
            String id = storeId(random.nextInt(STORES));
            Instant at =
                    random.nextInt(10) == 0 ? previous.plus(random.nextInt(3), ChronoUnit.MICROS) : randomInstant();
            StoreStatus status = random.nextBoolean() ? StoreStatus.active : StoreStatus.inactive;
            polls.pipeInput(id, new StorePoll(id, at, status), NOW);
            previous = at;
            if (at.isAfter(newest)) {
                newest = at;
            }
        }
    }

    private Instant randomInstant() {
        return NOW.minus(SPAN).plus(Math.floorMod(random.nextLong(), SPAN.toNanos() / 1_000), ChronoUnit.MICROS);
    }

    private static String storeId(int store) {
        return String.format("store-%02d", store);
    }
}
