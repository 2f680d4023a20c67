package io.vigil.api.ui;

/** {@code /ui/login}: the form that exchanges an API key for the UI's cookie. */
final class LoginPage {

    private LoginPage() {}

    /** @param problem what went wrong with the last attempt, or null */
    static String content(String problem) {
        return "<section><h1>Sign in</h1>"
                + "<p class=\"muted\">With an API key that may read (the admin key of <code>vigil dev</code> is in"
                + " <code>data/admin-api-key</code>). It is kept in an HttpOnly cookie for 12 hours.</p>"
                + (problem == null ? "" : "<p id=\"login-error\" class=\"error\">" + Html.text(problem) + "</p>")
                + "<form method=\"post\" action=\"/ui/login\"><label for=\"api-key\">API key</label><br>"
                + "<input type=\"password\" id=\"api-key\" name=\"api_key\" autocomplete=\"off\" required autofocus>"
                + " <button type=\"submit\">Sign in</button></form></section>";
    }
}
