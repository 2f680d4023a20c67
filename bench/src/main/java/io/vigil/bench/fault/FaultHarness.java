package io.vigil.bench.fault;

import io.vigil.app.runtime.VigilSchemas;
import io.vigil.config.VigilConfig;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Breaks a running Vigil stack in the ways production does, one scenario at a time over one growing workload, and
 * checks after each that every output the oracle predicts for everything sent so far is on its topic exactly once.
 * Two instances (SIGKILL-able processes) run against three brokers; a webhook receiver in this JVM subscribes to the
 * telemetry alerts.
 */
final class FaultHarness implements AutoCloseable {

    private static final Duration OUTPUT_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration POLL = Duration.ofMillis(200);

    private final FaultStack stack;
    private final WebhookReceiver receiver;
    private final FingerprintSchemaRegistry registry;
    private final InputSender sender;
    private final OutputLedger ledger;
    private final BreakerStates breakers;
    private final FaultApi api;
    private final Workload workload;
    private final Expected expected = new Expected();
    private QueryProbe probe;

    private FaultHarness(FaultStack stack, WebhookReceiver receiver, Workload workload) {
        this.stack = stack;
        this.receiver = receiver;
        this.workload = workload;
        this.registry = new FingerprintSchemaRegistry();
        VigilSchemas.registerAll(registry, FaultStack.APPLICATION_ID);
        this.sender = new InputSender(stack.bootstrapServers(), registry);
        this.ledger = new OutputLedger(stack.bootstrapServers(), registry);
        this.breakers = new BreakerStates(stack.bootstrapServers(), registry, workload.webhookId());
        this.api = new FaultApi(stack.http(), stack.adminKey());
    }

    /** Starts the stack under {@code root}, subscribes the receiver and loads the workload's fixed part. */
    static FaultHarness start(Path root, WorkloadSize size, long seed) throws Exception {
        WebhookReceiver receiver = new WebhookReceiver();
        FaultStack stack = FaultStack.start(
                root,
                2,
                Map.of(
                        VigilConfig.WEBHOOKS_ALLOWED_CIDRS_CONFIG, "127.0.0.0/8",
                        VigilConfig.WEBHOOKS_BREAKER_RECOVERY_CONFIG, "2000",
                        VigilConfig.WEBHOOKS_RETRY_SCHEDULE_CONFIG, "PT0S,PT1S,PT2S,PT3S,PT5S,PT5S,PT10S,PT10S,PT10S"));
        FaultHarness harness = new FaultHarness(stack, receiver, new Workload("fault" + seed, size, seed));
        try {
            harness.setUp();
            return harness;
        } catch (Exception e) {
            harness.close();
            throw e;
        }
    }

    private void setUp() throws Exception {
        sender.send(workload.tenancy(receiver.url()));
        List<String> streams = new ArrayList<>(workload.streamIds());
        streams.addAll(workload.probeStreamIds());
        for (String stream : streams) {
            HttpResponse<String> saved = api.put(
                    stack.instance(0).baseUrl(),
                    "/expectations/" + Workload.CLIENT + "/" + stream,
                    """
                    {"bucket":"%s","prefix":"%s","timezone":"UTC","cadence":"max_gap","max_gap_minutes":1440}"""
                            .formatted(Workload.BUCKET, Workload.prefixOf(stream)));
            if (saved.statusCode() != 202) {
                throw new IllegalStateException("Expectation refused: " + saved.statusCode() + " " + saved.body());
            }
        }
        for (String stream : streams) {
            Awaitility.await("expectation " + stream + " in force")
                    .atMost(OUTPUT_TIMEOUT)
                    .pollInterval(POLL)
                    .until(() -> api.get(stack.instance(0).baseUrl(), "/state/" + Workload.CLIENT + "/" + stream)
                                    .statusCode()
                            == 200);
        }
        send(workload.probeSlice().inputs(), workload.probeSlice().expected());
        awaitOutputs();
        probe = new QueryProbe(
                api,
                workload.probeStreamIds().stream()
                        .collect(Collectors.toMap(Function.identity(), Workload::probeKeyOf)));
    }

