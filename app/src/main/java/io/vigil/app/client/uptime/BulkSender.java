package io.vigil.app.client.uptime;

import io.vigil.app.client.ApiCallException;
import io.vigil.app.client.ApiHttp;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts JSON batches to one bulk route with at most {@code maxInFlight} requests under way: {@link #submit} waits for
 * a free slot, which is what keeps a reader of a file of any size from running ahead of the server. A 5xx or 429 answer
 * or a failed exchange is retried per the {@link RetryPolicy}; another 4xx is not (the batch itself is wrong). The first failure
 * ends the sending: later calls throw it.
 */
final class BulkSender {

    private static final Logger LOG = LoggerFactory.getLogger(BulkSender.class);

    private final ApiHttp http;
    private final String path;
    private final int maxInFlight;
    private final RetryPolicy retry;
    private final Semaphore slots;
    private final AtomicReference<ApiCallException> failure = new AtomicReference<>();

    BulkSender(ApiHttp http, String path, int maxInFlight, RetryPolicy retry) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, not " + maxInFlight);
        }
        this.http = http;
        this.path = path;
        this.maxInFlight = maxInFlight;
        this.retry = retry;
        this.slots = new Semaphore(maxInFlight);
    }

    /**
     * Starts sending {@code body}, once a slot is free.
     *
     * @param batch which batch this is, for messages (e.g. "batch 3 of store_status.csv")
     * @throws ApiCallException the first failure of an earlier batch
     */
    void submit(byte[] body, String batch) throws ApiCallException, InterruptedException {
        throwFailure();
        slots.acquire();
        if (failure.get() != null) {
            slots.release();
            throwFailure();
        }
        HttpRequest request = http.timedRequest(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        attempt(request, batch, 1).whenComplete((ok, error) -> {
            if (error != null) {
                failure.compareAndSet(null, named(batch, asApiCallException(error)));
            }
            slots.release();
        });
    }

    /** Waits until every batch submitted is answered; throws the first failure, if any. */
    void drain() throws ApiCallException, InterruptedException {
        slots.acquire(maxInFlight);
        slots.release(maxInFlight);
        throwFailure();
    }

    private CompletableFuture<Void> attempt(HttpRequest request, String batch, int attempt) {
        return http.callAsync(request)
                .handle((response, error) -> outcome(request, response, error))
                .thenCompose(problem -> {
                    if (problem == null) {
                        return CompletableFuture.completedFuture(null);
                    }
                    if (!retryable(problem) || attempt >= retry.attempts()) {
                        return CompletableFuture.failedFuture(problem);
                    }
                    long delay = retry.delayAfter(attempt).toMillis();
                    LOG.warn(
                            "{} {}: {}; attempt {} of {} in {} ms",
                            path,
                            batch,
                            problem.getMessage(),
                            attempt + 1,
                            retry.attempts(),
                            delay);
                    return CompletableFuture.supplyAsync(
                                    () -> attempt(request, batch, attempt + 1),
                                    CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS))
                            .thenCompose(next -> next);
                });
    }

    /** Null when the batch was accepted, else the failure as the person at the terminal should read it. */
    private ApiCallException outcome(HttpRequest request, HttpResponse<String> response, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof IOException io) {
            return http.failed(request, io);
        }
        if (cause != null) {
            return new ApiCallException("POST " + request.uri() + " failed: " + cause, cause);
        }
        try {
            ApiHttp.answer(request, response);
            return null;
        } catch (ApiCallException e) {
            return e;
        }
    }

    /**
     * No answer (status 0), a rate limit (429: the backoff spreads the batches out) or a server error; any other 4xx
     * says the batch is wrong and would be refused again.
     */
    private static boolean retryable(ApiCallException problem) {
        return problem.status() == 0 || problem.status() == 429 || problem.status() >= 500;
    }

    private static ApiCallException asApiCallException(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof ApiCallException api ? api : new ApiCallException("sending failed: " + cause, cause);
    }

    private static ApiCallException named(String batch, ApiCallException e) {
        String message = batch + ": " + e.getMessage();
        return e.status() == 0
                ? new ApiCallException(message, e.getCause())
                : new ApiCallException(e.status(), message);
    }

    private void throwFailure() throws ApiCallException {
        ApiCallException first = failure.get();
        if (first != null) {
            throw first;
        }
    }
}
