package io.vigil.api.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A stream's state as clients see it (instants ISO-8601 UTC): {@code status}, {@code last_arrival_at},
 * {@code next_due_at}, {@code overdue_at}, {@code open_episode}, {@code acknowledged}, {@code snoozed_until} and a
 * few more, projected from the stored state so the replay bookkeeping stays internal.
 */
final class StreamStateView {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] COPIED = {
        "status",
        "last_arrival_at",
        "last_arrival_key",
        "delivery_day",
        "next_due_at",
        "overdue_at",
        "snoozed_until",
        "next_action_at",
        "evaluated_at"
    };

    private StreamStateView() {}

    static ObjectNode of(JsonNode state) {
        JsonNode expectation = state.path("expectation");
        ObjectNode view = NODES.objectNode();
        view.set("client_id", expectation.path("client_id"));
        view.set("stream_id", expectation.path("stream_id"));
        for (String field : COPIED) {
            view.set(field, state.path(field).isMissingNode() ? NODES.nullNode() : state.get(field));
        }
        JsonNode open = openEpisode(state);
        view.set("open_episode", open);
        view.put("acknowledged", open.path("acknowledged").asBoolean(false));
        return view;
    }

    static String status(JsonNode state) {
        return state.path("status").asText();
    }

    private static JsonNode openEpisode(JsonNode state) {
        for (JsonNode episode : state.path("episodes")) {
            if (episode.path("resolved_at").isNull()
                    || episode.path("resolved_at").isMissingNode()) {
                ObjectNode open = NODES.objectNode();
                open.set("episode_id", episode.get("episode_id"));
                open.set("due_at", episode.get("due_at"));
                open.set("overdue_at", episode.get("overdue_at"));
                open.put("level", episode.path("announced_level").asInt());
                open.set("acknowledged", episode.get("acknowledged"));
                return open;
            }
        }
        return NODES.nullNode();
    }
}
