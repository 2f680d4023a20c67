package io.vigil.topology.telemetry;

/**
 * The branches of the union a metric's value is in {@code TelemetryEvent.data} ({@code ["null", "double", "string",
 * "boolean"]}), by their index in the Avro encoding: for the code that writes or reads a batch's bytes itself.
 * {@code MetricValueUnionTest} holds them to the schema.
 */
public final class MetricValueUnion {

    public static final int NULL = 0;
    public static final int NUMBER = 1;
    public static final int TEXT = 2;
    public static final int BOOLEAN = 3;

    private MetricValueUnion() {}
}
