package io.vigil.topology.delivery.state;

import io.vigil.schema.delivery.AlertKind;
import io.vigil.schema.delivery.ArrivalRecord;
import io.vigil.schema.delivery.DeliveryAlert;
import io.vigil.schema.delivery.DeliveryStreamState;
import io.vigil.schema.delivery.EpisodeRecord;
import io.vigil.schema.delivery.EscalationStep;
import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.delivery.StreamStatus;
import io.vigil.topology.delivery.schedule.Cadence;
import io.vigil.topology.delivery.timeline.Episode;
import io.vigil.topology.delivery.timeline.Timeline;
import io.vigil.topology.delivery.timeline.Timelines;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Brings one stream up to an instant: replays its arrivals ({@link Timelines}), reconciles the episodes with what was
 * already announced, and owes exactly the alerts not sent yet. Evaluating the same state twice at the same instant
 * owes nothing the second time, which is what makes sweeps, commands and redelivered inputs harmless.
 */
public final class StreamEvaluator {

    /** Arrivals kept for replay; older ones are folded into the start due (out-of-order tolerance of this depth). */
    static final int MAX_ARRIVALS = 32;

    /**
     * Closed episodes kept. Each retained arrival closes at most one episode, so the replay can rebuild up to
     * {@link #MAX_ARRIVALS} of them: keeping fewer would make it announce trimmed episodes again.
     */
    static final int MAX_CLOSED_EPISODES = MAX_ARRIVALS;

    private StreamEvaluator() {}

    public static Evaluation evaluate(String streamKey, DeliveryStreamState state, Cadence cadence, Instant now) {
        Expectation expectation = state.getExpectation();
        DeliveryStreamState next = StreamStates.copyForUpdate(state);
        next.setEvaluatedAt(now);
        if (!expectation.getEnabled()) {
            next.setStatus(StreamStatus.disabled);
            next.setNextActionAt(null);
            return new Evaluation(next, List.of());
        }
        next.setStartDueAt(StreamStates.startDue(next, cadence));
        foldOldArrivals(next, cadence, now);
        Duration grace = Duration.ofMinutes(expectation.getGraceMinutes());
        Timeline timeline = Timelines.replay(cadence, grace, next.getStartDueAt(), StreamStates.arrivals(next), now);
        next.setEpisodes(reconcile(streamKey, next.getEpisodes(), timeline.episodes(), now));
        if (next.getSnoozedUntil() != null && !next.getSnoozedUntil().isAfter(now)) {
            next.setSnoozedUntil(null);
        }
        List<DeliveryAlert> alerts =
                next.getSnoozedUntil() == null ? owedAlerts(streamKey, next, timeline, now) : List.of();
        next.setEpisodes(trimClosed(withoutWithdrawn(next.getEpisodes(), timeline)));
        describe(next, timeline);
        next.setNextActionAt(nextAction(next, timeline, now).orElse(null));
        return new Evaluation(next, alerts);
    }

    /**
     * The stream's expectation was deleted: every episode its consumers were told of and not told the end of is
     * resolved now, so no incident stays open downstream.
     */
    public static Evaluation retire(DeliveryStreamState state, Instant now) {
        AlertFactory alerts = new AlertFactory(state.getExpectation(), now);
        List<DeliveryAlert> owed = new ArrayList<>();
        for (EpisodeRecord episode : state.getEpisodes()) {
            if (episode.getAnnouncedLevel() > 0 && !episode.getResolutionAnnounced()) {
                EpisodeRecord closed = EpisodeRecord.newBuilder(episode)
                        .setResolvedAt(episode.getResolvedAt() == null ? now : episode.getResolvedAt())
                        .setResolutionAnnounced(true)
                        .build();
                owed.add(alerts.about(closed, AlertKind.resolved, closed.getAnnouncedLevel()));
            }
        }
        return new Evaluation(state, owed);
    }

