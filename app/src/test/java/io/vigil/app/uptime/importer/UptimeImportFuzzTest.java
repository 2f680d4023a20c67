package io.vigil.app.uptime.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Any file given to {@code vigil uptime import}, in any of its three layouts, is read to rows and a summary, or
 * refused as a whole with an {@link ImportFileException}: never another exception. The summary adds up (every row
 * seen is handed on or skipped with a reason) and every store id handed on is one the uptime topics accept. The first
 * byte picks the layout (its value modulo 3: status, hours, time zones); seeds in {@code UptimeImportFuzzTestInputs}
 * start with {@code 0}, {@code 1} or {@code 2}.
 */
class UptimeImportFuzzTest {

    private static final List<Function<InputStream, CsvImportReader<?>>> LAYOUTS =
            List.of(CsvImportReader::status, CsvImportReader::hours, CsvImportReader::timezones);
    private static final int MAX_STORE_ID_CHARS = 128;

    @FuzzTest(maxDuration = "5s")
    void shouldReadAnyFileToRowsThatAddUpOrRefuseItWhole(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        Function<InputStream, CsvImportReader<?>> layout = LAYOUTS.get(Math.floorMod(input[0], LAYOUTS.size()));
        Recorded<Object> read = new Recorded<>();
        try {
            read.summary = layout.apply(new ByteArrayInputStream(input, 1, input.length - 1))
                    .readAll(read);
        } catch (ImportFileException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }

        assertThat(read.summary.good()).isEqualTo(read.rows.size());
        assertThat(read.summary.skipped()).isEqualTo(read.skipped.size());
        assertThat(read.summary.skippedByReason().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(read.skipped.size());
        read.rows.stream().map(UptimeImportFuzzTest::storeIdOf).forEach(storeId -> {
            assertThat(storeId).isNotBlank().hasSizeLessThanOrEqualTo(MAX_STORE_ID_CHARS);
            assertThat(storeId.chars().noneMatch(Character::isISOControl))
                    .as(storeId)
                    .isTrue();
        });
    }

    private static String storeIdOf(Object row) {
        if (row instanceof PollRow poll) {
            return poll.storeId();
        }
        if (row instanceof HoursRow hours) {
            return hours.storeId();
        }
        return ((TimezoneRow) row).storeId();
    }
}
