package io.vigil.testkit.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium driven through its ChromeDriver ({@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs). Browser tests call {@link #assumeInstalled()}: without the two programs they are skipped
 * with the reason, unless {@code VIGIL_REQUIRE_BROWSER} is set (CI sets it), where a missing browser fails them.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process driver;
    private final Path profile;
    private final WebDriverSession session;

    private HeadlessChromium(Process driver, Path profile, WebDriverSession session) {
        this.driver = driver;
        this.profile = profile;
        this.session = session;
    }

    /** Skips the calling test when the browser is not installed here (fails it where CI requires the browser). */
    public static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("VIGIL_REQUIRE_BROWSER") != null) {
            throw new AssertionError("VIGIL_REQUIRE_BROWSER is set but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "no " + CHROMIUM + " and " + CHROMEDRIVER + ": browser test skipped");
    }

    /** Starts ChromeDriver on a free port and opens a headless browser session with a fresh profile. */
    public static HeadlessChromium start() throws IOException, InterruptedException {
        int port = freePort();
        Path profile = Files.createTempDirectory("vigil-chromium-");
        Process driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
                .redirectErrorStream(true)
                .start();
        try {
            awaitListening(driver);
            WebDriverSession session =
                    WebDriverSession.open(URI.create("http://127.0.0.1:" + port), CHROMIUM, chromiumArguments(profile));
            return new HeadlessChromium(driver, profile, session);
        } catch (IOException | RuntimeException | InterruptedException e) {
            driver.destroyForcibly();
            throw e;
        }
    }

    /** Reads ChromeDriver's output until it says it listens, then drains the rest so the process never blocks. */
    private static void awaitListening(Process driver) throws IOException, InterruptedException {
        BufferedReader output =
                new BufferedReader(new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Void> listening = CompletableFuture.runAsync(() -> {
            try {
                String line;
                while ((line = output.readLine()) != null && !line.contains("started successfully")) {
                    // the lines before are the driver's banner
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            listening.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("ChromeDriver did not start within " + START_TIMEOUT, e);
        }
        Thread drain = new Thread(() -> output.lines().forEach(line -> {}), "chromedriver-output");
        drain.setDaemon(true);
        drain.start();
    }

    public WebDriverSession session() {
        return session;
    }

    @Override
    public void close() throws InterruptedException {
        try {
            session.close();
        } finally {
            driver.destroy();
            if (!driver.waitFor(10, TimeUnit.SECONDS)) {
                driver.destroyForcibly();
            }
            deleteQuietly(profile);
        }
    }

    /**
     * Headless without a sandbox (CI runs as root), and without the background connections Chromium makes to Google,
     * which a closed network refuses many at a time.
     */
    private static List<String> chromiumArguments(Path profile) {
        return List.of(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temp profile left behind costs disk space, not correctness
        }
    }
}
