package io.vigil.topology;

import io.vigil.config.VigilConfig;
import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.s3.BucketActivity;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.topology.delivery.DeliverySerdes;
import io.vigil.topology.delivery.DeliveryTopology;
import io.vigil.topology.ingress.IngressTopology;
import io.vigil.topology.quality.QualitySerdes;
import io.vigil.topology.quality.QualityTopology;
import io.vigil.topology.sensor.SensorSerdes;
import io.vigil.topology.sensor.SensorTopology;
import io.vigil.topology.telemetry.TelemetrySerdes;
import io.vigil.topology.telemetry.TelemetrySettings;
import io.vigil.topology.telemetry.TelemetryTopology;
import io.vigil.topology.uptime.UptimeSerdes;
import io.vigil.topology.uptime.UptimeSettings;
import io.vigil.topology.uptime.UptimeTopology;
import io.vigil.topology.uptime.alert.AlertSettings;
import io.vigil.topology.uptime.report.ReportObjects;
import io.vigil.topology.uptime.report.ReportSerdes;
import io.vigil.topology.uptime.report.ReportSettings;
import io.vigil.topology.uptime.report.ReportTopology;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.KStream;

/** Assembles Vigil's topology from one sub-topology per domain. */
public final class VigilTopology {

    private VigilTopology() {}

    /** Without an object store for uptime reports: every report fails (tests and benchmarks of other domains). */
    public static Topology build(SchemaRegistry registry, VigilConfig config, Properties streamsProperties) {
        return build(registry, config, streamsProperties, ReportObjects.unavailable());
    }

    /** @param reportObjects where finished uptime report CSVs are stored */
    public static Topology build(
            SchemaRegistry registry, VigilConfig config, Properties streamsProperties, ReportObjects reportObjects) {
        // built with the instance's settings, so that topology-level ones (e.g. processor.wrapper.class) apply
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProperties)));
        int partitions = config.defaultPartitions();
        KStream<String, S3ObjectEvent> objectsByBucket = IngressTopology.build(
                builder,
                AvroSerde.of(S3ObjectEvent.class, registry),
                AvroSerde.of(BucketActivity.class, registry),
                partitions);
        DeliveryTopology.build(
                builder,
                DeliverySerdes.of(registry),
                objectsByBucket,
                config.deliverySweepInterval(),
                config.deliveryHistoryRetention(),
                partitions);
        QualityTopology.build(builder, QualitySerdes.of(registry), partitions, config.qualityRetention());
        SensorTopology.build(builder, SensorSerdes.of(registry), partitions);
        UptimeTopology.build(
                builder, UptimeSerdes.of(registry), UptimeSettings.from(config), AlertSettings.from(config));
        ReportTopology.build(
                builder,
                ReportSerdes.of(registry),
                UptimeSettings.from(config),
                ReportSettings.from(config),
                reportObjects);
        TelemetryTopology.build(builder, TelemetrySerdes.of(registry), TelemetrySettings.from(config));
        return builder.build(streamsProperties);
    }
}
