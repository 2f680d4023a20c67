package io.vigil.api.tenancy;

import io.vigil.api.query.QueryableStore;
import io.vigil.schema.telemetry.TelemetryRule;
import io.vigil.schema.tenancy.Device;
import io.vigil.schema.tenancy.Org;
import io.vigil.schema.tenancy.Project;
import io.vigil.schema.tenancy.ProjectApiKey;
import io.vigil.schema.tenancy.Webhook;
import io.vigil.topology.telemetry.TelemetryNames;

/** The global tenancy stores the API reads: every instance holds each of them whole. */
public final class TenancyStores {

    public static final QueryableStore<String, Org> ORGS = QueryableStore.avro(TelemetryNames.ORGS_STORE);
    public static final QueryableStore<String, Project> PROJECTS = QueryableStore.avro(TelemetryNames.PROJECTS_STORE);
    /** Keyed {@code projectId/deviceId}. */
    public static final QueryableStore<String, Device> DEVICES = QueryableStore.avro(TelemetryNames.DEVICES_STORE);
    /** Keyed by key prefix. */
    public static final QueryableStore<String, ProjectApiKey> API_KEYS =
            QueryableStore.avro(TelemetryNames.API_KEYS_STORE);
    /** Keyed {@code projectId/ruleId}. */
    public static final QueryableStore<String, TelemetryRule> RULES = QueryableStore.avro(TelemetryNames.RULES_STORE);
    /** Keyed {@code projectId/webhookId}. */
    public static final QueryableStore<String, Webhook> WEBHOOKS = QueryableStore.avro(TelemetryNames.WEBHOOKS_STORE);

    private TenancyStores() {}
}
