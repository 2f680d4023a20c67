package io.vigil.topology.sensor;

import io.vigil.schema.sensor.SensorHourContribution;
import io.vigil.schema.sensor.SensorStats;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each file's contribution to a sensor's hour in {@value SensorNames#HOURLY_STATS_STORE} as it is, one entry per
 * (sensor, hour, file): a file read again replaces its own entries instead of adding to them, and the API merges the
 * files of an hour when it reads.
 */
final class HourlyStatsWriter implements Processor<String, SensorHourContribution, Void, Void> {

    private KeyValueStore<String, SensorStats> hourly;

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
        } else {
            hourly.put(key, contribution.getStats());
        }
    }
}
