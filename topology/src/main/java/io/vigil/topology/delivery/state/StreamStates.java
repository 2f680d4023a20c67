package io.vigil.topology.delivery.state;

import io.vigil.schema.delivery.ArrivalRecord;
import io.vigil.schema.delivery.DeliveryStreamState;
import io.vigil.schema.delivery.EpisodeRecord;
import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.delivery.StreamStatus;
import io.vigil.topology.delivery.schedule.Cadence;
import io.vigil.topology.delivery.timeline.Arrival;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecordBase;

/** The changes inputs make to a stream's state before it is evaluated. Each returns a new state. */
public final class StreamStates {

    private StreamStates() {}

    /** A stream seen for the first time: due first at the cadence's first due at or after monitoring starts. */
    public static DeliveryStreamState initial(Expectation expectation, Cadence cadence) {
        Instant start = monitoringStart(expectation);
        Instant firstDue = cadence.firstDue(start);
        return DeliveryStreamState.newBuilder()
                .setExpectation(expectation)
                .setStartDueAt(firstDue)
                .setStatus(expectation.getEnabled() ? StreamStatus.pending : StreamStatus.disabled)
                .setNextDueAt(firstDue)
                .setOverdueAt(firstDue)
                .setEvaluatedAt(start)
                .build();
    }

    /**
     * A changed expectation: the replay restarts under the new cadence. Re-enabling a disabled stream starts afresh at
     * {@code now}: no episode for the time it was off.
     */
    public static DeliveryStreamState withExpectation(
            DeliveryStreamState state, Expectation expectation, Cadence cadence, Instant now) {
        DeliveryStreamState next = copyForUpdate(state);
        next.setExpectation(expectation);
        boolean reenabled = expectation.getEnabled() && !state.getExpectation().getEnabled();
        if (reenabled) {
            next.setArrivals(new ArrayList<>());
            next.setFoldedThrough(null);
            next.setRestartedAt(now);
        }
        next.setStartDueAt(startDue(next, cadence));
        return next;
    }

    /**
     * The due instant the replay starts from, under the cadence as it is now (a changed expectation or calendar takes
     * effect at once): the due after the last folded arrival, else the first due once monitoring (re)started.
     */
    public static Instant startDue(DeliveryStreamState state, Cadence cadence) {
        ArrivalRecord folded = state.getFoldedThrough();
        if (folded != null) {
            return cadence.dueAfter(folded.getArrivedAt(), LocalDate.parse(folded.getDeliveryDay()));
        }
        Instant start = monitoringStart(state.getExpectation());
        return cadence.firstDue(state.getRestartedAt() == null ? start : later(start, state.getRestartedAt()));
    }

    /** Adds a qualifying arrival in event-time order; the same object (key and etag) twice changes nothing. */
    public static DeliveryStreamState withArrival(DeliveryStreamState state, ArrivalRecord arrival) {
        boolean known = state.getArrivals().stream()
                .anyMatch(a -> a.getKey().equals(arrival.getKey()) && Objects.equals(a.getEtag(), arrival.getEtag()));
        if (known) {
            return state;
        }
        List<ArrivalRecord> arrivals = new ArrayList<>(state.getArrivals());
        arrivals.add(arrival);
        arrivals.sort((a, b) -> Arrival.EVENT_TIME_ORDER.compare(arrival(a), arrival(b)));
        DeliveryStreamState next = copyForUpdate(state);
        next.setArrivals(arrivals);
        return next;
    }

    /** Stops escalation of an episode: the one named, or the open one. Empty when there is no such episode. */
    public static Optional<DeliveryStreamState> acknowledged(DeliveryStreamState state, String episodeIdOrNull) {
        DeliveryStreamState next = copyForUpdate(state);
        Optional<EpisodeRecord> target = next.getEpisodes().stream()
                .filter(e -> episodeIdOrNull == null
                        ? e.getResolvedAt() == null
                        : e.getEpisodeId().equals(episodeIdOrNull))
                .findFirst();
        target.ifPresent(e -> e.setAcknowledged(true));
        return target.map(e -> next);
    }

    public static DeliveryStreamState snoozed(DeliveryStreamState state, Instant until) {
        DeliveryStreamState next = copyForUpdate(state);
        next.setSnoozedUntil(until);
        return next;
    }

    /**
     * A copy to change: its own fields and episode records (which evaluation updates in place), sharing the
     * expectation and arrival records, which are only ever replaced. Avro's builder copy would deep-copy them all, on
     * every evaluation.
     */
    static DeliveryStreamState copyForUpdate(DeliveryStreamState state) {
        DeliveryStreamState copy = shallowCopy(state, new DeliveryStreamState());
        List<EpisodeRecord> episodes = new ArrayList<>(state.getEpisodes().size());
        state.getEpisodes().forEach(episode -> episodes.add(shallowCopy(episode, new EpisodeRecord())));
        copy.setEpisodes(episodes);
        return copy;
    }

    private static <T extends SpecificRecordBase> T shallowCopy(T from, T to) {
        for (int field = 0; field < from.getSchema().getFields().size(); field++) {
            to.put(field, from.get(field));
        }
        return to;
    }

    static List<Arrival> arrivals(DeliveryStreamState state) {
        return state.getArrivals().stream().map(StreamStates::arrival).toList();
    }

    static Arrival arrival(ArrivalRecord record) {
        return new Arrival(record.getArrivedAt(), LocalDate.parse(record.getDeliveryDay()), record.getKey());
    }

    private static Instant monitoringStart(Expectation expectation) {
        return expectation.getActiveFrom() != null ? expectation.getActiveFrom() : expectation.getCreatedAt();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
