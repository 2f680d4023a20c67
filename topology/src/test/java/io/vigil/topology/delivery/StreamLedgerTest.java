package io.vigil.topology.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.vigil.schema.delivery.AlertKind;
import io.vigil.schema.delivery.DeliveryAlert;
import io.vigil.schema.delivery.DeliveryCalendar;
import io.vigil.schema.delivery.DeliveryStreamState;
import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.topology.delivery.state.StreamStates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class StreamLedgerTest {

    private static final Instant FRIDAY_6AM = Instant.parse("2026-03-27T06:00:00Z");
    /** 10:00 London plus 30 minutes' grace, in GMT until the Sunday. */
    private static final Instant FRIDAY_OVERDUE = Instant.parse("2026-03-27T10:30:00Z");

    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
    private final MockProcessorContext<String, StreamOutput> context = new MockProcessorContext<>();
    private final StreamLedger ledger = new StreamLedger(
            store("states", AvroSerde.of(DeliveryStreamState.class, registry)),
            store("due-index", Serdes.String()),
            store("alert-log", AvroSerde.of(DeliveryAlert.class, registry)),
            store("calendars", AvroSerde.of(DeliveryCalendar.class, registry)));

    @Test
    void shouldFindOnlyTheStreamsDueBySweepTime() {
        track("acme/orders", FRIDAY_6AM);

        assertThat(sweep(FRIDAY_OVERDUE.minusSeconds(1))).isEmpty();
        assertThat(sweep(FRIDAY_OVERDUE)).extracting(DeliveryAlert::getKind).containsExactly(AlertKind.overdue);
        assertThat(sweep(FRIDAY_OVERDUE.plusSeconds(60))).isEmpty();
    }

    @Test
    void shouldStillFindAStreamIndexedBeforeTheLastSweepWhenTheClockWentBack() {
        track("acme/orders", FRIDAY_6AM);
        Instant later = FRIDAY_OVERDUE.plusSeconds(3600);
        assertThat(sweep(later)).hasSize(1);

        track("acme/payments", FRIDAY_6AM);

        assertThat(sweep(later.plusSeconds(60)))
                .extracting(DeliveryAlert::getStreamId, DeliveryAlert::getKind)
                .containsExactly(tuple("payments", AlertKind.overdue));
    }

    private void track(String streamKey, Instant now) {
        String[] ids = streamKey.split("/");
        Expectation expectation = DeliveryFixture.dailyCutoff("Europe/London", FRIDAY_6AM)
                .setClientId(ids[0])
                .setStreamId(ids[1])
                .build();
        DeliveryStreamState initial = StreamStates.initial(expectation, ledger.cadence(expectation));
        assertThat(ledger.evaluateAndStore(streamKey, null, initial, now)).isEmpty();
    }

    private List<DeliveryAlert> sweep(Instant now) {
        List<DeliveryAlert> alerts = new ArrayList<>();
        ledger.sweep(now, (streamKey, owed) -> alerts.addAll(owed));
        return alerts;
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
