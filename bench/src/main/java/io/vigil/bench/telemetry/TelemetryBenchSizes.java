package io.vigil.bench.telemetry;

import java.util.Properties;

/**
 * How big {@code telemetry-ingest} runs. The defaults are issue 8's: 5,000-event batches over 1,000 devices, 20 rules,
 * four requests in flight; 200 batches (1,000,000 events) a round.
 *
 * @param devices devices registered in the project; batches go to them in turn
 * @param batches batches posted in each round
 * @param eventsPerBatch events in every batch
 * @param rules rules of the project: one that fires, the others evaluated on every event but never firing
 * @param clients requests in flight at once
 */
public record TelemetryBenchSizes(int devices, int batches, int eventsPerBatch, int rules, int clients) {

    public static final String DEVICES_PROPERTY = "vigil.bench.telemetry.devices";
    public static final String BATCHES_PROPERTY = "vigil.bench.telemetry.batches";
    public static final String EVENTS_PER_BATCH_PROPERTY = "vigil.bench.telemetry.events.per.batch";
    public static final String RULES_PROPERTY = "vigil.bench.telemetry.rules";
    public static final String CLIENTS_PROPERTY = "vigil.bench.telemetry.clients";

    static final TelemetryBenchSizes DEFAULTS = new TelemetryBenchSizes(1_000, 200, 5_000, 20, 4);

    public TelemetryBenchSizes {
        if (devices < 1 || batches < 1 || eventsPerBatch < 1 || rules < 1 || clients < 1) {
            throw new IllegalArgumentException(
                    "devices, batches, events per batch, rules and clients must be positive");
        }
    }

    /** The sizes given as {@code -Dvigil.bench.telemetry.*}, the defaults for those not given. */
    public static TelemetryBenchSizes from(Properties properties) {
        return new TelemetryBenchSizes(
                integer(properties, DEVICES_PROPERTY, DEFAULTS.devices()),
                integer(properties, BATCHES_PROPERTY, DEFAULTS.batches()),
                integer(properties, EVENTS_PER_BATCH_PROPERTY, DEFAULTS.eventsPerBatch()),
                integer(properties, RULES_PROPERTY, DEFAULTS.rules()),
                integer(properties, CLIENTS_PROPERTY, DEFAULTS.clients()));
    }

    /** Events posted in each round. */
    public long events() {
        return (long) batches * eventsPerBatch;
    }

    private static int integer(Properties properties, String name, int fallback) {
        String value = properties.getProperty(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, was '" + value + "'", e);
        }
    }
}
