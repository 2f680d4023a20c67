package io.vigil.topology.uptime;

import java.time.Instant;
import java.util.List;

/**
 * The stores a polls task knows (every store of its directory {@value UptimeNames#STATUS_STORE}) and its newest poll
 * time.
 *
 * @param ids in the directory's key order when read from it, in no particular order when read from the
 *     {@link UptimeCache}
 * @param newestPoll null if no store has a poll
 */
public record TaskStores(List<String> ids, Instant newestPoll) {}
