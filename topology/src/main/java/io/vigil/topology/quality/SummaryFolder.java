package io.vigil.topology.quality;

import io.vigil.schema.quality.QualityPassCounts;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Adds the changes of results to the counts of their rule and hour; an hour whose objects all went is removed. */
final class SummaryFolder implements Processor<String, QualityPassCounts, Void, Void> {

    private KeyValueStore<String, QualityPassCounts> summary;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.summary = context.getStateStore(QualityNames.SUMMARY_STORE);
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
