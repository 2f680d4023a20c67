package io.vigil.bench.fault;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.app.runtime.VigilSchemas;
import io.vigil.config.VigilConfig;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Breaks a running Vigil stack in the ways production does, one scenario at a time over one growing workload, and
 * checks after each that every output the oracle predicts for everything sent so far is on its topic exactly once and
 * that the API settles on every answer the oracle predicts (files read by the S3 object reader, quality results and
 * counts). Two instances (SIGKILL-able processes) run against three brokers; a webhook receiver in this JVM subscribes
 * to the telemetry alerts.
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
    private final AnswerCheck answerCheck;
    private final Workload workload;
    private final Expected expected = new Expected();
    private final ObjectMapper json = new ObjectMapper();
    private List<String> unmetAnswers = List.of();
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
        this.answerCheck = new AnswerCheck(api);
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
                        VigilConfig.WEBHOOKS_RETRY_SCHEDULE_CONFIG, "PT0S,PT1S,PT2S,PT3S,PT5S,PT5S,PT10S,PT10S,PT10S"),
                FaultHarness::seedQualityRule);
        FaultHarness harness = new FaultHarness(stack, receiver, new Workload("fault" + seed, size, seed));
        try {
            harness.setUp();
            return harness;
        } catch (Exception e) {
            harness.close();
            throw e;
        }
    }

    /** The rule goes on its topic before the instances start, so that every reader has it from its first object. */
    private static void seedQualityRule(FaultStack stack) throws Exception {
        FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
        VigilSchemas.registerAll(registry, FaultStack.APPLICATION_ID);
        try (InputSender rules = new InputSender(stack.bootstrapServers(), registry)) {
            rules.send(List.of(ReaderWorkload.qualityRuleInput()));
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
        Slice slice = nextSlice();
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
                .until(() ->
                        tally.add(probe.ask(survivor)).allCorrect() && verdict().complete());
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
        figures.put("every output and answer of the slice after", "%.1f s".formatted(outputsBack));
        tally.report(figures);
        return report("kill -9 of an instance mid-load, then restart", slice, figures);
    }

    /** One broker of three stops halfway through a slice and comes back after the slice is processed. */
    ScenarioReport stopBrokerMidLoad() throws Exception {
        Slice slice = nextSlice();
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
        Slice slice = nextSlice();
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

    /**
     * An all-store uptime report is asked of one instance, which is SIGKILLed as soon as it has answered 202: the
     * survivor must take the report's tasks over and complete it, every line as the oracle says.
     */
    ScenarioReport killInstanceMidReport() throws Exception {
        VigilProcess victim = stack.instance(1);
        VigilProcess survivor = stack.instance(0);
        Instant reference = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> predicted = workload.uptimeReport(reference);
        HttpResponse<String> triggered =
                api.post(victim.baseUrl(), "/trigger_report", "{\"at\":\"" + reference + "\"}");
        if (triggered.statusCode() != 202) {
            throw new IllegalStateException("Report refused: " + triggered.statusCode() + " " + triggered.body());
        }
        String reportId = json.readTree(triggered.body()).path("report_id").asText();
        long killedAt = System.nanoTime();
        victim.kill();
        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
        Map<String, String> figures = new LinkedHashMap<>();
        try {
            Awaitility.await("the report finished")
                    .atMost(OUTPUT_TIMEOUT)
                    .pollInterval(POLL)
                    .until(() -> {
                        answer.set(api.get(survivor.baseUrl(), "/get_report/" + reportId));
                        return answer.get().statusCode() == 200 || answer.get().statusCode() == 410;
                    });
            figures.put("report complete after the kill in", "%.1f s".formatted(seconds(killedAt)));
            List<String> lines = answer.get().statusCode() == 200
                    ? answer.get().body().lines().toList()
                    : List.of();
            Set<String> wrong = new LinkedHashSet<>(predicted);
            lines.forEach(wrong::remove);
            Set<String> unpredicted = new LinkedHashSet<>(lines);
            predicted.forEach(unpredicted::remove);
            figures.put("stores in the report", Integer.toString(Math.max(0, lines.size() - 1)));
            figures.put("lines missing or wrong", Integer.toString(wrong.size() + unpredicted.size()));
            if (!lines.equals(predicted)) {
                figures.put(
                        ScenarioReport.FAILURE,
                        "report %s answered %d; predicted lines not found: %s; lines not predicted: %s"
                                .formatted(
                                        reportId,
                                        answer.get().statusCode(),
                                        wrong.stream().limit(3).toList(),
                                        unpredicted.stream().limit(3).toList()));
            }
        } catch (ConditionTimeoutException e) {
            figures.put(
                    ScenarioReport.FAILURE,
                    "report " + reportId + " still unfinished: " + answer.get().body());
        }
        victim.start();
        stack.awaitAllReady();
        return report("kill -9 of the instance a report was asked of", Slice.none(), figures);
    }

    /** Every instance and broker stops; all restart on their data; the next slice must carry on from the state. */
    ScenarioReport restartWholeStack() throws Exception {
        long stoppedAt = System.nanoTime();
        stack.stopAll();
        stack.startAll();
        double restart = seconds(stoppedAt);
        ProbeTally tally = new ProbeTally();
        Slice slice = nextSlice();
        send(slice.inputs(), slice.expected());
        Awaitility.await("restored state serving queries and the next slice")
                .atMost(OUTPUT_TIMEOUT)
                .pollInterval(POLL)
                .until(() -> tally.add(probe.ask(stack.instance(0))).allCorrect()
                        && tally.add(probe.ask(stack.instance(1))).allCorrect()
                        && verdict().complete());
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("stack back in", "%.1f s".formatted(restart));
        tally.report(figures);
        return report("whole stack restarted on its data", slice, figures);
    }

    /** The workload's next slice, its objects already in S3. */
    private Slice nextSlice() {
        Slice slice = workload.nextSlice();
        for (StoredObject object : slice.objects()) {
            stack.s3()
                    .putObject(
                            PutObjectRequest.builder()
                                    .bucket(object.bucket())
                                    .key(object.key())
                                    .contentType("text/csv")
                                    .build(),
                            RequestBody.fromBytes(object.content()));
        }
        return slice;
    }

    private void send(List<Input> inputs, Expected predicted) throws InterruptedException, ExecutionException {
        expected.addAll(predicted);
        sender.send(inputs);
    }

    /**
     * Waits until every predicted output and answer is there and returns that verdict, or the last one seen when the
     * wait times out: judged once, so that an instance restarting just after (its stores answering 503 for a while)
     * cannot turn a complete verdict into an incomplete one.
     */
    private Verdict awaitOutputs() {
        AtomicReference<Verdict> last = new AtomicReference<>();
        try {
            Awaitility.await("every predicted output")
                    .atMost(OUTPUT_TIMEOUT)
                    .pollInterval(POLL)
                    .until(() -> {
                        last.set(verdict());
                        return last.get().complete();
                    });
        } catch (ConditionTimeoutException e) {
            // the report names what is missing
        }
        return last.get();
    }

    /**
     * The topics against the oracle, then, once they are complete, the API's answers as instance 0 gives them (it
     * routes each question to the owner of the store); before that the answers cannot all be there and are not asked.
     */
    private Verdict verdict() throws InterruptedException {
        Verdict outputs = ledger.verdict(expected);
        Collection<Answer> answers = expected.answers();
        if (!outputs.complete()) {
            return outputs.withAnswers(answers.size(), answers.size());
        }
        unmetAnswers = answerCheck.unmet(stack.instance(0), answers);
        return outputs.withAnswers(answers.size(), unmetAnswers.size());
    }

    private ScenarioReport report(String name, Slice slice, Map<String, String> figures) throws InterruptedException {
        Verdict verdict = awaitOutputs();
        int restarts = stack.instances().stream()
                .mapToInt(VigilProcess::supervisorRestarts)
                .sum();
        if (restarts > 0) {
            figures.put("instances started again by their supervisor so far", Integer.toString(restarts));
        }
        if (verdict.lost() == 0 && verdict.unanswered() > 0) {
            figures.put(
                    ScenarioReport.FAILURE,
                    "not answered as predicted: "
                            + String.join("; ", unmetAnswers.subList(0, Math.min(3, unmetAnswers.size()))));
        }
        return new ScenarioReport(name, slice.events(), slice.inputs().size(), ledger.alerts(), verdict, figures);
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
