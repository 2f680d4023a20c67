package io.vigil.api.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /ui/files/{id}}: a file's status and aggregates, its values over time, a table per sensor and its first
 * errors. While the file is not final the script polls {@code GET /files/{id}}, keeps the figures live, and reloads
 * the page once it is, for the final chart and tables.
 */
final class FilePage {

    static final int SENSOR_ROWS = 200;

    private FilePage() {}

    static String title(JsonNode file) {
        return file.path("file_name").asText(file.path("file_id").asText());
    }

    static String content(JsonNode file, List<JsonNode> sensors, JsonNode series) {
        StringBuilder html = new StringBuilder();
        summary(html, file);
        html.append("<section><h2>Values over time</h2>").append(SvgChart.render(chartSeries(series)));
        long leftOut = series == null ? 0 : series.path("sensors_left_out").asLong();
        if (leftOut > 0) {
            html.append("<p class=\"muted\">").append(leftOut).append(" more sensors are not charted.</p>");
        }
        html.append("</section>");
        sensorTable(
                html, sensors, file.path("aggregates").path("per_sensor_count").size());
        errorTable(html, file);
        return html.toString();
    }

    private static void summary(StringBuilder html, JsonNode file) {
        JsonNode aggregates = file.path("aggregates");
        html.append("<section><h1>")
                .append(Html.text(title(file)))
                .append(" <span id=\"status\">")
                .append(Status.badge(file.path("status").asText()))
                .append("</span></h1><dl class=\"facts\">");
        fact(html, "File id", "file-id", file.path("file_id").asText());
        if (file.hasNonNull("failure_reason")) {
            fact(html, "Failure", "failure-reason", file.path("failure_reason").asText());
        }
        fact(html, "Size", "size", Sizes.human(file.path("size").asLong()));
        fact(html, "Uploaded (UTC)", "uploaded-at", file.path("uploaded_at").asText(""));
        fact(html, "Processed (UTC)", "processed-at", file.path("processed_at").asText(""));
        fact(html, "Processing time", "processing-ms", millis(file.path("processing_ms")));
        fact(
                html,
                "Rows read",
                "rows-seen",
                Long.toString(file.path("rows_seen").asLong()));
        fact(
                html,
                "Good rows",
                "row-count",
                Long.toString(aggregates.path("row_count").asLong()));
        fact(
                html,
                "Rows with errors",
                "error-count",
                Long.toString(file.path("error_count").asLong()));
        fact(html, "Min", "min-value", number(aggregates.path("min_value")));
        fact(html, "Max", "max-value", number(aggregates.path("max_value")));
        fact(html, "Mean", "mean-value", number(aggregates.path("mean_value")));
        html.append("</dl></section>");
    }

    private static void fact(StringBuilder html, String label, String id, String value) {
        html.append("<dt>")
                .append(Html.text(label))
                .append("</dt><dd id=\"")
                .append(id)
                .append("\">")
                .append(Html.text(value))
                .append("</dd>");
    }

    private static void sensorTable(StringBuilder html, List<JsonNode> sensors, int sensorCount) {
        html.append("<section><h2>Sensors</h2>");
        if (sensors.isEmpty()) {
            html.append("<p class=\"muted\">No good rows yet.</p></section>");
            return;
        }
        html.append("<table id=\"sensors\"><thead><tr><th>Sensor</th><th class=\"num\">Rows</th>")
                .append("<th class=\"num\">Min</th><th class=\"num\">Max</th><th class=\"num\">Mean</th></tr></thead>")
                .append("<tbody>");
        for (JsonNode sensor : sensors) {
            html.append("<tr><td>")
                    .append(Html.text(sensor.path("sensor_id").asText()))
                    .append("</td><td class=\"num\">")
                    .append(sensor.path("count").asLong())
                    .append("</td><td class=\"num\">")
                    .append(Html.text(number(sensor.path("min"))))
                    .append("</td><td class=\"num\">")
                    .append(Html.text(number(sensor.path("max"))))
                    .append("</td><td class=\"num\">")
                    .append(Html.text(number(sensor.path("mean"))))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
        if (sensorCount > sensors.size()) {
            html.append("<p class=\"muted\">The first ")
                    .append(sensors.size())
                    .append(" sensors by id; GET /files/{id}/sensors pages through all.</p>");
        }
        html.append("</section>");
    }

    private static void errorTable(StringBuilder html, JsonNode file) {
        JsonNode errors = file.path("errors");
        long total = file.path("error_count").asLong();
        html.append("<section><h2>Errors</h2>");
        if (total == 0) {
            html.append("<p class=\"muted\">No row errors.</p></section>");
            return;
        }
        html.append("<table id=\"errors\"><thead><tr><th class=\"num\">Row</th><th class=\"num\">Line</th>")
                .append("<th>Reason</th></tr></thead><tbody>");
        for (JsonNode error : errors) {
            html.append("<tr><td class=\"num\">")
                    .append(error.path("row_number").asLong())
                    .append("</td><td class=\"num\">")
                    .append(error.path("line").asLong())
                    .append("</td><td>")
                    .append(Html.text(error.path("reason").asText()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
        if (total > errors.size()) {
            html.append("<p class=\"muted\">The first ")
                    .append(errors.size())
                    .append(" of ")
                    .append(total)
                    .append(" row errors.</p>");
        }
        html.append("</section>");
    }

    /** The series document as chart lines: each bucket's mean over its min–max band. */
    static List<ChartSeries> chartSeries(JsonNode series) {
        List<ChartSeries> lines = new ArrayList<>();
        if (series == null) {
            return lines;
        }
        for (JsonNode sensor : series.path("sensors")) {
            List<ChartSeries.Point> points = new ArrayList<>();
            for (JsonNode bucket : sensor.path("buckets")) {
                JsonNode stats = bucket.path("stats");
                points.add(new ChartSeries.Point(
                        epochMillis(bucket.path("start")),
                        stats.path("mean").asDouble(),
                        stats.path("min").asDouble(),
                        stats.path("max").asDouble()));
            }
            lines.add(new ChartSeries(sensor.path("sensor_id").asText(), points));
        }
        return lines;
    }

    private static long epochMillis(JsonNode start) {
        if (start.isNumber()) {
            return start.asLong();
        }
        try {
            return Instant.parse(start.asText()).toEpochMilli();
        } catch (DateTimeParseException e) {
            return 0;
        }
    }

    private static String number(JsonNode value) {
        return value.isNumber() ? value.asText() : "–";
    }

    private static String millis(JsonNode value) {
        return value.isNumber() ? String.format(Locale.ROOT, "%,d ms", value.asLong()) : "–";
    }
}
