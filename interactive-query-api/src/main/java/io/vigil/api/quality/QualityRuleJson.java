package io.vigil.api.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.api.json.JsonFields;
import io.vigil.schema.quality.ColumnRule;
import io.vigil.schema.quality.ColumnType;
import io.vigil.schema.quality.CsvRules;
import io.vigil.schema.quality.QualityRule;
import io.vigil.topology.delivery.expectation.FieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a data-quality rule from the JSON of {@code PUT /quality/rules/{bucket}}: every field checked, every problem
 * named by its JSON path, unknown fields refused (a misspelt check would otherwise silently check nothing).
 */
final class QualityRuleJson {

    static final int MAX_LIST = 1000;
    static final int MAX_NAME_CHARS = 256;
    private static final int MAX_EXTENSION_CHARS = 16;

    private static final Set<String> RULE_FIELDS = Set.of(
            "enabled",
            "non_empty",
            "min_size_bytes",
            "max_size_bytes",
            "extensions",
            "content_types",
            "max_age_seconds",
            "csv");
    private static final Set<String> CSV_FIELDS =
            Set.of("header_required", "expected_columns", "min_rows", "columns", "max_duplicate_rows");
    private static final Set<String> COLUMN_FIELDS = Set.of("name", "type", "allowed_values", "max_blank_ratio");

    private QualityRuleJson() {}

    /** The problems of a rule, or the rule itself. */
    record Parsed(QualityRule rule, List<FieldError> errors) {}

    static Parsed fromJson(JsonNode body, String bucket, String prefix, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (!body.isObject()) {
            return new Parsed(null, List.of(new FieldError("body", "must be a JSON object")));
        }
        JsonFields in = new JsonFields((ObjectNode) body, "", errors);
        in.rejectUnknown(RULE_FIELDS);
        Long minSize = nonNegative(in, "min_size_bytes");
        Long maxSize = nonNegative(in, "max_size_bytes");
        if (minSize != null && maxSize != null && minSize > maxSize) {
            in.error("min_size_bytes", "is larger than max_size_bytes");
        }
        Long maxAge = in.longValue("max_age_seconds");
        if (maxAge != null && maxAge < 1) {
            in.error("max_age_seconds", "must be at least 1");
        }
        QualityRule rule = QualityRule.newBuilder()
                .setBucket(bucket)
                .setPrefix(prefix)
                .setEnabled(orElse(in.bool("enabled"), true))
                .setNonEmpty(orElse(in.bool("non_empty"), false))
                .setMinSizeBytes(minSize)
                .setMaxSizeBytes(maxSize)
                .setExtensions(extensions(in))
                .setContentTypes(contentTypes(in))
                .setMaxAgeSeconds(maxAge)
                .setCsv(in.isPresent("csv") ? csv(in.object("csv")) : null)
                .setUpdatedAt(now)
                .build();
        return new Parsed(errors.isEmpty() ? rule : null, List.copyOf(errors));
    }

    private static CsvRules csv(JsonFields csv) {
        if (csv == null) {
            return null;
        }
        csv.rejectUnknown(CSV_FIELDS);
        List<String> expected = bounded(csv, "expected_columns", csv.texts("expected_columns"));
        if (expected != null) {
            names(csv, "expected_columns", expected);
        }
        List<ColumnRule> columns = new ArrayList<>();
        List<JsonFields> columnFields = bounded(csv, "columns", csv.objects("columns"));
        if (columnFields != null) {
            columnFields.forEach(column -> columns.add(column(column)));
        }
        return CsvRules.newBuilder()
                .setHeaderRequired(orElse(csv.bool("header_required"), true))
                .setExpectedColumns(expected)
                .setMinRows(nonNegative(csv, "min_rows"))
                .setColumns(columns)
                .setMaxDuplicateRows(nonNegative(csv, "max_duplicate_rows"))
                .build();
    }

