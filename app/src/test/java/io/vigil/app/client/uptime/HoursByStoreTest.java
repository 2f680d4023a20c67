package io.vigil.app.client.uptime;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.app.uptime.importer.HoursRow;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoursByStoreTest {

    private final List<List<StoreIntervals>> batches = new ArrayList<>();
    private final HoursByStore grouping = new HoursByStore(
            new Batcher<>(2, (batch, number) -> batches.add(List.copyOf(batch)), new SkippedSample(0)));

    @Test
    void shouldGatherTheScatteredRowsOfEachStoreIntoOneDocument() {
        HoursRow a1 = row("a", 0, 10, 14);
        HoursRow b1 = row("b", 1, 9, 17);
        HoursRow a2 = row("a", 0, 17, 22);
        HoursRow c1 = row("c", 4, 18, 2);
        HoursRow a3 = row("a", 6, 0, 0);

        for (HoursRow row : List.of(a1, b1, a2, c1, a3)) {
            grouping.row(row);
        }
        assertThat(batches).as("nothing is sent before the whole file is read").isEmpty();
        grouping.finish();

        assertThat(batches)
                .containsExactly(
                        List.of(new StoreIntervals("a", List.of(a1, a2, a3)), new StoreIntervals("b", List.of(b1))),
                        List.of(new StoreIntervals("c", List.of(c1))));
        assertThat(grouping.rowsSent()).isEqualTo(5);
        assertThat(grouping.storesSent()).isEqualTo(3);
    }

    @Test
    void shouldSendNoDocumentForAStoreWithoutRows() {
        grouping.finish();

        assertThat(batches).isEmpty();
        assertThat(grouping.storesSent()).isZero();
    }

    private static HoursRow row(String store, int day, int startHour, int endHour) {
        return new HoursRow(store, day, LocalTime.of(startHour, 0), LocalTime.of(endHour, 0));
    }
}
