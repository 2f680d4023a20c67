package io.vigil.api.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SensorStoreKeysTest {

    private static final String FILE = "0123456789abcdef0123456789abcdef";

    @Test
    void shouldLengthPrefixSensorIdsInFileSensorKeysAndReadThemBack() {
        String key = SensorStoreKeys.fileSensor(FILE, "a|b:c");

        assertThat(key).isEqualTo(FILE + "|5:a|b:c");
        assertThat(key).startsWith(SensorStoreKeys.fileSensorPrefix(FILE));
        assertThat(SensorStoreKeys.sensorOfFileSensor(key)).isEqualTo("a|b:c");
    }

    @Test
    void shouldOrderHourlyKeysByTimeBefore1970TooAndReadTheHourBack() {
        long before1970 = Instant.parse("1969-12-31T23:00:00Z").toEpochMilli();
        long after1970 = Instant.parse("2026-11-23T10:00:00Z").toEpochMilli();
        String early = SensorStoreKeys.hourlyFrom("s1", before1970) + FILE;
        String late = SensorStoreKeys.hourlyFrom("s1", after1970 + 59 * 60_000) + FILE;

        assertThat(early).isLessThan(late);
        assertThat(SensorStoreKeys.hourOfHourly(early)).isEqualTo(before1970);
        assertThat(SensorStoreKeys.hourOfHourly(late)).isEqualTo(after1970);
        assertThat(SensorStoreKeys.hourlyFrom("s1", after1970)).isEqualTo("2:s1|09223373832282775808|");
    }

    @Test
    void shouldFloorToTheUtcHour() {
        assertThat(SensorStoreKeys.hourOf(-1)).isEqualTo(-SensorStoreKeys.HOUR_MILLIS);
        assertThat(SensorStoreKeys.hourOf(SensorStoreKeys.HOUR_MILLIS + 5)).isEqualTo(SensorStoreKeys.HOUR_MILLIS);
    }
}
