package io.vigil.bench.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Vigil instance ({@code vigil run}) in a JVM of its own, started from this JVM's class path, so that a scenario can
 * kill it with SIGKILL: no shutdown hook, no final commit, no leave-group, exactly what a crashed machine does. Between
 * {@link #start} and {@link #kill} or {@link #stop} it is supervised as compose's {@code restart: unless-stopped} does:
 * if it exits on its own (exit code 70 after repeated stream-thread failures), {@link #superviseOnce} starts it again
 * and {@link #supervisorRestarts} counts it.
 */
final class VigilProcess implements AutoCloseable {

    private static final String MAIN_CLASS = "io.vigil.app.cli.VigilCli";
    private static final List<String> JVM_OPTIONS = List.of("-Xmx640m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final String name;
    private final int port;
    private final Map<String, String> settings;
    private final Path log;
    private final HttpClient http;
    private Process process;
    private boolean supervised;
    private int supervisorRestarts;

    VigilProcess(String name, int port, Map<String, String> settings, Path log, HttpClient http) {
        this.name = name;
        this.port = port;
        this.settings = Map.copyOf(settings);
        this.log = log;
        this.http = http;
    }

    String name() {
        return name;
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    synchronized void start() {
        supervised = true;
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MAIN_CLASS);
        command.add("run");
        settings.forEach((key, value) -> {
            command.add("--set");
            command.add(key + "=" + value);
        });
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Whether the instance answers {@code /ready} with 200: Streams running and the broker reachable. */
    boolean isReady() {
        if (!isAlive()) {
            return false;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(baseUrl().resolve("/ready"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What a supervisor does on each look: starts the instance again if it exited on its own. */
    synchronized void superviseOnce() {
        if (supervised && process != null && !process.isAlive()) {
            System.out.println(name + " exited with " + process.exitValue() + "; its supervisor starts it again");
            supervisorRestarts++;
            start();
        }
    }

    /** Times the instance exited on its own and was started again. */
    synchronized int supervisorRestarts() {
        return supervisorRestarts;
    }

    /** SIGKILL, then waits until the process is gone. */
    synchronized void kill() {
        supervised = false;
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: the instance's shutdown hook closes the API, Streams (leaving the group) and its clients. */
    synchronized void stop() {
        supervised = false;
        process.destroy();
        awaitExit();
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (isAlive()) {
            stop();
        }
    }
}
