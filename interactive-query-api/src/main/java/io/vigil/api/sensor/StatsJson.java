package io.vigil.api.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.schema.sensor.SensorStats;

/**
 * A {@link SensorStats} as the stores answer it (JSON, possibly from another instance) and as the API shows it; the
 * arithmetic on them is the topology's ({@code SensorStatsMath}), so both sides merge alike.
 */
final class StatsJson {

    private StatsJson() {}

    static SensorStats read(JsonNode stats) {
        return new SensorStats(
                stats.path("count").asLong(),
                stats.path("min").asDouble(),
                stats.path("max").asDouble(),
                stats.path("mean").asDouble(),
                stats.path("m2").asDouble(),
                stats.path("sum").asDouble(),
                stats.path("sum_error").asDouble());
    }

    /** {@code {"count","min","max","mean"}}; min, max and mean are null for no readings (null stats). */
    static ObjectNode write(SensorStats stats) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        boolean none = stats == null || stats.getCount() == 0;
        json.put("count", none ? 0 : stats.getCount());
        if (none) {
            json.putNull("min");
            json.putNull("max");
            json.putNull("mean");
        } else {
            json.put("min", stats.getMin());
            json.put("max", stats.getMax());
            json.put("mean", stats.getMean());
        }
        return json;
    }
}
