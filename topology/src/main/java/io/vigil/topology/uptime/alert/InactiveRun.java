package io.vigil.topology.uptime.alert;

import io.vigil.topology.uptime.time.Poll;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

/**
 * A store's current stretch of known inactivity: from the first inactive poll after its last active one (or after a
 * silence longer than its max poll gap, which is unknown time, not down) to its latest poll.
 */
record InactiveRun(Instant since, Instant lastPoll) {

    InactiveRun {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(lastPoll, "lastPoll");
    }

    /** The end of the known inactivity: {@code lastPoll + gap}, or {@code null} (for ever) without a gap. */
    Instant end(Duration maxPollGap) {
        return maxPollGap == null ? null : lastPoll.plus(maxPollGap);
    }

    /** Whether an inactive poll at {@code at} (not before {@link #lastPoll}) continues this run. */
    boolean continuedBy(Instant at, Duration maxPollGap) {
        return maxPollGap == null || !at.isAfter(lastPoll.plus(maxPollGap));
    }

    InactiveRun extendedTo(Instant at) {
        return new InactiveRun(since, at);
    }

    /** The run the store's polls end with, from its polls newest first; empty if its latest poll is active. */
    static Optional<InactiveRun> endingWith(Iterator<Poll> newestFirst, Duration maxPollGap) {
        InactiveRun run = null;
        while (newestFirst.hasNext()) {
            Poll poll = newestFirst.next();
            if (poll.active()) {
                break;
            }
            if (run == null) {
                run = new InactiveRun(poll.at(), poll.at());
            } else if (maxPollGap != null && run.since().isAfter(poll.at().plus(maxPollGap))) {
                break;
            } else {
                run = new InactiveRun(poll.at(), run.lastPoll());
            }
        }
        return Optional.ofNullable(run);
    }
}
