package io.vigil.topology.telemetry.rule;

import io.vigil.schema.telemetry.TelemetryRule;
import io.vigil.schema.tenancy.Device;

/** Which devices a rule watches: all of its project's, those carrying a tag, or those assigned to it. */
public final class RuleScopes {

    private RuleScopes() {}

    public static boolean applies(TelemetryRule rule, Device device) {
        if (!rule.getProjectId().equals(device.getProjectId())) {
            return false;
        }
        return switch (rule.getScope()) {
            case ALL -> true;
            case TAG -> rule.getTag() != null && device.getTags().contains(rule.getTag());
            case EXPLICIT -> rule.getDeviceIds().contains(device.getDeviceId());
        };
    }
}
