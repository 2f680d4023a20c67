package io.vigil.connectors.s3.sensor;

import static io.vigil.connectors.s3.sensor.RecordingListener.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.vigil.connectors.s3.sensor.RecordingListener.Error;
import io.vigil.connectors.s3.sensor.RecordingListener.Reading;
import io.vigil.schema.sensor.FileFailureReason;
import io.vigil.schema.sensor.RowErrorReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SensorCsvParserTest {

    private static final String EXAMPLE =
            """
            sensor_id,timestamp,value
            s1,2024-01-01T00:00:00Z,10
            s2,2024-01-01T00:01:00+02:00,20.5

            s1,not-a-time,3
            ,2024-01-01T00:02:00Z,4
            s3,2024-01-01T00:03,abc
            s2,2024-01-01T00:04:00.123Z,-4.5
            s9
            """;

    @Test
    void shouldReadTheIssueExample() throws IOException {
        RecordingListener parsed = parse(EXAMPLE);

        assertThat(parsed.result).isEqualTo(new SensorCsvResult.Completed(7, 3, 4));
        assertThat(parsed.readings)
                .containsExactly(
                        new Reading(1, "s1", micros("2024-01-01T00:00:00Z"), 10),
                        new Reading(2, "s2", micros("2023-12-31T22:01:00Z"), 20.5),
                        new Reading(6, "s2", micros("2024-01-01T00:04:00.123Z"), -4.5));
        assertThat(parsed.values().stream().mapToDouble(Double::doubleValue).average())
                .hasValue(8.666666666666666);
        assertThat(parsed.errors)
                .containsExactly(
                        new Error(3, 5, RowErrorReason.bad_timestamp, "not-a-time"),
                        new Error(4, 6, RowErrorReason.missing_sensor_id, null),
                        new Error(5, 7, RowErrorReason.bad_value, "abc"),
                        new Error(7, 9, RowErrorReason.too_few_fields, "1 of 3 fields"));
    }

    @Test
    void shouldFindTheColumnsByTrimmedLowerCaseNameInAnyOrderAndIgnoreOthers() throws IOException {
        RecordingListener parsed = parse(" Value ,note,TIMESTAMP,\tSensor_ID\n1.5,hello,2024-01-01T00:00Z,a\n");

        assertThat(parsed.result).isEqualTo(new SensorCsvResult.Completed(1, 1, 0));
        assertThat(parsed.readings).containsExactly(new Reading(1, "a", micros("2024-01-01T00:00:00Z"), 1.5));
    }

    @Test
    void shouldTakeTimestampsWithBlanksAround() throws IOException {
        RecordingListener parsed = parse("sensor_id,timestamp,value\na, \t2024-01-01T00:00Z  ,1\n");

        assertThat(parsed.readings).containsExactly(new Reading(1, "a", micros("2024-01-01T00:00:00Z"), 1.0));
    }

    @Test
    void shouldSkipALeadingByteOrderMark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "sensor_id,timestamp,value\ns1,2024-01-01T00:00Z,1\n".getBytes(StandardCharsets.UTF_8);

        RecordingListener parsed = parse(concat(bom, text));

        assertThat(parsed.result).isEqualTo(new SensorCsvResult.Completed(1, 1, 0));
    }

    @Test
    void shouldTakeQuotedCommasAndNewlinesAndCountRowsApartFromLines() throws IOException {
        String csv = "sensor_id,timestamp,value,note\r\n"
                + "\"s,1\",2024-01-01T00:00Z,1,\"two\r\nlines\"\r\n"
                + "\r\n"
                + "\"s\n2\",2024-01-01T00:00Z,x,\"a, b\"\r\n"
                + "s3,2024-01-01T00:00Z,3,\"\"\"quoted\"\"\"\r\n"
                + "s4,2024-01-01T00:00Z,y,\r\n";

        RecordingListener parsed = parse(csv);

        assertThat(parsed.result).isEqualTo(new SensorCsvResult.Completed(4, 2, 2));
        assertThat(parsed.readings)
                .extracting(Reading::row, Reading::sensorId)
                .containsExactly(tuple(1L, "s,1"), tuple(3L, "s3"));
        assertThat(parsed.errors)
                .containsExactly(
                        new Error(2, 5, RowErrorReason.bad_value, "x"), new Error(4, 8, RowErrorReason.bad_value, "y"));
    }

    @Test
    void shouldNotCountEmptyOrBlankLines() throws IOException {
        RecordingListener parsed =
                parse("\n\nsensor_id,timestamp,value\n\n   \n\r\ns1,2024-01-01T00:00Z,1\n\ns1,x,1\n\n");

        assertThat(parsed.result).isEqualTo(new SensorCsvResult.Completed(2, 1, 1));
        assertThat(parsed.errors).containsExactly(new Error(2, 9, RowErrorReason.bad_timestamp, "x"));
    }

    @Test
    void shouldGiveTheFirstFailedCheckInOrder() throws IOException {
        String csv = "sensor_id,timestamp,value,extra\n"
                + " ,bad,bad\n" // too few fields wins over everything
                + " ,bad,bad,e\n" // then a blank sensor id
                + "s,bad,bad,e\n" // then the timestamp
                + "s,2024-01-01T00:00Z,bad,e\n" // then the value
                + "s,2024-01-01T00:00Z,1,e,more,fields\n"; // more fields than the header are fine

        RecordingListener parsed = parse(csv);

        assertThat(parsed.errors)
                .extracting(Error::reason)
                .containsExactly(
                        RowErrorReason.too_few_fields,
                        RowErrorReason.missing_sensor_id,
                        RowErrorReason.bad_timestamp,
                        RowErrorReason.bad_value);
        assertThat(parsed.readings).extracting(Reading::row).containsExactly(5L);
    }

    @Test
    void shouldTrimTheSensorIdTimestampAndValue() throws IOException {
        RecordingListener parsed = parse("sensor_id,timestamp,value\n  s1 , 2024-01-01T00:00Z , 2 \n");

        assertThat(parsed.readings).containsExactly(new Reading(1, "s1", micros("2024-01-01T00:00:00Z"), 2));
    }

    @Test
    void shouldCutTheDetailTo100CharactersWithoutControlCharacters() throws IOException {
        String longValue = "x".repeat(500);
        RecordingListener parsed =
                parse("sensor_id,timestamp,value\ns,2024-01-01T00:00Z," + longValue + "\ns,\"a\tb\u0001\",1\n");

        assertThat(parsed.errors.get(0).detail()).hasSize(100).startsWith("xxx").endsWith("...");
        assertThat(parsed.errors.get(1).detail()).isEqualTo("a?b?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n\r\n", "\uFEFF", "\uFEFF\n  \n"})
    void shouldFailAFileWithoutAnyRecordAsEmpty(String content) throws IOException {
        assertThat(parse(content).result).isEqualTo(new SensorCsvResult.Failed(FileFailureReason.empty_file, null));
    }

    @Test
    void shouldCompleteAHeaderOnlyFileWithNoRows() throws IOException {
        RecordingListener parsed = parse("sensor_id,timestamp,value\n");

        assertThat(parsed.result).isEqualTo(new SensorCsvResult.Completed(0, 0, 0));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sensor,timestamp,value\ns1,2024-01-01T00:00Z,1\n",
                "sensor_id,timestamp\n",
                "sensor_id,timestamp,value,VALUE\n",
                "s1,2024-01-01T00:00Z,1\n",
                "\"sensor_id,timestamp,value\"\n"
            })
    void shouldFailAWrongHeader(String content) throws IOException {
        RecordingListener parsed = parse(content);

        assertThat(parsed.result)
                .isInstanceOfSatisfying(SensorCsvResult.Failed.class, failed -> assertThat(failed.reason())
                        .isEqualTo(FileFailureReason.bad_header));
        assertThat(parsed.readings).isEmpty();
    }

    @Test
    void shouldNameTheProblemOfTheHeader() throws IOException {
        assertThat(parse("sensor_id,value\n").result)
                .isEqualTo(new SensorCsvResult.Failed(FileFailureReason.bad_header, "missing column timestamp"));
        assertThat(parse("value,sensor_id,timestamp, Value\n").result)
                .isEqualTo(new SensorCsvResult.Failed(FileFailureReason.bad_header, "duplicate column value"));
    }

    @Test
    void shouldFailBinaryGarbageAsUnreadable() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);

        assertThat(parse(garbage).result)
                .isInstanceOfSatisfying(SensorCsvResult.Failed.class, failed -> assertThat(failed.reason())
                        .isEqualTo(FileFailureReason.unreadable));
    }

    @Test
    void shouldFailInvalidUtf8AsUnreadableAfterPassingOnTheRowsBeforeIt() throws IOException {
        String rows = "s1,2024-01-01T00:00Z,1\n".repeat(2000);
        byte[] good = ("sensor_id,timestamp,value\n" + rows).getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'s', '2', ',', (byte) 0xC3, (byte) 0x28, '\n'};

        RecordingListener parsed = parse(concat(good, bad));

        assertThat(parsed.result).isInstanceOfSatisfying(SensorCsvResult.Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(FileFailureReason.unreadable);
            assertThat(failed.detail()).isEqualTo("not UTF-8 text after row " + parsed.readings.size());
        });
        assertThat(parsed.readings).as("the rows decoded before the bad bytes").hasSizeBetween(1, 2000);
    }

    @Test
    void shouldFailAFieldOverTheSizeLimitAsUnreadable() throws IOException {
        String huge = "a".repeat(SensorCsvParser.MAX_FIELD_CHARS + 1);

        RecordingListener parsed = parse("sensor_id,timestamp,value\n" + huge + ",2024-01-01T00:00Z,1\n");

        assertThat(parsed.result).isInstanceOfSatisfying(SensorCsvResult.Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(FileFailureReason.unreadable);
            assertThat(failed.detail()).contains("maximum buffer size").hasSizeLessThanOrEqualTo(203);
        });
    }

    @Test
    void shouldTakeAFieldJustUnderTheSizeLimit() throws IOException {
        String large = "a".repeat(SensorCsvParser.MAX_FIELD_CHARS / 2);

        RecordingListener parsed = parse("sensor_id,timestamp,value\n" + large + ",2024-01-01T00:00Z,1\n");

        assertThat(parsed.readings).extracting(Reading::sensorId).containsExactly(large);
    }

    @Test
    void shouldFailAnUnterminatedQuoteAsUnreadable() throws IOException {
        RecordingListener parsed = parse("sensor_id,timestamp,value\ns1,2024-01-01T00:00Z,1\n\"s2,2024-01-01,2\n");

        assertThat(parsed.result)
                .isInstanceOfSatisfying(SensorCsvResult.Failed.class, failed -> assertThat(failed.reason())
                        .isEqualTo(FileFailureReason.unreadable));
        assertThat(parsed.readings).hasSize(1);
    }

    @Test
    void shouldLetAFailureToReadTheBytesEscapeAsIoException() {
        InputStream failing = new SequenceInputStream(
                new ByteArrayInputStream("sensor_id,timestamp,value\ns1,2024-01-01T00:00Z,1\n".getBytes()),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection reset");
                    }
                });

        assertThatThrownBy(() -> parse(failing)).isInstanceOf(IOException.class).hasMessage("connection reset");
    }

    @Test
    void shouldLetAnyFailureOfTheBodyStreamEscapeAsIoExceptionNotAsUnreadableContent() {
        InputStream failing = new SequenceInputStream(
                new ByteArrayInputStream("sensor_id,timestamp,value\ns1,2024-01-01T00:00Z,1\n".getBytes()),
                new InputStream() {
                    @Override
                    public int read() {
                        throw new IllegalStateException("checksum mismatch");
                    }
                });

        assertThatThrownBy(() -> parse(failing))
                .isInstanceOf(IOException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class);
    }

    static long micros(String instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse(instant));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
