package io.vigil.app.uptime.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.app.uptime.importer.CsvImportReader;
import io.vigil.app.uptime.importer.HoursRow;
import io.vigil.app.uptime.importer.ImportFileException;
import io.vigil.app.uptime.importer.ImportSummary;
import io.vigil.app.uptime.importer.PollRow;
import io.vigil.app.uptime.importer.RowListener;
import io.vigil.app.uptime.importer.SkippedRow;
import io.vigil.app.uptime.importer.TimezoneRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleDataTest {

    private static final Instant END = Instant.parse("2023-01-25T18:00:00Z");
    private static final SampleSpec SPEC = new SampleSpec(50, 8, 60, 1, END);

    @Test
    void shouldWriteFilesTheImporterReadsWithoutSkippingARow() throws Exception {
        SampleData data = new SampleData(SPEC);

        Read<TimezoneRow> zones = read(CsvImportReader::timezones, text(data::writeTimezones));
        Read<HoursRow> hours = read(CsvImportReader::hours, text(data::writeHours));
        Read<PollRow> polls = read(CsvImportReader::status, text(data::writeStatus));

        assertThat(zones.summary.skipped() + hours.summary.skipped() + polls.summary.skipped())
                .isZero();
        assertThat(polls.rows).hasSize(50 * 8 * 24);
        assertThat(polls.rows)
                .allSatisfy(poll -> assertThat(poll.at()).isBefore(END).isAfterOrEqualTo(SPEC.start()));
        assertThat(polls.rows.stream().filter(PollRow::active).count())
                .as("mostly active, with down spells")
                .isBetween(polls.rows.size() * 80L / 100, polls.rows.size() * 99L / 100);
        long storesWithZone =
                zones.rows.stream().map(TimezoneRow::storeId).distinct().count();
        long storesWithHours =
                hours.rows.stream().map(HoursRow::storeId).distinct().count();
        assertThat(storesWithZone).isBetween(40L, 49L);
        assertThat(storesWithHours).isBetween(40L, 49L);
        assertThat(zones.rows.stream()
                        .map(zone -> zone.zone().getId().split("/")[0])
                        .distinct())
                .containsExactlyInAnyOrder("America", "Europe");
        assertThat(hours.rows).anySatisfy(row -> assertThat(row.end()).isBefore(row.start()));
        assertThat(hours.rows.stream()
                        .collect(Collectors.groupingBy(row -> row.storeId() + "/" + row.day(), Collectors.counting()))
                        .values())
                .contains(2L);
    }

    @Test
    void shouldWriteTheSameFilesForTheSameSeed() throws Exception {
        SampleData once = new SampleData(SPEC);
        SampleData again = new SampleData(SPEC);
        SampleData other = new SampleData(new SampleSpec(50, 8, 60, 2, END));

        assertThat(text(again::writeStatus)).isEqualTo(text(once::writeStatus));
        assertThat(text(again::writeHours)).isEqualTo(text(once::writeHours));
        assertThat(text(other::writeStatus)).isNotEqualTo(text(once::writeStatus));
    }

    @Test
    void shouldWriteTimestampsInTheOriginalForm() throws Exception {
        String status = text(new SampleData(new SampleSpec(1, 1, 60, 1, END))::writeStatus);

        assertThat(status.lines().skip(1)).hasSize(24).allSatisfy(line -> assertThat(line)
                .matches("[0-9a-f-]{36},(in)?active,2023-01-2[45] " + "\\d\\d:\\d\\d:\\d\\d\\.\\d{6} UTC"));
    }

    @Test
    void shouldMoveEveryPollToTheStartOfItsMinuteOnWholeMinutes() throws Exception {
        List<String> exact = text(new SampleData(SPEC)::writeStatus).lines().toList();
        List<String> whole =
                text(new SampleData(SPEC.onWholeMinutes())::writeStatus).lines().toList();

        assertThat(whole).hasSameSizeAs(exact).first().isEqualTo(exact.get(0));
        for (int line = 1; line < exact.size(); line++) {
            String original = exact.get(line);
            assertThat(whole.get(line))
                    .isEqualTo(original.substring(0, original.length() - " 00.000000 UTC".length()) + ":00.000000 UTC");
        }
        assertThat(exact).anySatisfy(line -> assertThat(line).doesNotEndWith(":00.000000 UTC"));
    }

    private static String text(Writing writing) throws IOException {
        StringWriter out = new StringWriter();
        writing.write(out);
        return out.toString();
    }

    private static <T> Read<T> read(Function<InputStream, CsvImportReader<T>> reader, String text)
            throws IOException, ImportFileException {
        Read<T> read = new Read<>();
        read.summary = reader.apply(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .readAll(read);
        return read;
    }

    @FunctionalInterface
    private interface Writing {
        long write(StringWriter out) throws IOException;
    }

    private static final class Read<T> implements RowListener<T> {

        final List<T> rows = new ArrayList<>();
        ImportSummary summary;

        @Override
        public void row(T row) {
            rows.add(row);
        }

        @Override
        public void skipped(SkippedRow row) {
            throw new AssertionError("skipped " + row);
        }
    }
}
