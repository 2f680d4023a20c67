package io.vigil.topology.delivery.state;

import io.vigil.schema.delivery.AlertKind;
import io.vigil.schema.delivery.DeliveryAlert;
import io.vigil.schema.delivery.EpisodeRecord;
import io.vigil.schema.delivery.Expectation;
import java.time.Instant;

/** Builds a stream's alerts. An alert id names its episode, kind and level, so a consumer can drop repeats. */
final class AlertFactory {

    private final Expectation expectation;
    private final Instant now;

    AlertFactory(Expectation expectation, Instant now) {
        this.expectation = expectation;
        this.now = now;
    }

    DeliveryAlert about(EpisodeRecord episode, AlertKind kind, int level) {
        return DeliveryAlert.newBuilder()
                .setAlertId(episode.getEpisodeId() + "/" + kind + (kind == AlertKind.escalated ? "-" + level : ""))
                .setEpisodeId(episode.getEpisodeId())
                .setClientId(expectation.getClientId())
                .setStreamId(expectation.getStreamId())
                .setKind(kind)
                .setLevel(level)
                .setSeverity(expectation.getSeverity())
                .setChannels(expectation.getChannels())
                .setDueAt(episode.getDueAt())
                .setOverdueAt(episode.getOverdueAt())
                .setResolvedAt(kind == AlertKind.resolved ? episode.getResolvedAt() : null)
                .setResolvedByKey(kind == AlertKind.resolved ? episode.getResolvedByKey() : null)
                .setEmittedAt(now)
                .build();
    }
}
