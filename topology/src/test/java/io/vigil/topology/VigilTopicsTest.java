package io.vigil.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VigilTopicsTest {

    private final Map<String, TopicSpec> topics = new VigilTopics(6, (short) 3)
            .all().stream().collect(Collectors.toMap(TopicSpec::name, Function.identity()));

    @Test
    void shouldDeclareEveryTopicOfTheDesign() {
        assertThat(topics.keySet())
                .containsExactlyInAnyOrder(
                        "vigil.s3.object-events",
                        "vigil.delivery.expectations",
                        "vigil.delivery.calendars",
                        "vigil.delivery.commands",
                        "vigil.delivery.events",
                        "vigil.delivery.alerts",
                        "vigil.sensor.files",
                        "vigil.sensor.readings",
                        "vigil.uptime.polls",
                        "vigil.uptime.business-hours",
                        "vigil.uptime.timezones",
                        "vigil.uptime.report-requests",
                        "vigil.uptime.report-parts",
                        "vigil.uptime.reports",
                        "vigil.uptime.alerts",
                        "vigil.quality.rules",
                        "vigil.quality.results",
                        "vigil.tenancy.orgs",
                        "vigil.tenancy.projects",
                        "vigil.tenancy.devices",
                        "vigil.tenancy.api-keys",
                        "vigil.tenancy.rules",
                        "vigil.tenancy.webhooks",
                        "vigil.telemetry.events",
                        "vigil.telemetry.alerts",
                        "vigil.telemetry.webhook-deliveries",
                        "vigil.dlq");
    }

    @Test
    void shouldCompactEntityTopicsAndDeleteEventTopics() {
        assertThat(topics.values())
                .filteredOn(t -> t.cleanupPolicy().equals("compact"))
                .extracting(TopicSpec::name)
                .containsExactlyInAnyOrder(
                        "vigil.delivery.expectations",
                        "vigil.delivery.calendars",
                        "vigil.uptime.business-hours",
                        "vigil.uptime.timezones",
                        "vigil.uptime.reports",
                        "vigil.quality.rules",
                        "vigil.tenancy.orgs",
                        "vigil.tenancy.projects",
                        "vigil.tenancy.devices",
                        "vigil.tenancy.api-keys",
                        "vigil.tenancy.rules",
                        "vigil.tenancy.webhooks");
    }

    @Test
    void shouldKeepPollsForMoreThanEightDays() {
        long retention =
                Long.parseLong(topics.get("vigil.uptime.polls").configs().get("retention.ms"));
        assertThat(retention).isGreaterThan(8L * 24 * 3600 * 1000);
    }

    @Test
    void shouldCoPartitionPollsAndReportRequests() {
        assertThat(topics.get("vigil.uptime.report-requests").partitions())
                .isEqualTo(topics.get("vigil.uptime.polls").partitions());
        assertThat(topics.values())
                .allSatisfy(t -> assertThat(t.replicationFactor()).isEqualTo((short) 3));
    }
}
