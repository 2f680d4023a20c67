package io.vigil.api.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Draws values over time as an inline SVG on the server: no chart library and no script, so the page shows its chart
 * even before (or without) its live-update script. Each series is a line through its bucket means over a band from
 * bucket min to max.
 */
final class SvgChart {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 280;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 15;
    private static final int BOTTOM = 40;
    private static final int TICKS = 5;
    private static final String[] COLOURS = {
        "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"
    };
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private SvgChart() {}

    static String render(List<ChartSeries> series) {
        Bounds bounds = Bounds.of(series);
        if (bounds == null) {
            return "<p class=\"muted\">No readings to chart.</p>";
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"Values over time\">");
        axes(svg, bounds);
        for (int i = 0; i < series.size(); i++) {
            line(svg, series.get(i), COLOURS[i % COLOURS.length], bounds);
        }
        svg.append("</svg>");
        legend(svg, series);
        return svg.toString();
    }

    private static void axes(StringBuilder svg, Bounds bounds) {
        for (int i = 0; i <= TICKS; i++) {
            double value = bounds.minValue + (bounds.maxValue - bounds.minValue) * i / TICKS;
            double y = bounds.y(value);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                            + "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    LEFT,
                    WIDTH - RIGHT,
                    y,
                    y,
                    LEFT - 6,
                    y + 4,
                    Html.text(String.format(Locale.ROOT, "%.4g", value))));
        }
        String from = TIME.format(Instant.ofEpochMilli(bounds.minTime));
        String to = TIME.format(Instant.ofEpochMilli(bounds.maxTime));
        svg.append(String.format(
                Locale.ROOT,
                "<text class=\"tick\" x=\"%d\" y=\"%d\">%s UTC</text>"
                        + "<text class=\"tick\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s UTC</text>",
                LEFT,
                HEIGHT - 12,
                from,
                WIDTH - RIGHT,
                HEIGHT - 12,
                to));
    }

    private static void line(StringBuilder svg, ChartSeries series, String colour, Bounds bounds) {
        List<ChartSeries.Point> points = series.points();
        if (points.isEmpty()) {
            return;
        }
        StringBuilder band = new StringBuilder();
        StringBuilder means = new StringBuilder();
        for (ChartSeries.Point point : points) {
            band.append(coordinate(bounds.x(point.epochMillis()), bounds.y(point.max())));
            means.append(coordinate(bounds.x(point.epochMillis()), bounds.y(point.mean())));
        }
        for (int i = points.size() - 1; i >= 0; i--) {
            ChartSeries.Point point = points.get(i);
            band.append(coordinate(bounds.x(point.epochMillis()), bounds.y(point.min())));
        }
        svg.append("<g class=\"series\" data-sensor=\"")
                .append(Html.text(series.name()))
                .append("\"><polygon fill=\"")
                .append(colour)
                .append("\" fill-opacity=\"0.15\" stroke=\"none\" points=\"")
                .append(band)
                .append("\"/>");
        if (points.size() == 1) {
            ChartSeries.Point only = points.get(0);
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>",
                    bounds.x(only.epochMillis()),
                    bounds.y(only.mean()),
                    colour));
        } else {
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
                    .append(colour)
                    .append("\" points=\"")
                    .append(means)
                    .append("\"/>");
        }
        svg.append("</g>");
    }

    private static void legend(StringBuilder html, List<ChartSeries> series) {
        html.append("<ul class=\"legend\">");
        for (int i = 0; i < series.size(); i++) {
            // a class, not a style attribute: the pages' Content-Security-Policy allows no inline style
            html.append("<li><span class=\"swatch c")
                    .append(i % COLOURS.length)
                    .append("\"></span>")
                    .append(Html.text(series.get(i).name()))
                    .append("</li>");
        }
        html.append("</ul>");
    }

    private static String coordinate(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f ", x, y);
    }

    /** The data's extent, widened where it is a single instant or a single value so that nothing divides by zero. */
    private static final class Bounds {

        private long minTime = Long.MAX_VALUE;
        private long maxTime = Long.MIN_VALUE;
        private double minValue = Double.POSITIVE_INFINITY;
        private double maxValue = Double.NEGATIVE_INFINITY;

        static Bounds of(List<ChartSeries> series) {
            Bounds bounds = new Bounds();
            series.forEach(line -> line.points().forEach(bounds::include));
            if (bounds.minTime > bounds.maxTime) {
                return null;
            }
            if (bounds.minTime == bounds.maxTime) {
                bounds.minTime -= 1_000;
                bounds.maxTime += 1_000;
            }
            if (bounds.minValue == bounds.maxValue) {
                double margin = Math.max(1, Math.abs(bounds.minValue) * 0.1);
                bounds.minValue -= margin;
                bounds.maxValue += margin;
            }
            return bounds;
        }

        private void include(ChartSeries.Point point) {
            minTime = Math.min(minTime, point.epochMillis());
            maxTime = Math.max(maxTime, point.epochMillis());
            minValue = Math.min(minValue, point.min());
            maxValue = Math.max(maxValue, point.max());
        }

        double x(long epochMillis) {
            return LEFT + (double) (epochMillis - minTime) / (maxTime - minTime) * (WIDTH - LEFT - RIGHT);
        }

        double y(double value) {
            return TOP + (maxValue - value) / (maxValue - minValue) * (HEIGHT - TOP - BOTTOM);
        }
    }
}