    /** Folds all but the newest arrivals into {@code folded_through}: the one that set the due the rest start from. */
    private static void foldOldArrivals(DeliveryStreamState state, Cadence cadence, Instant now) {
        List<ArrivalRecord> arrivals = state.getArrivals();
        if (arrivals.size() <= MAX_ARRIVALS) {
            return;
        }
        List<ArrivalRecord> folded = arrivals.subList(0, arrivals.size() - MAX_ARRIVALS);
        Duration grace = Duration.ofMinutes(state.getExpectation().getGraceMinutes());
        Timelines.replay(
                        cadence,
                        grace,
                        state.getStartDueAt(),
                        folded.stream().map(StreamStates::arrival).toList(),
                        now)
                .lastQualifying()
                .flatMap(last -> folded.stream()
                        .filter(record -> record.getKey().equals(last.key())
                                && record.getArrivedAt().equals(last.arrivedAt()))
                        .findFirst())
                .ifPresent(state::setFoldedThrough);
        state.setArrivals(new ArrayList<>(arrivals.subList(arrivals.size() - MAX_ARRIVALS, arrivals.size())));
        state.setStartDueAt(StreamStates.startDue(state, cadence));
    }

    /**
     * Keeps the announcement flags of episodes the replay still has. An announced episode the replay no longer has
     * (an out-of-order arrival or a changed expectation removed it) is closed, so its consumers get a resolution.
     * Episodes are matched on their overdue instant, which with the stream key makes their id ({@link Episode#id}).
     */
    private static List<EpisodeRecord> reconcile(
            String streamKey, List<EpisodeRecord> known, List<Episode> replayed, Instant now) {
        Map<Instant, EpisodeRecord> byOverdue = new LinkedHashMap<>();
        known.forEach(record -> byOverdue.put(record.getOverdueAt(), record));
        List<EpisodeRecord> result = new ArrayList<>();
        for (Episode episode : replayed) {
            EpisodeRecord record = Optional.ofNullable(byOverdue.remove(episode.overdueAt()))
                    .orElseGet(() -> EpisodeRecord.newBuilder()
                            .setEpisodeId(episode.id(streamKey))
                            .setDueAt(episode.dueAt())
                            .setOverdueAt(episode.overdueAt())
                            .build());
            record.setResolvedAt(episode.resolvedAt().orElse(null));
            record.setResolvedByKey(episode.resolvedByKey().orElse(null));
            result.add(record);
        }
        for (EpisodeRecord gone : byOverdue.values()) {
            if (gone.getResolvedAt() == null && gone.getAnnouncedLevel() > 0) {
                gone.setResolvedAt(now);
            }
            if (gone.getAnnouncedLevel() > 0 || gone.getResolvedAt() != null) {
                result.add(gone);
            }
        }
        result.sort(Comparator.comparing(EpisodeRecord::getOverdueAt));
        return result;
    }

    private static List<DeliveryAlert> owedAlerts(
            String streamKey, DeliveryStreamState state, Timeline timeline, Instant now) {
        Expectation expectation = state.getExpectation();
        AlertFactory alerts = new AlertFactory(expectation, now);
        List<DeliveryAlert> owed = new ArrayList<>();
        warning(streamKey, state, timeline, now).ifPresent(episode -> {
            owed.add(alerts.about(episode, AlertKind.warning, 1));
            state.setWarnedDueAt(episode.getDueAt());
        });
        for (EpisodeRecord episode : state.getEpisodes()) {
            if (episode.getAnnouncedLevel() == 0) {
                owed.add(alerts.about(episode, AlertKind.overdue, 1));
                episode.setAnnouncedLevel(1);
            }
            if (episode.getResolvedAt() == null && !episode.getAcknowledged()) {
                int level = escalationLevel(expectation, episode.getOverdueAt(), now);
                if (level > episode.getAnnouncedLevel()) {
                    owed.add(alerts.about(episode, AlertKind.escalated, level));
                    episode.setAnnouncedLevel(level);
                }
            }
            if (episode.getResolvedAt() != null && !episode.getResolutionAnnounced()) {
                owed.add(alerts.about(episode, AlertKind.resolved, episode.getAnnouncedLevel()));
                episode.setResolutionAnnounced(true);
            }
        }
        return owed;
    }

