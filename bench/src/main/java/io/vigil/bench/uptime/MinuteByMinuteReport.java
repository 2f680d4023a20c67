package io.vigil.bench.uptime;

import io.vigil.topology.uptime.UptimeSettings;
import io.vigil.topology.uptime.time.MinuteByMinuteUptime;
import io.vigil.topology.uptime.time.StatusOptions;
import io.vigil.topology.uptime.time.TimeInterval;
import io.vigil.topology.uptime.time.UptimeCalculator;
import io.vigil.topology.uptime.time.UptimeFigures;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The baseline: the original service's report, every store's last hour, day and week counted minute by minute (the
 * topology's test reference of that algorithm), each period on its own as the original computes them.
 */
final class MinuteByMinuteReport {

    private static final StatusOptions OPTIONS =
            new StatusOptions(UptimeSettings.DEFAULTS.activeBeforeFirstPoll(), null);

    private MinuteByMinuteReport() {}

    /** Every store's figures at {@code reference}, in store id order. */
    static Map<String, UptimeFigures> of(UptimeInputs inputs, Instant reference) {
        Map<String, UptimeFigures> figures = new LinkedHashMap<>();
        for (String storeId : inputs.stores()) {
            MinuteByMinuteUptime store = new MinuteByMinuteUptime(
                    inputs.hours(storeId), inputs.zone(storeId), Set.of(), inputs.polls(storeId), OPTIONS);
            figures.put(
                    storeId,
                    new UptimeFigures(
                            reference,
                            store.over(TimeInterval.endingAt(reference, UptimeCalculator.HOUR)),
                            store.over(TimeInterval.endingAt(reference, UptimeCalculator.DAY)),
                            store.over(TimeInterval.endingAt(reference, UptimeCalculator.WEEK))));
        }
        return figures;
    }
}
