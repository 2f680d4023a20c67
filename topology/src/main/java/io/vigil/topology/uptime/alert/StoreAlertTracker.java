package io.vigil.topology.uptime.alert;

import io.vigil.schema.uptime.StoreAlertKind;
import io.vigil.schema.uptime.StoreAlertState;
import io.vigil.schema.uptime.StoreDownAlert;
import io.vigil.topology.uptime.StoreProfile;
import io.vigil.topology.uptime.time.Poll;
import io.vigil.topology.uptime.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each store's {@link AlertState} and its due-index entry in step with its polls and profile, and raises the
 * alerts: down when a run's crossing has passed (found through the due index), recovered on the first active poll
 * after a down. At most one open alert per store; polls are read by their time, not their arrival, so a duplicate
 * changes nothing and a late one is placed where it belongs.
 */
final class StoreAlertTracker {

    private final KeyValueStore<String, StoreAlertState> states;
    private final AlertIndex index;
    private final StoreReader reader;
    private final Duration threshold;

    StoreAlertTracker(
            KeyValueStore<String, StoreAlertState> states, AlertIndex index, StoreReader reader, Duration threshold) {
        this.states = states;
        this.index = index;
        this.reader = reader;
        this.threshold = threshold;
    }

    /** A poll already in the poll store; returns the recovered alert it causes, if any. */
    Optional<StoreDownAlert> onPoll(String storeId, Poll poll) {
        AlertState state = AlertState.of(states.get(storeId));
        boolean late = reader.latestPoll(storeId).filter(poll.at()::isBefore).isPresent()
                || (state != null && !poll.at().isAfter(state.lastPoll()));
        if (late) {
            return recompute(storeId, state);
        }
        if (poll.active()) {
            return state == null ? Optional.empty() : end(storeId, state, poll.at());
        }
        StoreProfile profile = reader.profile(storeId);
        if (state != null && (state.alertOpen() || state.run().continuedBy(poll.at(), profile.maxPollGap()))) {
            AlertState extended = state.withLastPoll(poll.at());
            save(storeId, state, profile.maxPollGap() == null ? extended : withCrossing(extended, profile));
        } else {
            save(storeId, state, withCrossing(new AlertState(poll.at(), poll.at(), null, null), profile));
        }
        return Optional.empty();
    }

    /** New hours or zone: the crossing of a store not yet alerted moves. */
    void onProfileChange(String storeId) {
        AlertState state = AlertState.of(states.get(storeId));
        if (state != null && !state.alertOpen()) {
            save(storeId, state, withCrossing(state, reader.profile(storeId)));
        }
    }

    /**
     * Raises the down alerts of the stores whose crossing is at or before {@code now}, each checked against its
     * profile as it is now (a closure calendar may have changed since).
     */
    void sweep(Instant now, Consumer<StoreDownAlert> alerts) {
        for (String storeId : index.takeDue(now)) {
            AlertState state = AlertState.of(states.get(storeId));
            if (state == null || state.due() == null) {
                continue;
            }
            AlertState checked = withCrossing(state, reader.profile(storeId));
            if (checked.crossing() != null
                    && !checked.crossing().truncatedTo(ChronoUnit.MILLIS).isAfter(now)) {
                String alertId = AlertState.alertId(storeId, checked.inactiveSince());
                states.put(storeId, checked.opened(alertId).stored());
                alerts.accept(alert(storeId, checked.opened(alertId), StoreAlertKind.down, checked.crossing(), null));
            } else {
                // The index entry is gone already: save from a state without one.
                save(storeId, checked.withCrossing(null), checked);
            }
        }
    }

    /** A late poll: the run is read again from the poll store. An open alert stays open while the store is inactive. */
    private Optional<StoreDownAlert> recompute(String storeId, AlertState state) {
        StoreProfile profile = reader.profile(storeId);
        Optional<InactiveRun> run = reader.currentRun(storeId, profile);
        if (run.isEmpty()) {
            return state == null
                    ? Optional.empty()
                    : end(storeId, state, reader.latestPoll(storeId).orElse(state.lastPoll()));
        }
        if (state != null && state.alertOpen()) {
            states.put(storeId, state.withLastPoll(run.get().lastPoll()).stored());
        } else {
            save(
                    storeId,
                    state,
                    withCrossing(new AlertState(run.get().since(), run.get().lastPoll(), null, null), profile));
        }
        return Optional.empty();
    }

    /** The store is active again at {@code at}: its state goes, and a recovered alert if a down was raised. */
    private Optional<StoreDownAlert> end(String storeId, AlertState state, Instant at) {
        index.move(storeId, state.due(), null);
        states.delete(storeId);
        if (!state.alertOpen()) {
            return Optional.empty();
        }
        Duration downtime = at.isAfter(state.inactiveSince())
                ? reader.inactivity(storeId, reader.profile(storeId), new TimeInterval(state.inactiveSince(), at))
                : Duration.ZERO;
        return Optional.of(alert(storeId, state, StoreAlertKind.recovered, at, downtime));
    }

    private AlertState withCrossing(AlertState state, StoreProfile profile) {
        Instant crossing = BusinessInactivity.crossing(
                        reader.business(profile),
                        state.inactiveSince(),
                        state.run().end(profile.maxPollGap()),
                        threshold)
                .orElse(null);
        return state.withCrossing(crossing);
    }

    private void save(String storeId, AlertState before, AlertState after) {
        index.move(storeId, before == null ? null : before.due(), after.due());
        states.put(storeId, after.stored());
    }

    private StoreDownAlert alert(
            String storeId, AlertState state, StoreAlertKind kind, Instant detectedAt, Duration downtime) {
        return StoreDownAlert.newBuilder()
                .setAlertId(state.alertId())
                .setStoreId(storeId)
                .setKind(kind)
                .setDownSince(state.inactiveSince())
                .setDetectedAt(detectedAt)
                .setThresholdSeconds(threshold.toSeconds())
                .setDowntimeSeconds(downtime == null ? null : downtime.toSeconds())
                .build();
    }
}
