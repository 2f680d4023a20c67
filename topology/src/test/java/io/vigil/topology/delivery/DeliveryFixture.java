package io.vigil.topology.delivery;

import io.vigil.schema.delivery.AlertKind;
import io.vigil.schema.delivery.CadenceType;
import io.vigil.schema.delivery.DeliveryAction;
import io.vigil.schema.delivery.DeliveryAlert;
import io.vigil.schema.delivery.DeliveryCalendar;
import io.vigil.schema.delivery.DeliveryCommand;
import io.vigil.schema.delivery.DeliveryEvent;
import io.vigil.schema.delivery.DeliveryStreamState;
import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.topology.VigilTopics;
import io.vigil.topology.VigilTopologyTestHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/** The delivery sub-topology in a TopologyTestDriver whose wall clock the test moves. */
final class DeliveryFixture implements AutoCloseable {

    static final String STREAM = "acme/orders";

    private final VigilTopologyTestHarness harness;
    private final TestInputTopic<String, Expectation> expectations;
    private final TestInputTopic<String, DeliveryCommand> commands;
    private final TestInputTopic<String, S3ObjectEvent> objects;
    private final TestInputTopic<String, DeliveryCalendar> calendars;
    private final TestOutputTopic<String, DeliveryAlert> alerts;
    private final TestOutputTopic<String, DeliveryEvent> events;
    private Instant now;
    private int sequencer;

    DeliveryFixture(Path stateDir, Instant start) {
        harness = new VigilTopologyTestHarness(stateDir, start);
        now = start;
        var registry = harness.registry();
        var driver = harness.driver();
        expectations = driver.createInputTopic(
                DeliveryNames.EXPECTATIONS_TOPIC, new StringSerializer(), AvroSerde.of(Expectation.class, registry));
        commands = driver.createInputTopic(
                DeliveryNames.COMMANDS_TOPIC, new StringSerializer(), AvroSerde.of(DeliveryCommand.class, registry));
        objects = driver.createInputTopic(
                VigilTopics.S3_OBJECT_EVENTS, new StringSerializer(), AvroSerde.of(S3ObjectEvent.class, registry));
        calendars = driver.createInputTopic(
                DeliveryNames.CALENDARS_TOPIC, new StringSerializer(), AvroSerde.of(DeliveryCalendar.class, registry));
        alerts = driver.createOutputTopic(
                DeliveryNames.ALERTS_TOPIC, new StringDeserializer(), AvroSerde.of(DeliveryAlert.class, registry));
        events = driver.createOutputTopic(
                DeliveryNames.EVENTS_TOPIC, new StringDeserializer(), AvroSerde.of(DeliveryEvent.class, registry));
    }

    /** Daily cutoff 10:00 in {@code zone}, 30 minutes grace, files under landing/acme/orders/. */
    static Expectation.Builder dailyCutoff(String zone, Instant activeFrom) {
        return Expectation.newBuilder()
                .setClientId("acme")
                .setStreamId("orders")
                .setBucket("landing")
                .setPrefix("acme/orders/")
                .setTimezone(zone)
                .setCadence(CadenceType.daily_cutoff)
                .setCutoffTimeLocal("10:00")
                .setGraceMinutes(30)
                .setActiveFrom(activeFrom)
                .setCreatedAt(activeFrom);
    }

    static Expectation.Builder maxGap(String zone, String start, String end, int gapMinutes, Instant activeFrom) {
        return dailyCutoff(zone, activeFrom)
                .setCadence(CadenceType.max_gap)
                .setCutoffTimeLocal(null)
                .setGraceMinutes(0)
                .setActiveStartLocal(start)
                .setActiveEndLocal(end)
                .setMaxGapMinutes(gapMinutes);
    }

    void put(Expectation expectation) {
        expectations.pipeInput(STREAM, expectation, now);
    }

    void calendar(String name, List<String> dates) {
        calendars.pipeInput(name, new DeliveryCalendar(name, dates, now), now);
    }

    void delete() {
        expectations.pipeInput(STREAM, null, now);
    }

    /** An S3 notification of a new object under the stream's prefix, with S3's event time {@code at}. */
    S3ObjectEvent land(String name, Instant at) {
        return land(name, at, "etag-" + name);
    }

    S3ObjectEvent land(String name, Instant at, String etag) {
        return land(name, at, etag, new RecordHeaders());
    }

    /** As {@link #land(String, Instant)}, the notification's record carrying {@code headers}. */
    S3ObjectEvent land(String name, Instant at, Headers headers) {
        return land(name, at, "etag-" + name, headers);
    }

    private S3ObjectEvent land(String name, Instant at, String etag, Headers headers) {
        S3ObjectEvent event = S3ObjectEvent.newBuilder()
                .setBucket("landing")
                .setKey("acme/orders/" + name)
                .setSize(100)
                .setEtag(etag)
                .setSequencer(String.format("%016X", ++sequencer))
                .setEventName("ObjectCreated:Put")
                .setEventTime(at)
                .setSource(S3EventSource.SQS)
                .build();
        objects.pipeInput(new TestRecord<>("landing/" + event.getKey(), event, headers, event.getEventTime()));
        return event;
    }

    void redeliver(S3ObjectEvent event) {
        objects.pipeInput("landing/" + event.getKey(), event, event.getEventTime());
    }

    void command(DeliveryAction action, Instant snoozeUntil) {
        commands.pipeInput(
                STREAM,
                DeliveryCommand.newBuilder()
                        .setAction(action)
                        .setSnoozeUntil(snoozeUntil)
                        .setIssuedAt(now)
                        .build(),
                now);
    }

    /** Moves the wall clock to {@code instant}, running every sweep due on the way. */
    void advanceTo(Instant instant) {
        Duration step = Duration.between(now, instant);
        now = instant;
        harness.driver().advanceWallClockTime(step);
    }

    Instant now() {
        return now;
    }

    List<DeliveryAlert> alerts() {
        return alerts.readValuesToList();
    }

    List<TestRecord<String, DeliveryAlert>> alertRecords() {
        return alerts.readRecordsToList();
    }

    /** How many alerts of {@code kind} the domain's alert counter has seen. */
    double alertsCounted(AlertKind kind) {
        return harness.meters()
                .get("vigil.alerts")
                .tag("domain", "delivery")
                .tag("kind", kind.name())
                .counter()
                .count();
    }

    List<DeliveryEvent> events() {
        return events.readValuesToList();
    }

    DeliveryStreamState state() {
        KeyValueStore<String, DeliveryStreamState> store =
                harness.driver().getKeyValueStore(DeliveryNames.STREAM_STATE_STORE);
        return store.get(STREAM);
    }

    KeyValueStore<String, S3ObjectEvent> arrivalHistory() {
        return harness.driver().getKeyValueStore(DeliveryNames.ARRIVAL_HISTORY_STORE);
    }

    KeyValueStore<String, DeliveryAlert> alertLog() {
        return harness.driver().getKeyValueStore(DeliveryNames.ALERT_LOG_STORE);
    }

    KeyValueStore<String, String> dueIndex() {
        return harness.driver().getKeyValueStore(DeliveryNames.DUE_INDEX_STORE);
    }

    @Override
    public void close() {
        harness.close();
    }
}
