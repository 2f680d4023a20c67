package io.vigil.topology.sensor;

import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.sensor.SensorFileAggregate;
import io.vigil.schema.sensor.SensorFileRecord;
import io.vigil.schema.sensor.SensorFileSeries;
import io.vigil.schema.sensor.SensorFileUploaded;
import io.vigil.schema.sensor.SensorHourContribution;
import io.vigil.schema.sensor.SensorStats;
import io.vigil.schema.serde.AvroSerde;
import org.apache.kafka.common.serialization.Serde;

/** The Avro serdes of the sensor domain, all against one registry. */
public record SensorSerdes(
        Serde<SensorFileUploaded> uploads,
        Serde<SensorFileRecord> records,
        Serde<SensorFileAggregate> aggregates,
        Serde<SensorStats> stats,
        Serde<SensorFileSeries> series,
        Serde<SensorHourContribution> contributions) {

    public static SensorSerdes of(SchemaRegistry registry) {
        return new SensorSerdes(
                AvroSerde.of(SensorFileUploaded.class, registry),
                AvroSerde.of(SensorFileRecord.class, registry),
                AvroSerde.of(SensorFileAggregate.class, registry),
                AvroSerde.of(SensorStats.class, registry),
                AvroSerde.of(SensorFileSeries.class, registry),
                AvroSerde.of(SensorHourContribution.class, registry));
    }
}
