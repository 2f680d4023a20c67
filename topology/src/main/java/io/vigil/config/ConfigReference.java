package io.vigil.config;

import java.util.Comparator;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;

/** Renders a {@link ConfigDef} as the Markdown table the README shows. */
final class ConfigReference {

    private ConfigReference() {}

    static String markdown(ConfigDef definition) {
        StringBuilder table = new StringBuilder("| key | type | default | valid values | description |\n")
                .append("|---|---|---|---|---|\n");
        definition.configKeys().values().stream()
                .sorted(Comparator.comparing((ConfigKey key) -> key.name))
                .forEach(key -> table.append("| `")
                        .append(key.name)
                        .append("` | ")
                        .append(key.type.name().toLowerCase(java.util.Locale.ROOT))
                        .append(" | ")
                        .append(defaultOf(key))
                        .append(" | ")
                        .append(key.validator == null ? "" : escape(key.validator.toString()))
                        .append(" | ")
                        .append(escape(key.documentation))
                        .append(" |\n"));
        return table.toString();
    }

    private static String defaultOf(ConfigKey key) {
        if (!key.hasDefault() || key.defaultValue == null) {
            return "";
        }
        String value = ConfigDef.convertToString(key.defaultValue, key.type);
        return value == null || value.isEmpty() ? "" : "`" + escape(value) + "`";
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
