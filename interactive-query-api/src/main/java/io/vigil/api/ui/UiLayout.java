package io.vigil.api.ui;

import io.javalin.http.Context;

/** The frame every page shares, and the headers that keep pages from being framed, sniffed or cached. */
final class UiLayout {

    /** Scripts, styles and images only from this server; no inline script or style anywhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private UiLayout() {}

    /**
     * @param bodyData extra attributes of the body element, already escaped (the page script reads its data there)
     * @param signedIn whether to offer the sign-out button
     */
    static void render(Context ctx, int status, String title, String bodyData, String content, boolean signedIn) {
        ctx.status(status)
                .contentType("text/html; charset=utf-8")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .header("Cache-Control", "no-store")
                .result("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<title>" + Html.text(title) + " · Vigil</title>"
                        + "<link rel=\"stylesheet\" href=\"/ui/assets/ui.css\">"
                        + "<script src=\"/ui/assets/ui.js\" defer></script></head>"
                        + "<body" + bodyData + "><header><a href=\"/ui\">Vigil · sensor files</a>"
                        + "<a href=\"/docs\">API docs</a>"
                        + (signedIn
                                ? "<form method=\"post\" action=\"/ui/logout\"><button type=\"submit\">Sign out</button>"
                                        + "</form>"
                                : "")
                        + "</header><main>" + content + "</main></body></html>");
    }
}
