package io.vigil.topology.uptime.time;

/** The time a store was known active, known inactive, and of unknown status, over one period; pairwise disjoint. */
public record StatusIntervals(IntervalSet active, IntervalSet inactive, IntervalSet unknown) {}
