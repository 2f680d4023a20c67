package io.vigil.topology.delivery.state;

import io.vigil.schema.delivery.DeliveryAlert;
import io.vigil.schema.delivery.DeliveryStreamState;
import java.util.List;

/** A stream's state after an evaluation and the alerts that evaluation owes its consumers, in order. */
public record Evaluation(DeliveryStreamState state, List<DeliveryAlert> alerts) {}
