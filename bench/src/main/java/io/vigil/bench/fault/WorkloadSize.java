package io.vigil.bench.fault;

/**
 * How much one slice of the workload sends.
 *
 * @param devices telemetry devices, each sent {@code batchesPerDevice} batches of {@code eventsPerBatch} readings
 * @param streams delivery streams, each sent {@code objectsPerStream} S3 objects
 * @param stores new stores, each polled active then inactive long enough to be down
 * @param qualityObjects CSV objects the quality rule checks
 * @param sensorFiles sensor CSV files, each of {@code rowsPerFile} rows
 */
record WorkloadSize(
        int devices,
        int batchesPerDevice,
        int eventsPerBatch,
        int streams,
        int objectsPerStream,
        int stores,
        int qualityObjects,
        int sensorFiles,
        int rowsPerFile) {

    /** A slice small enough for CI: about a second of work for two instances on two cores. */
    static WorkloadSize ci() {
        return new WorkloadSize(12, 3, 40, 6, 4, 6, 6, 4, 300);
    }

    /** The soak run's slice: the same shape, ten times the telemetry. */
    static WorkloadSize soak() {
        return new WorkloadSize(40, 6, 100, 12, 8, 12, 12, 6, 3000);
    }

    int events() {
        return devices * batchesPerDevice * eventsPerBatch;
    }

    int inputRecords() {
        return devices * batchesPerDevice + streams * objectsPerStream + 2 * stores + qualityObjects + sensorFiles;
    }
}
