package io.vigil.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class DeliveryBookTest {

    private static final TopicPartition PARTITION = new TopicPartition("vigil.uptime.alerts", 0);
    private static final Instant NOW = Instant.parse("2026-11-23T20:00:00Z");

    private final DeliveryBook book = new DeliveryBook();

    @Test
    void shouldCommitOnlyUpToTheOldestAlertWithAnUnfinishedDelivery() {
        List<PendingDelivery> first = hold(0, "w1", "w2");
        book.skipped(PARTITION, 1);
        List<PendingDelivery> third = hold(2, "w1");

        book.finished(third.get(0));
        book.finished(first.get(0));
        assertThat(book.committable()).isEqualTo(Map.of(PARTITION, new OffsetAndMetadata(0)));
        assertThat(book.unfinished()).isEqualTo(1);

        book.finished(first.get(1));
        assertThat(book.committable()).isEqualTo(Map.of(PARTITION, new OffsetAndMetadata(3)));
        assertThat(book.unfinished()).isZero();
    }

    @Test
    void shouldHandOutDeliveriesInTheOrderTheyAreDue() {
        List<PendingDelivery> deliveries = hold(0, "w1", "w2", "w3");
        deliveries.get(0).dueAt(NOW.plusSeconds(5));
        deliveries.get(1).dueAt(NOW.plusSeconds(1));
        deliveries.get(2).dueAt(NOW.plusSeconds(9));
        deliveries.forEach(book::schedule);

        assertThat(book.takeDue(NOW)).isNull();
        assertThat(book.takeDue(NOW.plusSeconds(6)).webhookId()).isEqualTo("w2");
        assertThat(book.takeDue(NOW.plusSeconds(6)).webhookId()).isEqualTo("w1");
        assertThat(book.takeDue(NOW.plusSeconds(6))).isNull();
    }

    @Test
    void shouldDropWhatItHeldOfARevokedPartitionAndIgnoreLateOutcomes() {
        List<PendingDelivery> inFlight = hold(0, "w1");
        List<PendingDelivery> queued = hold(1, "w1");
        queued.forEach(book::schedule);

        book.forget(List.of(PARTITION));
        book.finished(inFlight.get(0));
        book.schedule(inFlight.get(0));

        assertThat(book.unfinished()).isZero();
        assertThat(book.takeDue(NOW.plusSeconds(60))).isNull();
        assertThat(book.committable()).isEmpty();
    }

    /** Polls an alert at {@code offset} with one delivery per webhook, due now, not yet scheduled. */
    private List<PendingDelivery> hold(long offset, String... webhooks) {
        AlertMessage message = new AlertMessage(EventType.UPTIME_ALERT, "a" + offset, null, new byte[0]);
        PolledAlert alert = new PolledAlert(PARTITION, offset, message, webhooks.length);
        book.polled(alert);
        return Arrays.stream(webhooks)
                .map(webhook -> new PendingDelivery(alert, "p1", webhook, NOW))
                .toList();
    }
}
