package io.vigil.topology.telemetry;

import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.RuleWindow;
import io.vigil.schema.telemetry.TelemetryAlert;
import io.vigil.schema.telemetry.TelemetryBatch;
import io.vigil.schema.telemetry.TelemetryRule;
import io.vigil.schema.telemetry.WebhookDelivery;
import io.vigil.schema.tenancy.Device;
import io.vigil.schema.tenancy.Org;
import io.vigil.schema.tenancy.Project;
import io.vigil.schema.tenancy.ProjectApiKey;
import io.vigil.schema.tenancy.Webhook;
import org.apache.kafka.common.serialization.Serde;

/** The Avro serdes of the tenancy and telemetry domain, all against one registry. */
public record TelemetrySerdes(
        Serde<Org> orgs,
        Serde<Project> projects,
        Serde<Device> devices,
        Serde<ProjectApiKey> apiKeys,
        Serde<TelemetryRule> rules,
        Serde<Webhook> webhooks,
        AvroSerde<TelemetryBatch> batches,
        Serde<RuleWindow> windows,
        Serde<TelemetryAlert> alerts,
        Serde<WebhookDelivery> deliveries) {

    public static TelemetrySerdes of(SchemaRegistry registry) {
        return new TelemetrySerdes(
                AvroSerde.of(Org.class, registry),
                AvroSerde.of(Project.class, registry),
                AvroSerde.of(Device.class, registry),
                AvroSerde.of(ProjectApiKey.class, registry),
                AvroSerde.of(TelemetryRule.class, registry),
                AvroSerde.of(Webhook.class, registry),
                AvroSerde.of(TelemetryBatch.class, registry),
                AvroSerde.of(RuleWindow.class, registry),
                AvroSerde.of(TelemetryAlert.class, registry),
                AvroSerde.of(WebhookDelivery.class, registry));
    }
}
