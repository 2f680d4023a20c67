package io.vigil.app.client.uptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.app.client.ApiCallException;
import io.vigil.app.uptime.importer.SkipReason;
import io.vigil.app.uptime.importer.SkippedRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatcherTest {

    private final List<List<Integer>> batches = new ArrayList<>();
    private final List<Integer> numbers = new ArrayList<>();
    private final SkippedSample skipped = new SkippedSample(2);

    @Test
    void shouldSendFullBatchesAsTheyFillAndTheRestAtTheEnd() {
        Batcher<Integer> batcher = new Batcher<>(3, this::record, skipped);

        for (int i = 1; i <= 7; i++) {
            batcher.row(i);
            assertThat(batcher.buffered()).isLessThan(3);
        }
        batcher.finish();

        assertThat(batches).containsExactly(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7));
        assertThat(numbers).containsExactly(1, 2, 3);
        assertThat(batcher.sent()).isEqualTo(7);
    }

    @Test
    void shouldCountAHeavyRowByItsWeightSoNoBatchOutgrowsTheSize() {
        Batcher<Integer> batcher = new Batcher<>(5, weight -> weight, this::record, skipped);

        for (int weight : new int[] {2, 2, 2, 7, 1, 0}) {
            batcher.row(weight);
        }
        batcher.finish();

        assertThat(batches)
                .as("a row that would overflow starts the next batch; one heavier than the size goes alone")
                .containsExactly(List.of(2, 2), List.of(2), List.of(7), List.of(1, 0));
    }

    @Test
    void shouldSendNothingForAFileWithoutGoodRows() {
        Batcher<Integer> batcher = new Batcher<>(3, this::record, skipped);

        batcher.finish();

        assertThat(batches).isEmpty();
    }

    @Test
    void shouldKeepOnlyTheFirstSkippedRows() {
        Batcher<Integer> batcher = new Batcher<>(3, this::record, skipped);

        for (int row = 1; row <= 4; row++) {
            batcher.skipped(new SkippedRow(row, row + 1, SkipReason.bad_status));
        }

        assertThat(skipped.rows()).extracting(SkippedRow::row).containsExactly(1L, 2L);
    }

    @Test
    void shouldCarryAFailedSendOutOfTheListener() {
        ApiCallException refused = new ApiCallException(400, "refused");
        Batcher<Integer> batcher = new Batcher<>(
                1,
                (batch, number) -> {
                    throw refused;
                },
                skipped);

        assertThatThrownBy(() -> batcher.row(1))
                .isInstanceOf(SendAbortedException.class)
                .hasCause(refused);
        assertThat(batcher.sent()).isZero();
    }

    private void record(List<Integer> batch, int number) {
        batches.add(List.copyOf(batch));
        numbers.add(number);
    }
}
