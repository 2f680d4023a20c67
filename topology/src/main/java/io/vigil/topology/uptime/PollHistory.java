package io.vigil.topology.uptime;

import io.vigil.topology.uptime.time.Poll;
import java.time.Instant;
import java.util.List;

/** Where a store's polls are read from. */
interface PollHistory {

    /**
     * The store's polls in {@code [from, to)} in time order, preceded by its latest poll before {@code from} (within
     * the retention) if there is one: that poll sets the status at {@code from}.
     */
    List<Poll> polls(String storeId, Instant from, Instant to);
}
