package io.vigil.bench.fault;

import org.apache.avro.specific.SpecificRecord;

/** One record of the workload, for one of Vigil's input topics. */
record Input(String topic, String key, SpecificRecord value) {}
