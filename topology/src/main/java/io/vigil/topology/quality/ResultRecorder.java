package io.vigil.topology.quality;

import io.vigil.schema.quality.CheckResult;
import io.vigil.schema.quality.DataQualityResult;
import io.vigil.schema.quality.ObjectOutcome;
import io.vigil.schema.quality.QualityPassCounts;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the latest result of every object and sends the summary what each new result changes: the object's old result
 * taken away, the new one added. An object checked twice (the reader may read it again after a crash) therefore
 * counts once.
 */
final class ResultRecorder implements Processor<String, DataQualityResult, String, QualityPassCounts> {

    private ProcessorContext<String, QualityPassCounts> context;
    private KeyValueStore<String, DataQualityResult> results;

    @Override
    public void init(ProcessorContext<String, QualityPassCounts> context) {
        this.context = context;
        this.results = context.getStateStore(QualityNames.RESULTS_STORE);
    }

    @Override
    public void process(Record<String, DataQualityResult> record) {
        DataQualityResult result = record.value();
        if (record.key() == null || result == null) {
            return;
        }
        DataQualityResult previous = results.get(record.key());
        results.put(record.key(), result);
        if (previous != null) {
            forward(record, previous, -1);
        }
        forward(record, result, 1);
    }

    private void forward(Record<String, DataQualityResult> record, DataQualityResult result, long sign) {
        QualityPassCounts change = change(result, sign);
        String key = SummaryKeys.of(change.getBucket(), change.getPrefix(), change.getHour());
        context.forward(record.withKey(key).withValue(change));
    }

    static QualityPassCounts change(DataQualityResult result, long sign) {
        Map<String, Long> failures = new HashMap<>();
        for (CheckResult check : result.getChecks()) {
            if (!check.getPassed()) {
                String name = check.getColumn() == null ? check.getCheck() : check.getCheck() + ":" + check.getColumn();
                failures.merge(name, sign, Long::sum);
            }
        }
        return QualityPassCounts.newBuilder()
                .setBucket(result.getBucket())
                .setPrefix(result.getRulePrefix())
                .setHour(result.getEventTime().truncatedTo(ChronoUnit.HOURS))
                .setObjects(sign)
                .setPassed(result.getPassed() ? sign : 0)
                .setMissing(result.getOutcome() == ObjectOutcome.CHECKED ? 0 : sign)
                .setCheckFailures(failures)
                .build();
    }
}
