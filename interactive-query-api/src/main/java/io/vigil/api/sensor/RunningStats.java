package io.vigil.api.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Count, min, max, mean and the sum of squared deviations of a set of readings (a {@code SensorStats} as JSON), merged
 * exactly with Chan et al.'s parallel formula.
 */
record RunningStats(long count, double min, double max, double mean, double m2) {

    static final RunningStats EMPTY = new RunningStats(0, Double.NaN, Double.NaN, 0, 0);

    /** The stats of a {@code SensorStats} value as the stores answer it. */
    static RunningStats fromJson(JsonNode stats) {
        return new RunningStats(
                stats.path("count").asLong(),
                stats.path("min").asDouble(),
                stats.path("max").asDouble(),
                stats.path("mean").asDouble(),
                stats.path("m2").asDouble());
    }

    /** The stats of both sets together. */
    RunningStats merge(RunningStats other) {
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            return other;
        }
        long total = count + other.count;
        double delta = other.mean - mean;
        double merged = mean + delta * other.count / total;
        double deviations = m2 + other.m2 + delta * delta * ((double) count * other.count / total);
        return new RunningStats(total, Math.min(min, other.min), Math.max(max, other.max), merged, deviations);
    }

    /** {@code {"count","min","max","mean"}}; min, max and mean are null for an empty set. */
    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("count", count);
        if (count == 0) {
            json.putNull("min");
            json.putNull("max");
            json.putNull("mean");
        } else {
            json.put("min", min);
            json.put("max", max);
            json.put("mean", mean);
        }
        return json;
    }
}
