package io.vigil.api.ui;

import java.util.List;

/** One line of a chart: a sensor's values over time, as bucket means with their min–max band. */
record ChartSeries(String name, List<Point> points) {

    record Point(long epochMillis, double mean, double min, double max) {}
}