    private static ColumnRule column(JsonFields column) {
        if (column == null) {
            return ColumnRule.newBuilder().setName("").build();
        }
        column.rejectUnknown(COLUMN_FIELDS);
        String name = column.text("name");
        if (name == null || name.isBlank() || name.length() > MAX_NAME_CHARS) {
            column.error("name", "is required: 1-" + MAX_NAME_CHARS + " characters");
        }
        ColumnType type = type(column);
        List<String> allowed = bounded(column, "allowed_values", column.texts("allowed_values"));
        if (type == ColumnType.ENUM && (allowed == null || allowed.isEmpty())) {
            column.error("allowed_values", "is required for an ENUM column");
        }
        if (type != ColumnType.ENUM && allowed != null && !allowed.isEmpty()) {
            column.error("allowed_values", "applies only to an ENUM column");
        }
        Double blankRatio = column.number("max_blank_ratio");
        if (blankRatio != null && (blankRatio < 0 || blankRatio > 1)) {
            column.error("max_blank_ratio", "must be between 0 and 1");
        }
        return ColumnRule.newBuilder()
                .setName(name == null ? "" : name.trim())
                .setType(type)
                .setAllowedValues(allowed == null ? List.of() : allowed)
                .setMaxBlankRatio(blankRatio)
                .build();
    }

    private static ColumnType type(JsonFields column) {
        String type = column.text("type");
        if (type == null) {
            return null;
        }
        try {
            return ColumnType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            column.error("type", JsonFields.quote(type) + " is not one of INTEGER, DECIMAL, TIMESTAMP, ENUM");
            return null;
        }
    }

    private static List<String> extensions(JsonFields in) {
        List<String> extensions = bounded(in, "extensions", in.texts("extensions"));
        if (extensions == null) {
            return List.of();
        }
        List<String> lower = new ArrayList<>();
        for (int i = 0; i < extensions.size(); i++) {
            String extension = extensions.get(i);
            if (extension == null || !isExtension(extension)) {
                in.error("extensions[" + i + "]", "must be 1-" + MAX_EXTENSION_CHARS + " letters or digits, no dot");
            } else {
                lower.add(extension.toLowerCase(Locale.ROOT));
            }
        }
        return lower;
    }

    private static List<String> contentTypes(JsonFields in) {
        List<String> types = bounded(in, "content_types", in.texts("content_types"));
        if (types == null) {
            return List.of();
        }
        List<String> lower = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i);
            if (type == null || !isMediaType(type)) {
                in.error("content_types[" + i + "]", "must be a media type such as text/csv, without parameters");
            } else {
                lower.add(type.toLowerCase(Locale.ROOT));
            }
        }
        return lower;
    }

    private static void names(JsonFields in, String field, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || name.isBlank() || name.length() > MAX_NAME_CHARS) {
                in.error(field + "[" + i + "]", "must be 1-" + MAX_NAME_CHARS + " characters");
            } else if (!seen.add(name.trim().toLowerCase(Locale.ROOT))) {
                in.error(field + "[" + i + "]", JsonFields.quote(name) + " appears twice");
            }
        }
    }

    private static <T> List<T> bounded(JsonFields in, String field, List<T> values) {
        if (values != null && values.size() > MAX_LIST) {
            in.error(field, "has " + values.size() + " entries; at most " + MAX_LIST + " are allowed");
            return null;
        }
        return values;
    }

    private static Long nonNegative(JsonFields in, String field) {
        Long value = in.longValue(field);
        if (value != null && value < 0) {
            in.error(field, "must not be negative");
            return null;
        }
        return value;
    }

    private static boolean isExtension(String extension) {
        if (extension.isEmpty() || extension.length() > MAX_EXTENSION_CHARS) {
            return false;
        }
        return extension
                .chars()
                .allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    }

    /** type/subtype of RFC 6838 restricted-name characters; checked by hand, as user input never meets a regex. */
    private static boolean isMediaType(String type) {
        int slash = type.indexOf('/');
        return slash > 0
                && slash == type.lastIndexOf('/')
                && slash < type.length() - 1
                && type.length() <= 255
                && type.chars().allMatch(c -> c == '/' || isRestrictedNameChar(c));
    }

    private static boolean isRestrictedNameChar(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "!#$&-^_.+".indexOf(c) >= 0;
    }

    private static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
