package io.vigil.api.uptime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.api.json.JsonFields;
import io.vigil.api.json.MicrosInstants;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreStatus;
import io.vigil.topology.delivery.expectation.FieldError;
import io.vigil.topology.uptime.InputChecks;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code polls} array of a poll batch as {@link StorePoll}s, every item checked with the topology's own rules
 * ({@link InputChecks#poll}, including the limit on polls in the future) before anything is written.
 */
final class PollItems {

    static final String FIELD = "polls";
    private static final Set<String> FIELDS = Set.of("timestamp", "status");
    private static final Set<String> BULK_FIELDS = Set.of("store_id", "timestamp", "status");

    private final Clock clock;
    private final Duration maxFuturePoll;

    PollItems(Clock clock, Duration maxFuturePoll) {
        this.clock = clock;
        this.maxFuturePoll = maxFuturePoll;
    }

    /**
     * @param storeId the store of every poll, or null when each item names its own ({@code store_id})
     * @throws io.vigil.api.error.ApiException 400 naming every item and field at fault, 413 above the batch limit
     */
    List<StorePoll> parse(JsonNode body, String storeId) {
        JsonNode items = BatchLimits.items(body, FIELD);
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        List<StorePoll> polls = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String path = FIELD + "[" + i + "]";
            if (!items.get(i).isObject()) {
                errors.add(new FieldError(path, "must be an object"));
                continue;
            }
            JsonFields item = new JsonFields((ObjectNode) items.get(i), path + ".", errors);
            item.rejectUnknown(storeId == null ? BULK_FIELDS : FIELDS);
            StorePoll poll = poll(item, storeId == null ? StoreIdField.read(item) : storeId);
            if (poll != null) {
                check(poll, now, path, errors);
                polls.add(poll);
            }
        }
        BatchLimits.requireNone(errors);
        return polls;
    }

    private static StorePoll poll(JsonFields item, String storeId) {
        Instant at = timestamp(item);
        StoreStatus status = status(item);
        return storeId == null || at == null || status == null ? null : new StorePoll(storeId, at, status);
    }

    /** An ISO-8601 instant with an offset, kept to the microsecond the original data and the schema have. */
    private static Instant timestamp(JsonFields item) {
        String text = BatchLimits.required(item, "timestamp");
        if (text == null) {
            return null;
        }
        try {
            return MicrosInstants.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeException e) {
            item.error(
                    "timestamp",
                    JsonFields.quote(text) + " is not an ISO-8601 instant such as 2023-01-25T18:13:22.479220Z");
            return null;
        }
    }

    private static StoreStatus status(JsonFields item) {
        String text = BatchLimits.required(item, "status");
        if (text == null) {
            return null;
        }
        if (!text.equals(StoreStatus.active.name()) && !text.equals(StoreStatus.inactive.name())) {
            item.error("status", "must be active or inactive");
            return null;
        }
        return StoreStatus.valueOf(text);
    }

    private void check(StorePoll poll, Instant now, String path, List<FieldError> errors) {
        BatchLimits.check(
                () -> InputChecks.poll(poll.getStoreId(), poll, now, maxFuturePoll),
                poll.getStoreId(),
                path + ".timestamp",
                errors);
    }
}
