package io.vigil.topology.quality;

import io.vigil.schema.quality.DataQualityResult;
import io.vigil.schema.quality.QualityPassCounts;
import io.vigil.schema.quality.QualityRule;
import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import org.apache.kafka.common.serialization.Serde;

/** The Avro serdes of the quality domain, all against one registry. */
public record QualitySerdes(
        Serde<QualityRule> rules, Serde<DataQualityResult> results, Serde<QualityPassCounts> counts) {

    public static QualitySerdes of(SchemaRegistry registry) {
        return new QualitySerdes(
                AvroSerde.of(QualityRule.class, registry),
                AvroSerde.of(DataQualityResult.class, registry),
                AvroSerde.of(QualityPassCounts.class, registry));
    }
}
