package io.vigil.topology.delivery;

import io.vigil.schema.delivery.DeliveryCalendar;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keeps the global {@value DeliveryNames#CALENDARS_STORE} equal to the compacted calendars topic. */
final class CalendarUpdater implements Processor<String, DeliveryCalendar, Void, Void> {

    private KeyValueStore<String, DeliveryCalendar> calendars;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        calendars = context.getStateStore(DeliveryNames.CALENDARS_STORE);
    }

    @Override
    public void process(Record<String, DeliveryCalendar> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            calendars.delete(record.key());
        } else {
            calendars.put(record.key(), record.value());
        }
    }
}