    /** The episode-to-be a warning is owed for: warn time reached, not overdue yet, not warned for this due. */
    private static Optional<EpisodeRecord> warning(
            String streamKey, DeliveryStreamState state, Timeline timeline, Instant now) {
        Integer warnBefore = state.getExpectation().getWarnMinutesBefore();
        if (warnBefore == null
                || timeline.openEpisode().isPresent()
                || timeline.dueAt().equals(state.getWarnedDueAt())
                || !timeline.overdueAt().isAfter(now)
                || timeline.overdueAt().minus(Duration.ofMinutes(warnBefore)).isAfter(now)) {
            return Optional.empty();
        }
        Episode upcoming = new Episode(timeline.dueAt(), timeline.overdueAt(), Optional.empty(), Optional.empty());
        return Optional.of(EpisodeRecord.newBuilder()
                .setEpisodeId(upcoming.id(streamKey))
                .setDueAt(upcoming.dueAt())
                .setOverdueAt(upcoming.overdueAt())
                .build());
    }

    static int escalationLevel(Expectation expectation, Instant overdueAt, Instant now) {
        int level = 1;
        for (EscalationStep step : expectation.getEscalation()) {
            if (!overdueAt.plus(Duration.ofMinutes(step.getAfterMinutes())).isAfter(now)) {
                level = Math.max(level, step.getLevel());
            }
        }
        return level;
    }

    /**
     * Drops episodes the replay no longer has once their resolution is announced: the state then shows exactly the
     * episodes a live run would have had, whatever order the arrivals came in.
     */
    private static List<EpisodeRecord> withoutWithdrawn(List<EpisodeRecord> episodes, Timeline timeline) {
        Set<Instant> replayed =
                timeline.episodes().stream().map(Episode::overdueAt).collect(Collectors.toSet());
        return episodes.stream()
                .filter(e -> replayed.contains(e.getOverdueAt()) || !e.getResolutionAnnounced())
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static List<EpisodeRecord> trimClosed(List<EpisodeRecord> episodes) {
        int closed =
                (int) episodes.stream().filter(e -> e.getResolvedAt() != null).count();
        int drop = Math.max(0, closed - MAX_CLOSED_EPISODES);
        List<EpisodeRecord> kept = new ArrayList<>();
        for (EpisodeRecord episode : episodes) {
            boolean settled = episode.getResolvedAt() != null
                    && (episode.getResolutionAnnounced() || episode.getAnnouncedLevel() == 0);
            if (drop > 0 && settled) {
                drop--;
            } else {
                kept.add(episode);
            }
        }
        return kept;
    }

    private static void describe(DeliveryStreamState state, Timeline timeline) {
        state.setNextDueAt(timeline.dueAt());
        state.setOverdueAt(timeline.overdueAt());
        timeline.lastQualifying().ifPresent(last -> {
            state.setLastArrivalAt(last.arrivedAt());
            state.setLastArrivalKey(last.key());
            state.setDeliveryDay(last.deliveryDay().toString());
        });
        if (timeline.openEpisode().isPresent()) {
            state.setStatus(StreamStatus.overdue);
        } else if (timeline.lastArrivalWasLate()) {
            state.setStatus(StreamStatus.late);
        } else if (state.getLastArrivalAt() != null) {
            state.setStatus(StreamStatus.on_time);
        } else {
            state.setStatus(StreamStatus.pending);
        }
    }

    /** When the sweeper must look again: the next warning, overdue or escalation instant, or the end of a snooze. */
    private static Optional<Instant> nextAction(DeliveryStreamState state, Timeline timeline, Instant now) {
        if (state.getSnoozedUntil() != null) {
            return Optional.of(state.getSnoozedUntil());
        }
        Expectation expectation = state.getExpectation();
        List<Instant> candidates = new ArrayList<>();
        Optional<Episode> open = timeline.openEpisode();
        if (open.isEmpty()) {
            candidates.add(timeline.overdueAt());
            Integer warnBefore = expectation.getWarnMinutesBefore();
            if (warnBefore != null && !timeline.dueAt().equals(state.getWarnedDueAt())) {
                candidates.add(timeline.overdueAt().minus(Duration.ofMinutes(warnBefore)));
            }
        } else if (!acknowledged(state, open.get())) {
            for (EscalationStep step : expectation.getEscalation()) {
                candidates.add(open.get().overdueAt().plus(Duration.ofMinutes(step.getAfterMinutes())));
            }
        }
        return candidates.stream().filter(now::isBefore).min(Instant::compareTo);
    }

    private static boolean acknowledged(DeliveryStreamState state, Episode episode) {
        return state.getEpisodes().stream()
                .anyMatch(record -> record.getOverdueAt().equals(episode.overdueAt()) && record.getAcknowledged());
    }
}
