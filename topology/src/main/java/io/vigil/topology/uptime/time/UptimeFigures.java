package io.vigil.topology.uptime.time;

import java.time.Instant;

/** A store's figures for the last hour, day and week before {@code reference}. */
public record UptimeFigures(Instant reference, PeriodFigures lastHour, PeriodFigures lastDay, PeriodFigures lastWeek) {}
