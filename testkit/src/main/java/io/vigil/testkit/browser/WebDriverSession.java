package io.vigil.testkit.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One browser session spoken to in the W3C WebDriver protocol (JSON over HTTP). Written here rather than taken from
 * Selenium because the tests need a dozen commands of a small, stable protocol, and Selenium's client would bring
 * dozens of jars that are not among the project's pinned dependencies.
 */
public final class WebDriverSession implements AutoCloseable {

    /** The W3C key of an element reference in JSON. */
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI session;

    private WebDriverSession(HttpClient http, URI session) {
        this.http = http;
        this.session = session;
    }

    static WebDriverSession open(URI driver, Path browser, List<String> arguments)
            throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ObjectNode capabilities = JSON.createObjectNode();
        ObjectNode chrome = capabilities
                .putObject("capabilities")
                .putObject("alwaysMatch")
                .put("browserName", "chrome")
                .putObject("goog:chromeOptions")
                .put("binary", browser.toString());
        arguments.forEach(chrome.putArray("args")::add);
        JsonNode created = send(http, "POST", driver.resolve("/session"), capabilities);
        return new WebDriverSession(
                http, driver.resolve("/session/" + created.path("sessionId").asText()));
    }

    /** Loads a page and waits for it (the protocol's navigation waits for the load event). */
    public void navigate(String url) throws IOException, InterruptedException {
        command("POST", "/url", Map.of("url", url));
    }

    /** The first element matching a CSS selector; fails when there is none. */
    public Element find(String cssSelector) throws IOException, InterruptedException {
        JsonNode found = command("POST", "/element", Map.of("using", "css selector", "value", cssSelector));
        return new Element(found.path(ELEMENT).asText());
    }

    /** How many elements match a CSS selector now. */
    public int count(String cssSelector) throws IOException, InterruptedException {
        return command("POST", "/elements", Map.of("using", "css selector", "value", cssSelector))
                .size();
    }

    /** Runs a script in the page and returns its result as JSON. */
    public JsonNode execute(String script, Object... args) throws IOException, InterruptedException {
        return command("POST", "/execute/sync", Map.of("script", script, "args", List.of(args)));
    }

    /** Sets a cookie for the page's origin (navigate to the origin first). */
    public void addCookie(String name, String value) throws IOException, InterruptedException {
        command("POST", "/cookie", Map.of("cookie", Map.of("name", name, "value", value, "path", "/")));
    }

    public String title() throws IOException, InterruptedException {
        return command("GET", "/title", null).asText();
    }

    @Override
    public void close() {
        try {
            send(http, "DELETE", session, null);
        } catch (IOException e) {
            // the driver process is stopped next, which ends the browser anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private JsonNode command(String method, String path, Object body) throws IOException, InterruptedException {
        return send(http, method, URI.create(session + path), body);
    }

    private static JsonNode send(HttpClient http, String method, URI uri, Object body)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(COMMAND_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .method(method, publisher)
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JSON.readTree(response.body());
        if (response.statusCode() != 200) {
            throw new IOException("WebDriver " + method + " " + uri.getPath() + " answered " + response.statusCode()
                    + ": " + answer.path("value").path("message").asText(response.body()));
        }
        return answer.path("value");
    }

    /** An element of the page. */
    public final class Element {

        private final String id;

        private Element(String id) {
            this.id = id;
        }

        public void click() throws IOException, InterruptedException {
            command("POST", "/element/" + id + "/click", Map.of());
        }

        /** Types into the element; for a file input, the text is the path of the file to choose. */
        public void sendKeys(String text) throws IOException, InterruptedException {
            command("POST", "/element/" + id + "/value", Map.of("text", text));
        }

        public String text() throws IOException, InterruptedException {
            return command("GET", "/element/" + id + "/text", null).asText();
        }
    }
}
