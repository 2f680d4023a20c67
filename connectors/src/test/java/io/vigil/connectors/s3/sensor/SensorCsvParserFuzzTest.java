package io.vigil.connectors.s3.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vigil.schema.sensor.RowErrorReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Any uploaded file is read to a {@link SensorCsvResult} without an exception (the bytes come from memory, so not even
 * an IOException), and every row error it reports keeps to the listener's contract: a detail of at most 100
 * characters without control characters. Seeds: the CSV examples of the parser's tests, in
 * {@code SensorCsvParserFuzzTestInputs}.
 */
class SensorCsvParserFuzzTest {

    private static final int MAX_DETAIL_CHARS = 100;

    private final SensorCsvParser parser = new SensorCsvParser();

    @FuzzTest(maxDuration = "5s")
    void shouldReadAnyBytesToAResultWithinTheListenerContract(byte[] file) throws IOException {
        SensorCsvResult result = parser.parse(new ByteArrayInputStream(file), new SensorCsvListener() {
            @Override
            public void reading(long rowNumber, String sensorId, long timestampMicros, double value) {
                assertThat(sensorId).isNotBlank();
                assertThat(rowNumber).isPositive();
            }

            @Override
            public void rowError(long rowNumber, long line, RowErrorReason reason, String detail) {
                assertThat(line).isGreaterThan(rowNumber);
                if (detail != null) {
                    assertThat(detail).hasSizeLessThanOrEqualTo(MAX_DETAIL_CHARS);
                    assertThat(detail.chars().noneMatch(Character::isISOControl))
                            .isTrue();
                }
            }
        });

        assertThat(result).isNotNull();
    }
}
