package io.vigil.topology.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensorKeysTest {

    private static final String FILE = "0123456789abcdef0123456789abcdef";
    private static final long HOUR = 3_600_000L;
    /** RocksDB's order: the keys' UTF-8 bytes, unsigned. */
    private static final Comparator<String> STORE_ORDER =
            (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    @Test
    void shouldOrderHourlyKeysByTimeBefore1970Too() {
        long[] hours = {Long.MIN_VALUE / HOUR * HOUR, -2 * HOUR, -HOUR, 0, HOUR, 1_795_000_000_000L / HOUR * HOUR};
        List<String> keys = new ArrayList<>();
        for (long hour : hours) {
            keys.add(SensorKeys.hourly("s-1", hour, FILE));
        }

        assertThat(keys).isSortedAccordingTo(STORE_ORDER);
        assertThat(keys).allSatisfy(key -> assertThat(key).hasSize("3:s-1|".length() + 20 + 1 + FILE.length()));
    }

    @Test
    void shouldPutTheHoursBeforeTheEpochInTheHourThatContainsThem() {
        assertThat(SensorKeys.hourOf(-1)).isEqualTo(-HOUR);
        assertThat(SensorKeys.hourOf(HOUR - 1)).isZero();
        assertThat(SensorKeys.parseHourly(SensorKeys.hourly("s", -HOUR - 1, FILE))
                        .hourMillis())
                .isEqualTo(-2 * HOUR);
    }

    @Test
    void shouldKeepSensorIdsApartWhenOneLooksLikeTheStartOfAnother() {
        List<String> sensors = List.of("a", "a|1", "1:a", "a:", "", "10", "1:a|2:b", "ß|€");

        for (String sensor : sensors) {
            String prefix = SensorKeys.hourlyPrefix(sensor);
            for (String other : sensors) {
                String key = SensorKeys.hourly(other, 0, FILE);
                assertThat(key.startsWith(prefix))
                        .as("%s under %s", other, sensor)
                        .isEqualTo(other.equals(sensor));
                assertThat(SensorKeys.fileSensor(FILE, other).equals(SensorKeys.fileSensor(FILE, sensor)))
                        .isEqualTo(other.equals(sensor));
            }
        }
    }

    @Test
    void shouldParseBackWhatItBuilds() {
        for (String sensor : List.of("t-01", "a|1", "1:a", "", "温度|:")) {
            assertThat(SensorKeys.parseFileSensor(SensorKeys.fileSensor(FILE, sensor)))
                    .isEqualTo(new SensorKeys.FileSensor(FILE, sensor));
            assertThat(SensorKeys.parseHourly(SensorKeys.hourly(sensor, -7 * HOUR, FILE)))
                    .isEqualTo(new SensorKeys.Hourly(sensor, -7 * HOUR, FILE));
        }
        assertThat(SensorKeys.parseRecent(SensorKeys.recent(-5L, FILE))).isEqualTo(new SensorKeys.Recent(-5L, FILE));
    }

    @Test
    void shouldBoundARangeOfHoursHalfOpen() {
        String from = SensorKeys.hourlyFrom("s", HOUR);
        String to = SensorKeys.hourlyFrom("s", 3 * HOUR);

        assertThat(STORE_ORDER.compare(SensorKeys.hourly("s", 0, FILE), from)).isNegative();
        assertThat(STORE_ORDER.compare(SensorKeys.hourly("s", HOUR, FILE), from))
                .isPositive();
        assertThat(STORE_ORDER.compare(SensorKeys.hourly("s", 2 * HOUR, FILE), to))
                .isNegative();
        assertThat(STORE_ORDER.compare(SensorKeys.hourly("s", 3 * HOUR, FILE), to))
                .isPositive();
        assertThat(SensorKeys.hourlyFrom("s", HOUR + 59_000)).isEqualTo(from);
    }

    @Test
    void shouldListTheNewestUploadFirst() {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");
        List<String> newestFirst = List.of(
                SensorKeys.recent(now.toEpochMilli(), FILE),
                SensorKeys.recent(now.toEpochMilli() - 1, FILE),
                SensorKeys.recent(0, FILE),
                SensorKeys.recent(-86_400_000L, FILE));

        assertThat(newestFirst).isSortedAccordingTo(STORE_ORDER);
        assertThat(newestFirst.get(0)).startsWith(String.format("%020d|", Long.MAX_VALUE - now.toEpochMilli()));
    }

    @Test
    void shouldRejectKeysItDidNotBuild() {
        assertThatThrownBy(() -> SensorKeys.parseHourly("garbage")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SensorKeys.parseHourly("9:ab|00000000000000000000|f"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SensorKeys.parseFileSensor(FILE + "|2:abc"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SensorKeys.parseRecent("12|" + FILE)).isInstanceOf(IllegalArgumentException.class);
    }
}
