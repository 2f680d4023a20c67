package io.vigil.connectors.webhook;

import io.vigil.schema.tenancy.Webhook;

/** A finished attempt, handed from a worker thread back to the poll thread: the delivery, as sent, and how it ended. */
record Attempted(PendingDelivery delivery, Webhook webhook, AttemptResult result) {}
