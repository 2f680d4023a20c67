package io.vigil.topology.uptime.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.uptime.ReportPart;
import io.vigil.schema.uptime.ReportPartKind;
import io.vigil.schema.uptime.ReportRow;
import io.vigil.schema.uptime.ReportStatus;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class ReportLedgerTest {

    private static final String REPORT = "0b4a9a3e-5f7c-4d0e-9a51-1f2e3d4c5b6a";

    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
    private final MockProcessorContext<String, ReportOutput> context = new MockProcessorContext<>();
    private final KeyValueStore<String, ReportStatus> statuses =
            store("statuses", AvroSerde.of(ReportStatus.class, registry));
    private final KeyValueStore<String, ReportPart> parts = store("parts", AvroSerde.of(ReportPart.class, registry));
    private final KeyValueStore<String, String> deadlines = store("deadlines", Serdes.String());

    @Test
    void shouldWaitForEveryChunkUpToEachPartitionsLast() {
        ReportLedger ledger = ledger();
        ledger.addPart(rows(0, 1, true));
        ledger.addPart(rows(1, 0, true));
        assertThat(ledger.allAnswered(REPORT, ReportPartKind.rows, 2)).isFalse();

        ledger.addPart(rows(0, 0, false));

        assertThat(ledger.allAnswered(REPORT, ReportPartKind.rows, 2)).isTrue();
        assertThat(ledger.allAnswered(REPORT, ReportPartKind.rows, 3)).isFalse();
        assertThat(ledger.allAnswered(REPORT, ReportPartKind.latest_poll, 2)).isFalse();
    }

    @Test
    void shouldCountThePartsStoredBeforeTheTaskRestarted() {
        ReportLedger before = ledger();
        before.addPart(rows(0, 0, false));
        before.addPart(rows(0, 1, true));

        ReportLedger after = ledger();
        assertThat(after.addPart(rows(0, 1, true))).isFalse();
        after.addPart(rows(1, 0, true));

        assertThat(after.allAnswered(REPORT, ReportPartKind.rows, 2)).isTrue();
        ledger().deleteParts(REPORT, ReportPartKind.rows);
        assertThat(ledger().parts(REPORT, ReportPartKind.rows)).isEmpty();
    }

    @Test
    void shouldStartCountingAfreshOnceAReportsPartsAreDeleted() {
        ReportLedger ledger = ledger();
        ledger.addPart(rows(0, 0, true));
        assertThat(ledger.allAnswered(REPORT, ReportPartKind.rows, 1)).isTrue();

        ledger.deleteParts(REPORT, ReportPartKind.rows);

        assertThat(ledger.allAnswered(REPORT, ReportPartKind.rows, 1)).isFalse();
        assertThat(ledger.parts(REPORT, ReportPartKind.rows)).isEmpty();
    }

    private ReportLedger ledger() {
        return new ReportLedger(statuses, parts, deadlines, Duration.ofMinutes(15));
    }

    private static ReportPart rows(int partition, int chunk, boolean last) {
        List<ReportRow> rows = List.of(new ReportRow("s" + partition + chunk, "row"));
        return new ReportPart(REPORT, ReportPartKind.rows, partition, chunk, last, rows, null);
    }

    private <V> KeyValueStore<String, V> store(String name, Serde<V> values) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(
                        Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
                .withLoggingDisabled()
                .build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
