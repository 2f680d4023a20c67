package io.vigil.app.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongConsumer;

/** Polls a file's document until its status is final or the time is up. */
final class FileWaiter {

    private final SensorFilesClient client;
    private final Duration pollInterval;
    private final Clock clock;

    FileWaiter(SensorFilesClient client, Duration pollInterval, Clock clock) {
        this.client = client;
        this.pollInterval = pollInterval;
        this.clock = clock;
    }

    /**
     * @param rowsSoFar told the rows read so far (good and bad) after every poll
     * @return the final document, or the last one seen with {@link FileOutcome#TIMED_OUT}
     */
    Result await(String fileId, Instant deadline, LongConsumer rowsSoFar)
            throws ApiCallException, InterruptedException {
        while (true) {
            JsonNode document = fetch(fileId);
            rowsSoFar.accept(document.path("aggregates").path("row_count").asLong()
                    + document.path("error_count").asLong());
            var outcome = FileOutcome.ofFinalStatus(document.path("status").asText());
            if (outcome.isPresent()) {
                return new Result(outcome.get(), document);
            }
            if (!clock.instant().plus(pollInterval).isBefore(deadline)) {
                return new Result(FileOutcome.TIMED_OUT, document);
            }
            Thread.sleep(pollInterval.toMillis());
        }
    }

    /** The document, or an empty one while the upload is not yet visible to queries (a 404 just after the 202). */
    private JsonNode fetch(String fileId) throws ApiCallException {
        try {
            return client.file(fileId);
        } catch (ApiCallException e) {
            if (e.status() == 404) {
                return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            }
            throw e;
        }
    }

    record Result(FileOutcome outcome, JsonNode document) {}
}
