package io.vigil.connectors.webhook;

/**
 * One alert to deliver, before it is addressed to a webhook.
 *
 * @param eventId what identifies the alert for its receivers, stable across retries and restarts
 * @param projectId the project whose webhooks may receive it; null when every subscriber of the type may
 * @param payload the JSON body, the same bytes for every webhook and every attempt
 */
record AlertMessage(EventType type, String eventId, String projectId, byte[] payload) {

    /** The {@code webhook-id} of this alert sent to {@code webhookId}: receivers deduplicate on it. */
    String messageId(String webhookId) {
        return "msg_" + eventId + "_" + webhookId;
    }
}
