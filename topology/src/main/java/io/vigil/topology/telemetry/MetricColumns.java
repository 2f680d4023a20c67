package io.vigil.topology.telemetry;

import io.vigil.schema.telemetry.TelemetryEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numeric values of a batch's events for the metrics its rules watch, one column per metric, read from each
 * event's map once however many rules watch the metric. A value that is absent, or not a number, is not in its column.
 */
final class MetricColumns {

    /** A metric's values by event index; {@code present[i]} says whether event {@code i} has a number for it. */
    record Column(double[] values, boolean[] present) {}

    private final Map<String, Column> columns;

    private MetricColumns(Map<String, Column> columns) {
        this.columns = columns;
    }

    static MetricColumns of(List<TelemetryEvent> events, Set<String> metrics) {
        Map<String, Column> columns = new HashMap<>();
        for (String metric : metrics) {
            columns.put(metric, new Column(new double[events.size()], new boolean[events.size()]));
        }
        for (int i = 0; i < events.size(); i++) {
            Map<String, Object> data = events.get(i).getData();
            for (Map.Entry<String, Column> column : columns.entrySet()) {
                if (data.get(column.getKey()) instanceof Double value) {
                    column.getValue().values()[i] = value;
                    column.getValue().present()[i] = true;
                }
            }
        }
        return new MetricColumns(columns);
    }

    /** The column of a metric given to {@link #of}. */
    Column of(String metric) {
        Column column = columns.get(metric);
        if (column == null) {
            throw new IllegalArgumentException("no column for metric " + metric);
        }
        return column;
    }
}
