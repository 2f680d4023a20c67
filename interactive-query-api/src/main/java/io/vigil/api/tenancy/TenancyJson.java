package io.vigil.api.tenancy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.api.json.AvroJson;
import io.vigil.schema.telemetry.TelemetryRule;
import io.vigil.schema.tenancy.ProjectApiKey;
import io.vigil.schema.tenancy.Webhook;
import io.vigil.topology.telemetry.rule.Comparisons;
import org.apache.avro.generic.IndexedRecord;

/**
 * Tenancy entities as the API shows them: every field but the secrets and their hashes, and a rule's operator as
 * users write it ({@code >}), not as Avro stores it ({@code GT}).
 */
public final class TenancyJson {

    private static final AvroJson AVRO = new AvroJson();

    private TenancyJson() {}

    public static ObjectNode of(IndexedRecord entity) {
        ObjectNode json = AVRO.toJson(entity);
        if (entity instanceof ProjectApiKey) {
            json.remove("secret_sha256");
        }
        if (entity instanceof Webhook) {
            json.remove("secret");
        }
        if (entity instanceof TelemetryRule rule) {
            json.put("operator", Comparisons.symbol(rule.getOperator()));
        }
        return json;
    }
}