    /** SIGKILL of one instance halfway through a slice; the other must answer correctly or 503 throughout. */
    ScenarioReport killInstanceMidLoad() throws Exception {
        Slice slice = workload.nextSlice();
        VigilProcess victim = stack.instance(1);
        VigilProcess survivor = stack.instance(0);
        ProbeTally tally = new ProbeTally();
        int half = slice.inputs().size() / 2;
        send(slice.inputs().subList(0, half), slice.expected());
        // Kill once the first half is being processed, so that the victim dies with work in hand.
        int before = ledger.verdict(slice.expected()).lost();
        Awaitility.await("the first half being processed")
                .atMost(OUTPUT_TIMEOUT)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> ledger.verdict(slice.expected()).lost() < before);
        long killedAt = System.nanoTime();
        victim.kill();
        send(slice.inputs().subList(half, slice.inputs().size()), new Expected());
        Awaitility.await("survivor serving every query")
                .atMost(OUTPUT_TIMEOUT)
                .pollInterval(POLL)
                .until(() ->
                        tally.add(probe.ask(survivor)).allCorrect() && stack.groupSettledWith(1) && survivor.isReady());
        double queriesBack = seconds(killedAt);
        Awaitility.await("every output of the slice")
                .atMost(OUTPUT_TIMEOUT)
                .pollInterval(POLL)
                .until(() -> tally.add(probe.ask(survivor)).allCorrect()
                        && ledger.verdict(expected).complete());
        double outputsBack = seconds(killedAt);
        victim.start();
        stack.awaitAllReady();
        Awaitility.await("both instances serving every query")
                .atMost(OUTPUT_TIMEOUT)
                .pollInterval(POLL)
                .until(() -> tally.add(probe.ask(victim)).allCorrect()
                        && tally.add(probe.ask(survivor)).allCorrect());
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put(
                "survivor alone in the group, running and answering every query after",
                "%.1f s".formatted(queriesBack));
        figures.put("every output of the slice after", "%.1f s".formatted(outputsBack));
        tally.report(figures);
        return report("kill -9 of an instance mid-load, then restart", slice, figures);
    }

    /** One broker of three stops halfway through a slice and comes back after the slice is processed. */
    ScenarioReport stopBrokerMidLoad() throws Exception {
        Slice slice = workload.nextSlice();
        int half = slice.inputs().size() / 2;
        send(slice.inputs().subList(0, half), slice.expected());
        long stoppedAt = System.nanoTime();
        stack.stopBroker(1);
        send(slice.inputs().subList(half, slice.inputs().size()), new Expected());
        awaitOutputs();
        double complete = seconds(stoppedAt);
        stack.startBroker(1);
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("outputs complete on two brokers after", "%.1f s".formatted(complete));
        return report("one broker of three stopped mid-load", slice, figures);
    }

    /**
     * The subscriber fails until its breaker has opened, then heals: every telemetry alert so far must reach it, the
     * backlog waiting in Kafka meanwhile.
     */
    ScenarioReport webhookOutage() throws Exception {
        receiver.fail(true);
        Slice slice = workload.nextSlice();
        send(slice.inputs(), slice.expected());
        long failingSince = System.nanoTime();
        Awaitility.await("the webhook's breaker open")
                .atMost(OUTPUT_TIMEOUT)
                .pollInterval(POLL)
                .until(() -> breakers.hasSeen("OPEN"));
        double outage = seconds(failingSince);
        receiver.fail(false);
        long healedAt = System.nanoTime();
        awaitOutputs();
        Set<String> messages = expected.of(Output.TELEMETRY_ALERTS).stream()
                .map(alertId -> "msg_" + alertId + "_" + workload.webhookId())
                .collect(Collectors.toSet());
        Map<String, String> figures = new LinkedHashMap<>();
        try {
            Awaitility.await("every alert delivered to the healed receiver")
                    .atMost(OUTPUT_TIMEOUT)
                    .pollInterval(POLL)
                    .until(() -> receiver.acceptedIds().containsAll(messages));
        } catch (ConditionTimeoutException e) {
            Set<String> missing = new HashSet<>(messages);
            missing.removeAll(receiver.acceptedIds());
            figures.put(ScenarioReport.FAILURE, missing.size() + " webhook messages never delivered");
        }
        figures.put("webhook messages", Integer.toString(messages.size()));
        figures.put("refused while failing", Integer.toString(receiver.refused()));
        figures.put("breaker open after", "%.1f s".formatted(outage));
        figures.put("backlog delivered after healing in", "%.1f s".formatted(seconds(healedAt)));
        figures.put("redeliveries (same webhook-id)", Integer.toString(receiver.redeliveries()));
        return report("webhook receiver failing for a while", slice, figures);
    }

    /** Every instance and broker stops; all restart on their data; the next slice must carry on from the state. */
    ScenarioReport restartWholeStack() throws Exception {
        long stoppedAt = System.nanoTime();
        stack.stopAll();
        stack.startAll();
        double restart = seconds(stoppedAt);
        ProbeTally tally = new ProbeTally();
        Slice slice = workload.nextSlice();
        send(slice.inputs(), slice.expected());
        Awaitility.await("restored state serving queries and the next slice")
                .atMost(OUTPUT_TIMEOUT)
                .pollInterval(POLL)
                .until(() -> tally.add(probe.ask(stack.instance(0))).allCorrect()
                        && tally.add(probe.ask(stack.instance(1))).allCorrect()
                        && ledger.verdict(expected).complete());
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("stack back in", "%.1f s".formatted(restart));
        tally.report(figures);
        return report("whole stack restarted on its data", slice, figures);
    }

    private void send(List<Input> inputs, Expected predicted) throws InterruptedException, ExecutionException {
        expected.addAll(predicted);
        sender.send(inputs);
    }

    private void awaitOutputs() {
        try {
            Awaitility.await("every predicted output")
                    .atMost(OUTPUT_TIMEOUT)
                    .pollInterval(POLL)
                    .until(() -> ledger.verdict(expected).complete());
        } catch (ConditionTimeoutException e) {
            // the report names what is missing
        }
    }

    private ScenarioReport report(String name, Slice slice, Map<String, String> figures) {
        awaitOutputs();
        return new ScenarioReport(
                name, slice.events(), slice.inputs().size(), ledger.alerts(), ledger.verdict(expected), figures);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    @Override
    public void close() throws Exception {
        try (receiver;
                stack;
                sender;
                ledger;
                breakers) {
            // closes in reverse order: consumers and the producer first, then the stack, then the receiver
        }
    }
}
