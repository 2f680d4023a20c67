package io.vigil.topology.delivery;

import io.vigil.schema.delivery.DeliveryAlert;
import io.vigil.schema.delivery.DeliveryCalendar;
import io.vigil.schema.delivery.DeliveryCommand;
import io.vigil.schema.delivery.DeliveryEvent;
import io.vigil.schema.delivery.DeliveryStreamState;
import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.delivery.ExpectationRoute;
import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.AvroSerde;
import org.apache.kafka.common.serialization.Serde;

/** The Avro serdes of the delivery domain, all against one registry. */
public record DeliverySerdes(
        Serde<Expectation> expectations,
        Serde<DeliveryCommand> commands,
        Serde<DeliveryEvent> events,
        Serde<DeliveryAlert> alerts,
        Serde<DeliveryStreamState> states,
        Serde<ExpectationRoute> routes,
        Serde<DeliveryCalendar> calendars,
        Serde<S3ObjectEvent> objects) {

    public static DeliverySerdes of(SchemaRegistry registry) {
        return new DeliverySerdes(
                AvroSerde.of(Expectation.class, registry),
                AvroSerde.of(DeliveryCommand.class, registry),
                AvroSerde.of(DeliveryEvent.class, registry),
                AvroSerde.of(DeliveryAlert.class, registry),
                AvroSerde.of(DeliveryStreamState.class, registry),
                AvroSerde.of(ExpectationRoute.class, registry),
                AvroSerde.of(DeliveryCalendar.class, registry),
                AvroSerde.of(S3ObjectEvent.class, registry));
    }
}
