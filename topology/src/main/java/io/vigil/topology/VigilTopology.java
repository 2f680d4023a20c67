package io.vigil.topology;

import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.s3.BucketActivity;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.topology.ingress.IngressTopology;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;

/** Assembles Vigil's topology from one sub-topology per domain. */
public final class VigilTopology {

    private VigilTopology() {}

    public static Topology build(SchemaRegistry registry, java.util.Properties streamsProperties) {
        StreamsBuilder builder = new StreamsBuilder();
        IngressTopology.build(
                builder, AvroSerde.of(S3ObjectEvent.class, registry), AvroSerde.of(BucketActivity.class, registry));
        return builder.build(streamsProperties);
    }
}
