package io.vigil.topology.delivery.backtest;

import io.vigil.schema.delivery.DeliveryEvent;
import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.topology.delivery.matching.ArrivalRule;
import io.vigil.topology.delivery.schedule.Cadence;
import io.vigil.topology.delivery.schedule.Cadences;
import io.vigil.topology.delivery.timeline.Arrival;
import io.vigil.topology.delivery.timeline.Timelines;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs an unsaved expectation over recorded arrivals with exactly the code of the live path: the same matching rule,
 * the same cadence and the same replay, as if monitoring had started at the beginning of the period.
 */
public final class Backtests {

    private Backtests() {}

    /**
     * @param expectation a validated expectation; its active_from and enabled flag are replaced by the period's start
     * @param objects the bucket's objects in the period, in any order
     */
    public static BacktestResult run(
            Expectation expectation, Set<LocalDate> skipDates, List<S3ObjectEvent> objects, Instant from, Instant to) {
        Expectation asOfFrom = Expectation.newBuilder(expectation)
                .setActiveFrom(from)
                .setEnabled(true)
                .build();
        ArrivalRule rule = ArrivalRule.of(asOfFrom);
        List<Arrival> arrivals = new ArrayList<>();
        int candidates = 0;
        for (S3ObjectEvent object : objects) {
            if (object.getEventTime().isBefore(from) || !object.getEventTime().isBefore(to)) {
                continue;
            }
            Optional<DeliveryEvent> verdict = rule.weigh(object);
            if (verdict.isEmpty()) {
                continue;
            }
            candidates++;
            if (verdict.get().getQualified()) {
                DeliveryEvent qualified = verdict.get();
                arrivals.add(new Arrival(
                        qualified.getArrivedAt(), LocalDate.parse(qualified.getDeliveryDay()), qualified.getKey()));
            }
        }
        arrivals.sort(Arrival.EVENT_TIME_ORDER);
        Cadence cadence = Cadences.of(asOfFrom, skipDates);
        Duration grace = Duration.ofMinutes(asOfFrom.getGraceMinutes());
        return new BacktestResult(
                Timelines.replay(cadence, grace, cadence.firstDue(from), arrivals, to), candidates, arrivals.size());
    }
}
