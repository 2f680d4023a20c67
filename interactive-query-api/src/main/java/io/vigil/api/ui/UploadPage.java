package io.vigil.api.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** {@code /ui}: the upload form with its progress bar, and the recent files, whose status the script keeps live. */
final class UploadPage {

    static final int RECENT_FILES = 20;

    private UploadPage() {}

    static String content(List<JsonNode> recent, long maxUploadBytes) {
        StringBuilder html = new StringBuilder();
        html.append("<section><h1>Upload sensor CSV files</h1>")
                .append("<p class=\"muted\">Columns <code>sensor_id</code>, <code>timestamp</code> (ISO-8601) and")
                .append(" <code>value</code>; other columns are ignored. Up to ")
                .append(Html.text(Sizes.human(maxUploadBytes)))
                .append(" a file.</p>")
                .append("<form id=\"upload\" method=\"post\" action=\"/files\" enctype=\"multipart/form-data\">")
                .append("<input type=\"file\" id=\"files\" name=\"file\" multiple required")
                .append(" accept=\".csv,text/csv,text/plain\"> <button type=\"submit\">Upload</button></form>")
                .append("<progress id=\"upload-progress\" max=\"100\" value=\"0\" hidden></progress>")
                .append("<p id=\"upload-message\" role=\"status\"></p></section>");
        html.append("<section><h2>Recent files</h2><table><thead><tr><th>File</th><th>Status</th>")
                .append("<th class=\"num\">Good rows</th><th class=\"num\">Errors</th><th>Uploaded (UTC)</th></tr>")
                .append("</thead><tbody id=\"recent\">");
        recent.forEach(file -> row(html, file));
        html.append("</tbody></table>");
        if (recent.isEmpty()) {
            html.append("<p id=\"no-files\" class=\"muted\">No files yet.</p>");
        }
        html.append("</section>");
        return html.toString();
    }

    private static void row(StringBuilder html, JsonNode file) {
        String id = file.path("file_id").asText();
        html.append("<tr data-file-id=\"")
                .append(Html.text(id))
                .append("\"><td><a href=\"/ui/files/")
                .append(Html.url(id))
                .append("\">")
                .append(Html.text(file.path("file_name").asText(id)))
                .append("</a></td><td>")
                .append(Status.badge(file.path("status").asText()))
                .append("</td><td class=\"num\">")
                .append(file.path("aggregates").path("row_count").asLong())
                .append("</td><td class=\"num\">")
                .append(file.path("error_count").asLong())
                .append("</td><td>")
                .append(Html.text(file.path("uploaded_at").asText("")))
                .append("</td></tr>");
    }
}
