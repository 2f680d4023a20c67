package io.vigil.connectors.webhook;

import java.time.Instant;

/**
 * One alert on its way to one webhook: how many attempts it has had and when the next one is due. The webhook is
 * named, not held: every attempt looks up its current URL and secret. Used by the sender's poll thread only.
 */
final class PendingDelivery {

    private final PolledAlert alert;
    private final String projectId;
    private final String webhookId;
    private int attempts;
    private Instant dueAt;
    private boolean waitingForBreaker;

    PendingDelivery(PolledAlert alert, String projectId, String webhookId, Instant dueAt) {
        this.alert = alert;
        this.projectId = projectId;
        this.webhookId = webhookId;
        this.dueAt = dueAt;
    }

    PolledAlert alert() {
        return alert;
    }

    AlertMessage message() {
        return alert.message();
    }

    String projectId() {
        return projectId;
    }

    String webhookId() {
        return webhookId;
    }

    String messageId() {
        return alert.message().messageId(webhookId);
    }

    int attempts() {
        return attempts;
    }

    /** The number of the attempt about to be made (1 for the first). */
    int nextAttempt() {
        return attempts + 1;
    }

    void attempting() {
        attempts++;
        waitingForBreaker = false;
    }

    Instant dueAt() {
        return dueAt;
    }

    void dueAt(Instant at) {
        dueAt = at;
    }

    /**
     * Marks the delivery as held by an open breaker.
     *
     * @return whether it was not held already: the first time is logged, the rechecks are not
     */
    boolean heldByBreaker() {
        boolean first = !waitingForBreaker;
        waitingForBreaker = true;
        return first;
    }
}
