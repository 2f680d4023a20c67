package io.vigil.topology.uptime.time;

import java.time.Instant;
import java.util.Objects;

/** One observation of a store's status: {@code active} or not at instant {@code at}. */
public record Poll(Instant at, boolean active) {

    public Poll {
        Objects.requireNonNull(at, "at");
    }
}
