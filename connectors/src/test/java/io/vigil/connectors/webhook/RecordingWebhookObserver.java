package io.vigil.connectors.webhook;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what the sender reported, as "outcome" and "FROM->TO" lines, for tests to read from any thread. */
final class RecordingWebhookObserver implements WebhookObserver {

    final List<String> attempts = new CopyOnWriteArrayList<>();
    final List<String> moves = new CopyOnWriteArrayList<>();

    @Override
    public void attempted(String outcome, Duration latency) {
        attempts.add(outcome);
    }

    @Override
    public void breakerMoved(String from, String to) {
        moves.add(from + "->" + to);
    }
}
