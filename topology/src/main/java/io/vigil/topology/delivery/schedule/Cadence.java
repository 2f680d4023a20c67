package io.vigil.topology.delivery.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When the next file of a stream is due. Local times become instants exactly as {@code ZonedDateTime.of} does: a local
 * time inside a spring-forward gap moves later by the length of the gap, one inside a fall-back overlap takes the
 * earlier instant. Implementations are immutable.
 */
public sealed interface Cadence permits DailyCutoffCadence, MaxGapCadence {

    /** The first due instant once monitoring starts at {@code activeFrom}. */
    Instant firstDue(Instant activeFrom);

    /** The due instant after a qualifying arrival at {@code arrivedAt} that counts for local date {@code deliveryDay}. */
    Instant dueAfter(Instant arrivedAt, LocalDate deliveryDay);

    ZoneId zone();
}
