package io.vigil.app.dev.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The dev receiver's page: what arrived, newest first, refreshed every few seconds. Every value is HTML-escaped. */
final class ReceiverPage {

    private ReceiverPage() {}

    static byte[] html(List<ReceivedWebhook> received, UnaryOperator<String> prettyBody) {
        StringBuilder html = new StringBuilder(
                """
                <!doctype html>
                <html><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
                <title>Vigil dev webhook receiver</title>
                <style>body{font-family:sans-serif;margin:2em}pre{background:#f4f4f4;padding:.5em;overflow:auto}
                dt{font-weight:bold}section{border-bottom:1px solid #ccc;padding:1em 0}</style></head><body>
                <h1>Webhooks received</h1>
                """);
        html.append("<p>").append(received.size()).append(" kept (the last ").append(DevWebhookReceiver.KEPT);
        html.append("), newest first. JSON: <a href=\"")
                .append(DevWebhookReceiver.PATH)
                .append("\">");
        html.append(DevWebhookReceiver.PATH).append("</a></p>\n");
        for (ReceivedWebhook webhook : received) {
            html.append("<section><h2>").append(escape(webhook.receivedAt())).append("</h2><dl>");
            for (Map.Entry<String, String> header : webhook.headers().entrySet()) {
                html.append("<dt>").append(escape(header.getKey())).append("</dt><dd><code>");
                html.append(escape(header.getValue())).append("</code></dd>");
            }
            html.append("</dl><pre>")
                    .append(escape(prettyBody.apply(webhook.body())))
                    .append("</pre></section>\n");
        }
        return html.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
