package io.vigil.topology.quality;

import io.vigil.schema.quality.CheckResult;
import io.vigil.schema.quality.DataQualityResult;
import io.vigil.schema.quality.ObjectOutcome;
import io.vigil.schema.quality.QualityPassCounts;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the latest result of every object and sends the summary what each new result changes: the object's old result
 * taken away, the new one added. An object checked twice (the reader may read it again after a crash) therefore
 * counts once. Results are kept for the retention by check time: a wall-clock punctuator removes older ones through
 * a time-ordered twin store, without scanning the results. Removing a result leaves the counts alone; they have a
 * retention of their own.
 */
final class ResultRecorder implements Processor<String, DataQualityResult, String, QualityPassCounts> {

    static final Duration EXPIRY_INTERVAL = Duration.ofHours(1);
    private static final String SEPARATOR = "|";

    private final Duration retention;
    private ProcessorContext<String, QualityPassCounts> context;
    private KeyValueStore<String, DataQualityResult> results;
    private KeyValueStore<String, String> byCheckTime;

    ResultRecorder(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, QualityPassCounts> context) {
        this.context = context;
        this.results = context.getStateStore(QualityNames.RESULTS_STORE);
        this.byCheckTime = context.getStateStore(QualityNames.RESULTS_EXPIRY_STORE);
        context.schedule(EXPIRY_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> expire(Instant.ofEpochMilli(now)));
    }

    @Override
    public void process(Record<String, DataQualityResult> record) {
        DataQualityResult result = record.value();
        if (record.key() == null || result == null) {
            return;
        }
        DataQualityResult previous = results.get(record.key());
        results.put(record.key(), result);
        byCheckTime.put(expiryKey(result.getCheckedAt(), record.key()), record.key());
        if (previous != null) {
            if (!previous.getCheckedAt().equals(result.getCheckedAt())) {
                byCheckTime.put(expiryKey(previous.getCheckedAt(), record.key()), null);
            }
            forward(record, previous, -1);
        }
        forward(record, result, 1);
    }

    private void expire(Instant now) {
        List<KeyValue<String, String>> expired = new ArrayList<>();
        try (KeyValueIterator<String, String> old = byCheckTime.range(null, expiryKey(now.minus(retention), ""))) {
            old.forEachRemaining(expired::add);
        }
        for (KeyValue<String, String> entry : expired) {
            results.put(entry.value, null);
            byCheckTime.put(entry.key, null);
        }
    }

    /** Check time first, fixed-width so that keys sort by it. */
    static String expiryKey(Instant checkedAt, String resultKey) {
        return String.format("%020d", checkedAt.toEpochMilli()) + SEPARATOR + resultKey;
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
