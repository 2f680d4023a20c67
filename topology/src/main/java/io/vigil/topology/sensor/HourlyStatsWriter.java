package io.vigil.topology.sensor;

import io.vigil.schema.sensor.SensorHourContribution;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Adds each batch's contribution to a sensor's hour into {@value SensorNames#HOURLY_STATS_STORE}, one entry per
 * (sensor, hour, file): batches of the same read merge, a later read of the file replaces the entry (so a file read
 * again after a crash or a redelivered event is not counted twice), and a straggler of an earlier read is ignored.
 * The API merges the files of an hour when it reads.
 */
final class HourlyStatsWriter implements Processor<String, SensorHourContribution, Void, Void> {

    private KeyValueStore<String, SensorHourContribution> hourly;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.hourly = context.getStateStore(SensorNames.HOURLY_STATS_STORE);
    }

    @Override
    public void process(Record<String, SensorHourContribution> record) {
        SensorHourContribution contribution = record.value();
        if (contribution == null) {
            return;
        }
        String key = SensorKeys.hourly(
                contribution.getSensorId(), contribution.getHour().toEpochMilli(), contribution.getFileId());
        if (contribution.getStats() == null) {
            hourly.delete(key);
            return;
        }
        SensorHourContribution known = hourly.get(key);
        int order = known == null ? 1 : contribution.getReadStartedAt().compareTo(known.getReadStartedAt());
        if (order > 0) {
            hourly.put(key, contribution);
        } else if (order == 0) {
            hourly.put(
                    key,
                    SensorHourContribution.newBuilder(known)
                            .setStats(SensorStatsMath.merge(known.getStats(), contribution.getStats()))
                            .build());
        }
    }
}
