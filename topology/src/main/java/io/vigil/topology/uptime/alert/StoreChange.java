package io.vigil.topology.uptime.alert;

import io.vigil.schema.uptime.StorePoll;

/** What the alert tracker hears of a store, after the uptime stores recorded it. Never serialised. */
public sealed interface StoreChange {

    /** A valid poll, already in the poll store. */
    record Polled(StorePoll poll) implements StoreChange {}

    /** New (or deleted) business hours or timezone: the store's crossing may move. */
    record ProfileChanged() implements StoreChange {}
}
