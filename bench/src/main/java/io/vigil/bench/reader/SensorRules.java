package io.vigil.bench.reader;

import io.vigil.schema.quality.ColumnRule;
import io.vigil.schema.quality.ColumnType;
import io.vigil.schema.quality.CsvRules;
import io.vigil.schema.quality.QualityRule;
import java.time.Instant;
import java.util.List;

/** The data-quality rule the reader benchmarks check {@link SensorCsv} files against: every CSV check turned on. */
final class SensorRules {

    /** What production's reader runtime lets the duplicate-row check remember per object. */
    static final int MAX_TRACKED_ROWS = 1_000_000;

    private SensorRules() {}

    /** Every object of {@code bucket}: non-empty {@code .csv}, header, columns, types, blank ratios, duplicates. */
    static QualityRule everyCheck(String bucket) {
        return QualityRule.newBuilder()
                .setBucket(bucket)
                .setPrefix("")
                .setNonEmpty(true)
                .setExtensions(List.of("csv"))
                .setContentTypes(List.of("text/csv"))
                .setCsv(CsvRules.newBuilder()
                        .setHeaderRequired(true)
                        .setExpectedColumns(SensorCsv.COLUMNS)
                        .setMinRows(1L)
                        .setColumns(List.of(
                                column("sensor_id", null, List.of(), 0.0),
                                column("timestamp", ColumnType.TIMESTAMP, List.of(), 0.0),
                                column("value", ColumnType.DECIMAL, List.of(), 0.01),
                                column("count", ColumnType.INTEGER, List.of(), 0.0),
                                column("unit", ColumnType.ENUM, SensorCsv.UNITS, 0.0)))
                        .setMaxDuplicateRows(1_000L)
                        .build())
                .setUpdatedAt(Instant.parse("2026-03-01T00:00:00Z"))
                .build();
    }

    private static ColumnRule column(String name, ColumnType type, List<String> allowed, double maxBlankRatio) {
        return ColumnRule.newBuilder()
                .setName(name)
                .setType(type)
                .setAllowedValues(allowed)
                .setMaxBlankRatio(maxBlankRatio)
                .build();
    }
}
