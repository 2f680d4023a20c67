package io.vigil.topology.uptime.report;

import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.uptime.ReportPart;
import io.vigil.schema.uptime.ReportRequest;
import io.vigil.schema.uptime.ReportStatus;
import org.apache.kafka.common.serialization.Serde;

/** The Avro serdes of the uptime reports, all against one registry. */
public record ReportSerdes(Serde<ReportRequest> requests, Serde<ReportPart> parts, Serde<ReportStatus> statuses) {

    public static ReportSerdes of(SchemaRegistry registry) {
        return new ReportSerdes(
                AvroSerde.of(ReportRequest.class, registry),
                AvroSerde.of(ReportPart.class, registry),
                AvroSerde.of(ReportStatus.class, registry));
    }
}
