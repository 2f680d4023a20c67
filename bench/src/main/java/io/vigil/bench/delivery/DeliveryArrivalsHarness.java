package io.vigil.bench.delivery;

import io.vigil.bench.harness.Harness;
import io.vigil.schema.delivery.DeliveryAlert;
import java.util.List;

/**
 * Object events per second through the whole topology with every expectation loaded (candidate), against the same
 * events through the ingress sub-topology alone (baseline): the ratio is what delivery matching and stream state
 * cost. Each round pipes the next {@code arrivals} events of the workload (new keys, a later day), so duplicates
 * never short-cut the work; the driver's wall clock stays put, so no sweep runs while arrivals are timed.
 */
public final class DeliveryArrivalsHarness implements Harness {

    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private final DeliveryWorkload workload;
    private final DeliveryDriver topology;
    private final DeliveryDriver ingress;
    private long nextCandidateArrival;
    private long nextBaselineArrival;

    private DeliveryArrivalsHarness(DeliveryWorkload workload, DeliveryDriver topology, DeliveryDriver ingress) {
        this.workload = workload;
        this.topology = topology;
        this.ingress = ingress;
    }

    /** Sets up both drivers and loads the expectations into the whole topology (not timed). */
    public static DeliveryArrivalsHarness create(DeliveryBenchSizes sizes) {
        DeliveryWorkload workload = new DeliveryWorkload(sizes);
        DeliveryDriver ingress = DeliveryDriver.ingressOnly(workload);
        try {
            return new DeliveryArrivalsHarness(workload, DeliveryDriver.wholeTopology(workload), ingress);
        } catch (RuntimeException e) {
            ingress.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return "delivery-arrivals";
    }

    @Override
    public String unit() {
        return "records/s";
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public String baselineDescription() {
        return "ingress sub-topology alone, " + workload.sizes().arrivals() + " arrivals a round";
    }

    @Override
    public String candidateDescription() {
        return "whole topology, " + workload.streams() + " expectations in "
                + workload.sizes().buckets() + " buckets";
    }

    @Override
    public double measureBaseline() {
        int count = workload.sizes().arrivals();
        long start = System.nanoTime();
        ingress.pipeArrivals(nextBaselineArrival, count);
        double seconds = (System.nanoTime() - start) / NANOS_PER_SECOND;
        nextBaselineArrival += count;
        return count / seconds;
    }

    @Override
    public double measureCandidate() {
        int count = workload.sizes().arrivals();
        long start = System.nanoTime();
        long events = topology.pipeArrivals(nextCandidateArrival, count);
        double seconds = (System.nanoTime() - start) / NANOS_PER_SECOND;
        nextCandidateArrival += count;
        requireAllOnTime(count, events, topology.readAlerts());
        return count / seconds;
    }

    /** Every arrival matches exactly one stream before its cutoff: one delivery event each and no alert. */
    static void requireAllOnTime(int arrivals, long events, List<DeliveryAlert> alerts) {
        if (events != arrivals || !alerts.isEmpty()) {
            throw new IllegalStateException(String.format(
                    "%d arrivals made %d delivery events and %d alerts; expected one event each and no alert",
                    arrivals, events, alerts.size()));
        }
    }

    @Override
    public void close() {
        try {
            topology.close();
        } finally {
            ingress.close();
        }
    }
}
