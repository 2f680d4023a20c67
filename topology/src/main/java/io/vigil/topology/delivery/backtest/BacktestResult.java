package io.vigil.topology.delivery.backtest;

import io.vigil.topology.delivery.timeline.Timeline;

/**
 * What an expectation would have said over a past period.
 *
 * @param timeline its episodes, and where the due stood at the end of the period
 * @param candidates objects of the period under the expectation's bucket and prefix
 * @param qualified those of them that qualified
 */
public record BacktestResult(Timeline timeline, int candidates, int qualified) {}
