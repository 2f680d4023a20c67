package io.vigil.topology.uptime.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.config.VigilConfig;
import io.vigil.schema.uptime.BusinessHours;
import io.vigil.schema.uptime.BusinessInterval;
import io.vigil.schema.uptime.ReportPart;
import io.vigil.schema.uptime.ReportPartKind;
import io.vigil.schema.uptime.ReportRequest;
import io.vigil.schema.uptime.ReportRow;
import io.vigil.schema.uptime.ReportState;
import io.vigil.schema.uptime.ReportStatus;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreStatus;
import io.vigil.schema.uptime.StoreTimezone;
import io.vigil.topology.uptime.UptimeNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTopologyTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final String REPORT = "0b4a9a3e-5f7c-4d0e-9a51-1f2e3d4c5b6a";
    /** A second report, after {@link #REPORT}. */
    private static final String NEXT = "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

    private static final String HEADER = "store_id,uptime_last_hour,uptime_last_day,uptime_last_week,"
            + "downtime_last_hour,downtime_last_day,downtime_last_week";
    /** Up from 11:30 to 11:45 on the reference day, inactive before (no poll) and after. */
    private static final String STORE_A_ROW = "A,15.00,0.25,0.25,45.00,23.75,167.75";
    /** Known by its zone only: no poll, so inactive all week. */
    private static final String STORE_B_ROW = "B,0.00,0.00,0.00,60.00,24.00,168.00";

    @TempDir
    Path stateDir;

    private ReportDriver driver;
    private TestInputTopic<String, StorePoll> polls;
    private TestInputTopic<String, StoreTimezone> zones;
    private TestInputTopic<String, ReportRequest> requests;
    private TestInputTopic<String, ReportPart> parts;
    private TestInputTopic<String, ReportStatus> statusesIn;
    private TestOutputTopic<String, ReportStatus> statuses;
    private TestOutputTopic<String, ReportPart> partsOut;
    private TestOutputTopic<String, ReportRequest> requestsOut;

    @BeforeEach
    void start() {
        start(Map.of());
    }

    private void start(Map<String, Object> settings) {
        driver = new ReportDriver(stateDir, NOW, settings);
        polls = driver.input(UptimeNames.POLLS_TOPIC, StorePoll.class);
        zones = driver.input(UptimeNames.TIMEZONES_TOPIC, StoreTimezone.class);
        requests = driver.input(ReportNames.REQUESTS_TOPIC, ReportRequest.class);
        parts = driver.input(ReportNames.PARTS_TOPIC, ReportPart.class);
        statusesIn = driver.input(ReportNames.REPORTS_TOPIC, ReportStatus.class);
        statuses = driver.output(ReportNames.REPORTS_TOPIC, ReportStatus.class);
        partsOut = driver.output(ReportNames.PARTS_TOPIC, ReportPart.class);
        requestsOut = driver.output(ReportNames.REQUESTS_TOPIC, ReportRequest.class);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void shouldWriteTheRowsOfEveryKnownStoreSortedByStoreIdOnceTheOnlyPartitionHasAnswered() {
        storesAAndB();

        request(NOW, false, null, 1);

        assertThat(complete().getRowCount()).isEqualTo(2L);
        assertThat(csv()).isEqualTo(lines(HEADER, STORE_A_ROW, STORE_B_ROW));
    }

    @Test
    void shouldWriteTheSameRowsWithTheCacheOff() {
        driver.close();
        start(Map.of(VigilConfig.UPTIME_TIMELINE_CACHE_POLLS_CONFIG, 0));
        storesAAndB();

        request(NOW, false, null, 1);

        assertThat(csv()).isEqualTo(lines(HEADER, STORE_A_ROW, STORE_B_ROW));
    }

    @Test
    void shouldAddTheUnknownColumnsWhenAsked() {
        storesAAndB();

        request(NOW, true, null, 1);

        complete();
        assertThat(csv())
                .isEqualTo(lines(
                        HEADER + ",unknown_last_hour,unknown_last_day,unknown_last_week",
                        STORE_A_ROW + ",0.00,0.00,0.00",
                        STORE_B_ROW + ",0.00,0.00,0.00"));
    }

    @Test
    void shouldCountPollsThatArriveAfterAReportInTheNextOneEvenLateOnes() {
        storesAAndB();
        request(NOW, false, null, 1);
        assertThat(csv()).isEqualTo(lines(HEADER, STORE_A_ROW, STORE_B_ROW));

        polls.pipeInput("A", new StorePoll("A", Instant.parse("2026-03-10T11:50:00Z"), StoreStatus.active), NOW);
        polls.pipeInput("A", new StorePoll("A", Instant.parse("2026-03-10T11:40:00Z"), StoreStatus.inactive), NOW);
        requestNext(NOW);

        // up 11:30-11:40 and 11:50-12:00
        assertThat(csvOf(NEXT)).isEqualTo(lines(HEADER, "A,20.00,0.33,0.33,40.00,23.67,167.67", STORE_B_ROW));
    }

    @Test
    void shouldReadAStoresNewHoursInTheNextReport() {
        storesAAndB();
        request(NOW, false, null, 1);
        assertThat(csv()).isEqualTo(lines(HEADER, STORE_A_ROW, STORE_B_ROW));

        // Tuesdays 11:00-12:00 only: the reference day is a Tuesday, the Tuesday before ends where the week starts
        driver.input(UptimeNames.BUSINESS_HOURS_TOPIC, BusinessHours.class)
                .pipeInput("A", new BusinessHours("A", List.of(new BusinessInterval(1, "11:00", "12:00")), null, null));
        requestNext(NOW);

        assertThat(csvOf(NEXT)).isEqualTo(lines(HEADER, "A,15.00,0.25,0.25,45.00,0.75,0.75", STORE_B_ROW));
    }

    @Test
    void shouldReportAStoreFirstSeenAfterAnEarlierReport() {
        storesAAndB();
        request(NOW, false, null, 1);
        assertThat(csv()).isEqualTo(lines(HEADER, STORE_A_ROW, STORE_B_ROW));

        polls.pipeInput("C", new StorePoll("C", Instant.parse("2026-03-10T11:30:00Z"), StoreStatus.active), NOW);
        zones.pipeInput("D", new StoreTimezone("D", "UTC"), NOW);
        requestNext(NOW);

        // C up since 11:30 (inactive before, with no poll); D like B
        assertThat(csvOf(NEXT))
                .isEqualTo(lines(
                        HEADER,
                        STORE_A_ROW,
                        STORE_B_ROW,
                        "C,30.00,0.50,0.50,30.00,23.50,167.50",
                        "D" + STORE_B_ROW.substring(1)));
    }

    @Test
    void shouldReportOnlyTheRequestedStore() {
        storesAAndB();

        request(NOW, false, "B", 1);

        assertThat(complete().getStoreId()).isEqualTo("B");
        assertThat(csv()).isEqualTo(lines(HEADER, STORE_B_ROW));
    }

    @Test
    void shouldSendAtMostTwoThousandRowsAPartAndFlagTheLast() {
        for (int i = 0; i < 2001; i++) {
            zones.pipeInput(String.format("s%04d", i), new StoreTimezone(String.format("s%04d", i), "UTC"), NOW);
        }

        request(NOW, false, null, 1);

        List<ReportPart> sent = partsOut.readValuesToList();
        assertThat(sent).extracting(part -> part.getRows().size()).containsExactly(2000, 1);
        assertThat(sent).extracting(ReportPart::getChunk).containsExactly(0, 1);
        assertThat(sent).extracting(ReportPart::getLast).containsExactly(false, true);
        assertThat(complete().getRowCount()).isEqualTo(2001L);
    }

    @Test
    void shouldWaitForEveryChunkOfEveryPartitionThenSortTheirRowsByStoreId() {
        statusesIn.pipeInput(REPORT, running(2, NOW, false, null), NOW);
        parts.pipeInput(REPORT, rows(1, 0, true, "b", "d"), NOW);
        parts.pipeInput(REPORT, rows(0, 1, true, "c"), NOW);
        assertThat(statuses.isEmpty()).isTrue();

        parts.pipeInput(REPORT, rows(0, 0, false, "e", "a"), NOW);

        assertThat(complete().getRowCount()).isEqualTo(5L);
        assertThat(csv()).isEqualTo(lines(HEADER, "a,line", "b,line", "c,line", "d,line", "e,line"));
        assertThat(partsLeft()).isEmpty();
    }

    @Test
    void shouldKeepAPartDeliveredTwiceOnce() {
        parts.pipeInput(REPORT, rows(0, 0, true, "a", "b"), NOW);
        parts.pipeInput(REPORT, rows(0, 0, true, "a", "b"), NOW);
        statusesIn.pipeInput(REPORT, running(2, NOW, false, null), NOW);
        parts.pipeInput(REPORT, rows(1, 0, true, "c"), NOW);
        ReportStatus done = complete();

        parts.pipeInput(REPORT, rows(1, 0, true, "c"), NOW);

        assertThat(done.getRowCount()).isEqualTo(3L);
        assertThat(csv()).isEqualTo(lines(HEADER, "a,line", "b,line", "c,line"));
        assertThat(statuses.isEmpty()).isTrue();
        assertThat(partsLeft()).isEmpty();
    }

    @Test
    void shouldTakeTheLatestPollOverEveryPartitionAsTheReference() {
        storesAAndB();
        Instant laterOnOtherPartition = Instant.parse("2026-03-10T11:50:00.123456Z");
        statusesIn.pipeInput(REPORT, running(2, null, false, null), NOW);

        requests.pipeInput(REPORT, new ReportRequest(REPORT, null, null, false, NOW), NOW);
        parts.pipeInput(REPORT, latestPoll(1, laterOnOtherPartition), NOW);

        assertThat(requestsOut.readValuesToList())
                .extracting(ReportRequest::getReference)
                .containsOnly(laterOnOtherPartition);
        parts.pipeInput(REPORT, rows(1, 0, true, "C"), NOW);
        ReportStatus done = complete();
        assertThat(done.getReference()).isEqualTo(laterOnOtherPartition);
        // A's hour is [10:50:00.123456, 11:50:00.123456): up 11:30 to 11:45, down the rest
        assertThat(csv()).isEqualTo(lines(HEADER, STORE_A_ROW, STORE_B_ROW, "C,line"));
    }

    @Test
    void shouldTakeAPollRecordedAfterALatestReportAsTheNextOnesReference() {
        storesAAndB();
        statusesIn.pipeInput(REPORT, running(1, null, false, null), NOW);
        requests.pipeInput(REPORT, new ReportRequest(REPORT, null, null, false, NOW), NOW);
        assertThat(requestsOut.readValue().getReference()).isEqualTo(Instant.parse("2026-03-10T11:45:00Z"));

        Instant newer = Instant.parse("2026-03-10T11:55:00Z");
        polls.pipeInput("B", new StorePoll("B", newer, StoreStatus.active), NOW);
        polls.pipeInput("A", new StorePoll("A", Instant.parse("2026-03-10T11:50:00Z"), StoreStatus.active), NOW);
        requestNext(null);

        assertThat(requestsOut.readValuesToList())
                .filteredOn(request -> request.getReportId().equals(NEXT))
                .extracting(ReportRequest::getReference)
                .containsOnly(newer);
    }

    @Test
    void shouldFailAReportWhenNoStoreHasAPollToTakeTheLatestTimeFrom() {
        statusesIn.pipeInput(REPORT, running(1, null, false, null), NOW);

        requests.pipeInput(REPORT, new ReportRequest(REPORT, null, null, false, NOW), NOW);

        ReportStatus failed = statuses.readValue();
        assertThat(failed.getState()).isEqualTo(ReportState.failed);
        assertThat(failed.getReason()).contains("latest poll");
    }

    @Test
    void shouldFailAReportStillRunningAtItsDeadlineAndForgetItsParts() {
        statusesIn.pipeInput(REPORT, running(2, NOW, false, null), NOW);
        parts.pipeInput(REPORT, rows(0, 0, true, "a"), NOW);

        driver.driver().advanceWallClockTime(ReportSettings.DEFAULTS.timeout().minus(Duration.ofMinutes(1)));
        assertThat(statuses.isEmpty()).isTrue();
        driver.driver().advanceWallClockTime(Duration.ofMinutes(2));

        ReportStatus failed = statuses.readValue();
        assertThat(failed.getState()).isEqualTo(ReportState.failed);
        assertThat(failed.getReason()).contains("not every partition answered");
        assertThat(partsLeft()).isEmpty();
        parts.pipeInput(REPORT, rows(1, 0, true, "b"), NOW);
        assertThat(statuses.isEmpty()).isTrue();
        assertThat(driver.objects()).isEmpty();
    }

    private void storesAAndB() {
        zones.pipeInput("A", new StoreTimezone("A", "UTC"), NOW);
        zones.pipeInput("B", new StoreTimezone("B", "UTC"), NOW);
        polls.pipeInput("A", new StorePoll("A", Instant.parse("2026-03-10T11:30:00Z"), StoreStatus.active), NOW);
        polls.pipeInput("A", new StorePoll("A", Instant.parse("2026-03-10T11:45:00Z"), StoreStatus.inactive), NOW);
    }

    /** Asks for {@link #NEXT}, every store of the one partition, at {@code reference} (null: the latest poll). */
    private void requestNext(Instant reference) {
        statusesIn.pipeInput(
                NEXT,
                ReportStatus.newBuilder(running(1, reference, false, null))
                        .setReportId(NEXT)
                        .build(),
                NOW);
        requests.pipeInput(NEXT, new ReportRequest(NEXT, null, reference, false, NOW), NOW);
    }

    private void request(Instant reference, boolean unknownColumns, String storeId, int partitions) {
        statusesIn.pipeInput(REPORT, running(partitions, reference, unknownColumns, storeId), NOW);
        requests.pipeInput(REPORT, new ReportRequest(REPORT, storeId, reference, unknownColumns, NOW), NOW);
    }

    private static ReportStatus running(int partitions, Instant reference, boolean unknownColumns, String storeId) {
        return ReportStatus.newBuilder()
                .setReportId(REPORT)
                .setState(ReportState.running)
                .setPartitions(partitions)
                .setStoreId(storeId)
                .setLatest(reference == null)
                .setReference(reference)
                .setUnknownColumns(unknownColumns)
                .setRequestedAt(NOW)
                .build();
    }

    private static ReportPart rows(int partition, int chunk, boolean last, String... storeIds) {
        List<ReportRow> rows = Arrays.stream(storeIds)
                .map(id -> new ReportRow(id, id + ",line"))
                .toList();
        return new ReportPart(REPORT, ReportPartKind.rows, partition, chunk, last, rows, null);
    }

    private static ReportPart latestPoll(int partition, Instant latest) {
        return new ReportPart(REPORT, ReportPartKind.latest_poll, partition, 0, true, List.of(), latest);
    }

    /** The last status written, which must be complete. */
    private ReportStatus complete() {
        List<ReportStatus> written = statuses.readValuesToList();
        assertThat(written).isNotEmpty();
        ReportStatus last = written.get(written.size() - 1);
        assertThat(last.getState()).isEqualTo(ReportState.complete);
        assertThat(last.getObjectKey()).isEqualTo("uptime-reports/" + REPORT + ".csv");
        return last;
    }

    private String csv() {
        return csvOf(REPORT);
    }

    private String csvOf(String reportId) {
        return new String(driver.objects().get("uptime-reports/" + reportId + ".csv"), StandardCharsets.UTF_8);
    }

    private List<KeyValue<String, ReportPart>> partsLeft() {
        KeyValueStore<String, ReportPart> store = driver.driver().getKeyValueStore(ReportNames.PARTS_STORE);
        try (var all = store.all()) {
            List<KeyValue<String, ReportPart>> left = new java.util.ArrayList<>();
            all.forEachRemaining(left::add);
            return left;
        }
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
