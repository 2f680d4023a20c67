package io.vigil.api.tenancy;

import io.vigil.api.json.JsonFields;
import io.vigil.schema.telemetry.RuleOperator;
import io.vigil.schema.telemetry.RuleScope;
import io.vigil.schema.telemetry.TelemetryRule;
import io.vigil.topology.telemetry.rule.Comparisons;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A rule as clients write it, applied to a rule builder: every field for {@code POST}, the fields present for
 * {@code PATCH}. The whole rule is checked afterwards, so that a patch cannot make it inconsistent (k above n, a TAG
 * rule without a tag).
 */
final class RuleDocument {

    static final Set<String> FIELDS = Set.of(
            "name",
            "metric",
            "operator",
            "threshold",
            "window_n",
            "required_k",
            "cooldown_seconds",
            "scope",
            "tag",
            "enabled");
    static final long MAX_COOLDOWN_SECONDS = 366L * 86_400;

    private RuleDocument() {}

    /** Sets on {@code rule} every field present in {@code fields}, recording what is wrong with them. */
    static void apply(JsonFields fields, TelemetryRule.Builder rule) {
        if (fields.isPresent("name")) {
            Optional.ofNullable(TenancyFields.optional(fields, "name", TenancyFields.MAX_NAME))
                    .ifPresent(rule::setName);
        }
        if (fields.isPresent("metric")) {
            Optional.ofNullable(TenancyFields.optional(fields, "metric", TenancyFields.MAX_ID))
                    .ifPresent(rule::setMetric);
        }
        if (fields.isPresent("operator")) {
            String symbol = fields.text("operator");
            Optional<RuleOperator> operator = symbol == null ? Optional.empty() : Comparisons.parse(symbol);
            operator.ifPresentOrElse(
                    rule::setOperator, () -> fields.error("operator", "must be one of >, >=, <, <=, ==, !="));
        }
        if (fields.isPresent("threshold")) {
            Optional.ofNullable(fields.number("threshold")).ifPresent(rule::setThreshold);
        }
        if (fields.isPresent("window_n")) {
            Optional.ofNullable(fields.integer("window_n")).ifPresent(rule::setWindowN);
        }
        if (fields.isPresent("required_k")) {
            Optional.ofNullable(fields.integer("required_k")).ifPresent(rule::setRequiredK);
        }
        if (fields.isPresent("cooldown_seconds")) {
            Optional.ofNullable(fields.longValue("cooldown_seconds")).ifPresent(rule::setCooldownSeconds);
        }
        if (fields.isPresent("scope")) {
            String scope = fields.text("scope");
            try {
                rule.setScope(RuleScope.valueOf(scope == null ? "" : scope.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                fields.error("scope", "must be ALL, TAG or EXPLICIT");
            }
        }
        if (fields.isPresent("tag")) {
            Optional.ofNullable(TenancyFields.optional(fields, "tag", DeviceRoutes.MAX_TAG))
                    .ifPresent(rule::setTag);
        }
        if (fields.isPresent("enabled")) {
            Optional.ofNullable(fields.bool("enabled")).ifPresent(rule::setEnabled);
        }
    }

    /** Records what makes the rule as a whole invalid. */
    static void check(TelemetryRule.Builder rule, JsonFields fields, int maxWindowN) {
        Map<String, Boolean> required = Map.of(
                "name", rule.hasName(),
                "metric", rule.hasMetric(),
                "operator", rule.hasOperator(),
                "threshold", rule.hasThreshold(),
                "window_n", rule.hasWindowN(),
                "required_k", rule.hasRequiredK());
        required.forEach((name, present) -> {
            if (!present) {
                fields.error(name, "is required");
            }
        });
        if (rule.hasWindowN() && (rule.getWindowN() < 1 || rule.getWindowN() > maxWindowN)) {
            fields.error("window_n", "must be within 1.." + maxWindowN);
        }
        if (rule.hasRequiredK() && rule.getRequiredK() < 1) {
            fields.error("required_k", "must be at least 1");
        }
        if (rule.hasRequiredK() && rule.hasWindowN() && rule.getRequiredK() > rule.getWindowN()) {
            fields.error("required_k", "must not exceed window_n (" + rule.getWindowN() + ")");
        }
        if (rule.getCooldownSeconds() < 0 || rule.getCooldownSeconds() > MAX_COOLDOWN_SECONDS) {
            fields.error("cooldown_seconds", "must be within 0.." + MAX_COOLDOWN_SECONDS);
        }
        if (rule.getScope() == RuleScope.TAG && rule.getTag() == null) {
            fields.error("tag", "is required when scope is TAG");
        }
    }
}
