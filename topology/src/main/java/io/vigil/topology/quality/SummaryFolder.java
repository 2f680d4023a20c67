package io.vigil.topology.quality;

import io.vigil.schema.quality.QualityPassCounts;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Adds the changes of results to the counts of their rule and hour; an hour whose objects all went is removed, and so
 * is an hour older than the retention (a wall-clock punctuator walks the counts: one entry per rule and hour).
 */
final class SummaryFolder implements Processor<String, QualityPassCounts, Void, Void> {

    private final Duration retention;
    private KeyValueStore<String, QualityPassCounts> summary;

    SummaryFolder(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.summary = context.getStateStore(QualityNames.SUMMARY_STORE);
        context.schedule(
                ResultRecorder.EXPIRY_INTERVAL,
                PunctuationType.WALL_CLOCK_TIME,
                now -> expire(Instant.ofEpochMilli(now)));
    }

    private void expire(Instant now) {
        Instant oldest = now.minus(retention).truncatedTo(ChronoUnit.HOURS);
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, QualityPassCounts> hours = summary.all()) {
            hours.forEachRemaining(hour -> {
                if (hour.value.getHour().isBefore(oldest)) {
                    expired.add(hour.key);
                }
            });
        }
        expired.forEach(key -> summary.put(key, null));
    }

    @Override
    public void process(Record<String, QualityPassCounts> record) {
        QualityPassCounts change = record.value();
        if (record.key() == null || change == null) {
            return;
        }
        QualityPassCounts current = summary.get(record.key());
        QualityPassCounts sum = current == null ? change : add(current, change);
        summary.put(record.key(), sum.getObjects() <= 0 ? null : sum);
    }

    private static QualityPassCounts add(QualityPassCounts current, QualityPassCounts change) {
        Map<String, Long> failures = new HashMap<>(current.getCheckFailures());
        change.getCheckFailures().forEach((check, count) -> failures.merge(check, count, Long::sum));
        failures.values().removeIf(count -> count == 0);
        return QualityPassCounts.newBuilder(current)
                .setObjects(current.getObjects() + change.getObjects())
                .setPassed(current.getPassed() + change.getPassed())
                .setMissing(current.getMissing() + change.getMissing())
                .setCheckFailures(failures)
                .build();
    }
}
