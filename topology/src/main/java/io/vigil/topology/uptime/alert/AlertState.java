package io.vigil.topology.uptime.alert;

import io.vigil.schema.uptime.StoreAlertState;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A store's alert state while it is inactive (no entry while it is active).
 *
 * @param inactiveSince the first inactive poll of the run; fixed while an alert is open
 * @param lastPoll the latest poll of the run
 * @param crossing when the run's business-time inactivity reaches the threshold; {@code null} if it does not
 * @param alertId the open down alert, {@code null} while none is
 */
record AlertState(Instant inactiveSince, Instant lastPoll, Instant crossing, String alertId) {

    AlertState {
        Objects.requireNonNull(inactiveSince, "inactiveSince");
        Objects.requireNonNull(lastPoll, "lastPoll");
    }

    /** The state a store entry holds, or {@code null} for no entry. */
    static AlertState of(StoreAlertState stored) {
        return stored == null
                ? null
                : new AlertState(
                        stored.getInactiveSince(), stored.getLastPoll(), stored.getCrossing(), stored.getAlertId());
    }

    StoreAlertState stored() {
        return new StoreAlertState(inactiveSince, lastPoll, crossing, alertId);
    }

    /** The id of the down alert of a run, the same for every computation of it: store id, ':', start in micros. */
    static String alertId(String storeId, Instant inactiveSince) {
        return storeId + ":" + ChronoUnit.MICROS.between(Instant.EPOCH, inactiveSince);
    }

    boolean alertOpen() {
        return alertId != null;
    }

    InactiveRun run() {
        return new InactiveRun(inactiveSince, lastPoll);
    }

    /** The instant the due index holds for this state: its crossing while no alert is open. */
    Instant due() {
        return alertOpen() ? null : crossing;
    }

    AlertState withLastPoll(Instant at) {
        return new AlertState(inactiveSince, at, crossing, alertId);
    }

    AlertState withCrossing(Instant at) {
        return new AlertState(inactiveSince, lastPoll, at, alertId);
    }

    AlertState opened(String id) {
        return new AlertState(inactiveSince, lastPoll, crossing, id);
    }
}
