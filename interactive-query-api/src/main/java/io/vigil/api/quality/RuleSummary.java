package io.vigil.api.quality;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pass counts of one rule over a period: totals and hour by hour. The pass rate is passed objects over all
 * objects, so an object gone before it could be read counts as not passed.
 */
final class RuleSummary {

    private final String bucket;
    private final String prefix;
    private final List<Map<String, Object>> hours = new ArrayList<>();
    private final Map<String, Long> checkFailures = new TreeMap<>();
    private long objects;
    private long passed;
    private long missing;

    RuleSummary(String bucket, String prefix) {
        this.bucket = bucket;
        this.prefix = prefix;
    }

    void add(JsonNode hour) {
        long hourObjects = hour.path("objects").asLong();
        long hourPassed = hour.path("passed").asLong();
        long hourMissing = hour.path("missing").asLong();
        Map<String, Long> hourFailures = new TreeMap<>();
        hour.path("check_failures").fields().forEachRemaining(failure -> {
            hourFailures.put(failure.getKey(), failure.getValue().asLong());
            checkFailures.merge(failure.getKey(), failure.getValue().asLong(), Long::sum);
        });
        objects += hourObjects;
        passed += hourPassed;
        missing += hourMissing;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("hour", hour.path("hour").asText());
        row.putAll(counts(hourObjects, hourPassed, hourMissing, hourFailures));
        hours.add(row);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bucket", bucket);
        json.put("prefix", prefix);
        json.putAll(counts(objects, passed, missing, checkFailures));
        json.put("hours", hours);
        return json;
    }

    private static Map<String, Object> counts(long objects, long passed, long missing, Map<String, Long> failures) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("objects", objects);
        counts.put("passed", passed);
        counts.put("missing", missing);
        counts.put("pass_rate", objects == 0 ? 0.0 : (double) passed / objects);
        counts.put("check_failures", failures);
        return counts;
    }
}
