package io.vigil.bench.uptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.bench.harness.TempDirs;
import io.vigil.topology.uptime.UptimeSettings;
import io.vigil.topology.uptime.time.ReportRowFormat;
import io.vigil.topology.uptime.time.StatusOptions;
import io.vigil.topology.uptime.time.UptimeCalculator;
import io.vigil.topology.uptime.time.UptimeFigures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MinuteByMinuteReportTest {

    private static final UptimeBenchSizes SIZES = new UptimeBenchSizes(60, 90, 1, 1);
    private static final ReportRowFormat FORMAT = ReportRowFormat.original();

    private Path dir;
    private UptimeInputs inputs;

    @BeforeEach
    void readDataSet() throws Exception {
        dir = Files.createTempDirectory("minute-by-minute-");
        inputs = UptimeInputs.read(UptimeDataSet.write(dir, SIZES));
    }

    @AfterEach
    void deleteDataSet() {
        TempDirs.delete(dir);
    }

    @Test
    void shouldReadTheWholeDataSetWithPollsOnWholeMinutesEndingAtTheLatestPoll() {
        assertThat(inputs.stores()).hasSize(60);
        assertThat(inputs.pollCount()).isEqualTo(SIZES.dataSetPolls()).isEqualTo(60 * 128);
        assertThat(inputs.stores()).allSatisfy(store -> assertThat(inputs.polls(store))
                .hasSize(128)
                .allSatisfy(poll -> assertThat(poll.at().getEpochSecond() % 60).isZero()));
        assertThat(inputs.latestPoll())
                .isBefore(UptimeDataSet.END)
                .isAfter(UptimeDataSet.END.minus(Duration.ofHours(2)));
        assertThat(inputs.stores())
                .anySatisfy(store -> assertThat(inputs.hasHours(store)).isFalse());
        assertThat(inputs.stores())
                .anySatisfy(store -> assertThat(inputs.hasZone(store)).isFalse());
    }

    @Test
    void shouldGiveTheFiguresOfIntervalArithmeticToTheHundredthOnWholeMinutes() {
        Instant reference = inputs.latestPoll();
        Map<String, UptimeFigures> minuteByMinute = MinuteByMinuteReport.of(inputs, reference);

        StringJoiner csv = new StringJoiner("\n").add(FORMAT.header());
        for (String store : inputs.stores()) {
            UptimeFigures exact = UptimeCalculator.of(
                            inputs.hours(store),
                            inputs.zone(store),
                            Set.of(),
                            inputs.polls(store),
                            new StatusOptions(UptimeSettings.DEFAULTS.activeBeforeFirstPoll(), null))
                    .at(reference);
            csv.add(FORMAT.row(store, exact));
        }

        assertThat(ReportCheck.requireSame(minuteByMinute, csv.toString())).isEqualTo(60);
        assertThat(minuteByMinute.values())
                .anySatisfy(figures -> assertThat(figures.lastWeek().downtime()).isPositive());
    }

    @Test
    void shouldFailLoudlyNamingTheStoreWhoseFiguresDiffer() {
        Instant reference = inputs.latestPoll();
        Map<String, UptimeFigures> minuteByMinute = MinuteByMinuteReport.of(inputs, reference);
        String store = inputs.stores().first();
        UptimeFigures figures = minuteByMinute.get(store);
        UptimeFigures shifted = new UptimeFigures(
                reference,
                figures.lastHour(),
                figures.lastDay(),
                new io.vigil.topology.uptime.time.PeriodFigures(
                        figures.lastWeek().uptime().plusMinutes(2),
                        figures.lastWeek().downtime(),
                        figures.lastWeek().unknown()));
        StringJoiner csv = new StringJoiner("\n").add(FORMAT.header()).add(FORMAT.row(store, shifted));
        minuteByMinute.keySet().stream()
                .skip(1)
                .forEach(other -> csv.add(FORMAT.row(other, minuteByMinute.get(other))));

        assertThatThrownBy(() -> ReportCheck.requireSame(minuteByMinute, csv.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("store " + store + ": uptime_last_week is ");
    }
}
