package io.vigil.testkit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class HeadlessChromiumTest {

    private static final String PAGE = "<!doctype html><title>probe</title>"
            + "<button id=b onclick=\"document.getElementById('out').textContent=document.cookie\">go</button>"
            + "<p id=out>before</p>";

    private HttpServer server;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldLoadAPageClickAndReadWhatTheScriptWrote() throws Exception {
        HeadlessChromium.assumeInstalled();
        String origin = "http://127.0.0.1:" + server.getAddress().getPort();
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriverSession page = chromium.session();
            page.navigate(origin + "/");
            page.addCookie("probe", "42");

            page.find("#b").click();

            assertThat(page.title()).isEqualTo("probe");
            assertThat(page.find("#out").text()).isEqualTo("probe=42");
            assertThat(page.count("p")).isEqualTo(1);
            assertThat(page.execute("return 6 * 7;").asInt()).isEqualTo(42);
        }
    }
}
