package io.vigil.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartTest {

    @Test
    void shouldDrawALinePerSensorWithItsBand() {
        String svg = SvgChart.render(List.of(
                new ChartSeries("s1", List.of(point(0, 1), point(60_000, 3), point(120_000, 2))),
                new ChartSeries("s2", List.of(point(0, -1), point(120_000, 5)))));

        assertThat(svg).startsWith("<svg").contains("data-sensor=\"s1\"", "data-sensor=\"s2\"");
        assertThat(svg.split("<polyline", -1)).hasSize(3);
        assertThat(svg.split("<polygon", -1)).hasSize(3);
        assertThat(svg).contains("1970-01-01 00:00:00 UTC", "1970-01-01 00:02:00 UTC");
        assertThat(svg).doesNotContain("NaN", "Infinity");
    }

    @Test
    void shouldDrawASingleReadingAsAPointWithoutDividingByZero() {
        String svg = SvgChart.render(List.of(new ChartSeries("only", List.of(point(5_000, 7)))));

        assertThat(svg).contains("<circle").doesNotContain("NaN", "Infinity");
    }

    @Test
    void shouldEscapeSensorIds() {
        String svg = SvgChart.render(List.of(new ChartSeries("<b>\"x\"", List.of(point(0, 1), point(1, 2)))));

        assertThat(svg).contains("&lt;b&gt;&quot;x&quot;").doesNotContain("<b>");
    }

    @Test
    void shouldSaySoWhenThereIsNothingToDraw() {
        assertThat(SvgChart.render(List.of())).contains("No readings");
        assertThat(SvgChart.render(List.of(new ChartSeries("s", List.of())))).contains("No readings");
    }

    private static ChartSeries.Point point(long millis, double mean) {
        return new ChartSeries.Point(millis, mean, mean - 0.5, mean + 0.5);
    }
}
