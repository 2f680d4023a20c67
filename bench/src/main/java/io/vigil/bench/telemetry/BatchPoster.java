package io.vigil.bench.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.app.client.ApiHttp;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Posts a round's bodies to {@code POST /telemetry} from a few clients at once, each taking the next batch as soon as
 * its last one is answered. A batch waits for the device's previous batch to be answered, so that each device's
 * batches reach Kafka, and its rules, in time order (only matters when there are fewer devices than clients).
 */
final class BatchPoster implements AutoCloseable {

    /** What one round of posts left: each batch's id and when its request was sent, and the events accepted. */
    record Posted(Map<String, Long> sentAt, long accepted) {}

    private final ApiHttp http;
    private final int clients;
    private final ExecutorService pool;

    BatchPoster(ApiHttp http, int clients) {
        this.http = http;
        this.clients = clients;
        this.pool = Executors.newFixedThreadPool(clients, runnable -> {
            Thread thread = new Thread(runnable, "telemetry-bench-client");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Posts {@code bodies} and returns once every one is answered 202.
     *
     * @param devices how many devices the batches go to in turn
     */
    Posted post(List<byte[]> bodies, int devices) throws InterruptedException {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        AtomicLong accepted = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        List<CompletableFuture<Void>> answered = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            answered.add(new CompletableFuture<>());
        }
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            running.add(pool.submit(() -> {
                for (int batch = next.getAndIncrement(); batch < bodies.size(); batch = next.getAndIncrement()) {
                    if (batch >= devices) {
                        answered.get(batch - devices).join();
                    }
                    try {
                        long sent = System.nanoTime();
                        JsonNode answer = http.call(http.timedRequest("telemetry")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(batch)))
                                .build());
                        sentAt.put(answer.path("batch_id").asText(), sent);
                        accepted.addAndGet(answer.path("accepted").asLong());
                        answered.get(batch).complete(null);
                    } catch (Exception | Error e) {
                        answered.get(batch).completeExceptionally(e);
                        throw e;
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            try {
                client.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("POST /telemetry failed", e.getCause());
            }
        }
        return new Posted(Map.copyOf(sentAt), accepted.get());
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
