package io.vigil.app.runtime;

import io.vigil.schema.delivery.DeliveryAlert;
import io.vigil.schema.delivery.DeliveryCalendar;
import io.vigil.schema.delivery.DeliveryCommand;
import io.vigil.schema.delivery.DeliveryEvent;
import io.vigil.schema.delivery.DeliveryStreamState;
import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.delivery.ExpectationRoute;
import io.vigil.schema.quality.DataQualityResult;
import io.vigil.schema.quality.QualityPassCounts;
import io.vigil.schema.quality.QualityRule;
import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.s3.BucketActivity;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.sensor.SensorFileAggregate;
import io.vigil.schema.sensor.SensorFileRecord;
import io.vigil.schema.sensor.SensorFileSeries;
import io.vigil.schema.sensor.SensorFileUploaded;
import io.vigil.schema.sensor.SensorHourContribution;
import io.vigil.schema.sensor.SensorStats;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.RuleWindow;
import io.vigil.schema.telemetry.TelemetryAlert;
import io.vigil.schema.telemetry.TelemetryBatch;
import io.vigil.schema.telemetry.TelemetryRule;
import io.vigil.schema.telemetry.WebhookDelivery;
import io.vigil.schema.tenancy.Device;
import io.vigil.schema.tenancy.Org;
import io.vigil.schema.tenancy.Project;
import io.vigil.schema.tenancy.ProjectApiKey;
import io.vigil.schema.tenancy.Webhook;
import io.vigil.schema.uptime.BusinessHours;
import io.vigil.schema.uptime.ReportPart;
import io.vigil.schema.uptime.ReportRequest;
import io.vigil.schema.uptime.ReportStatus;
import io.vigil.schema.uptime.StoreAlertHistory;
import io.vigil.schema.uptime.StoreAlertState;
import io.vigil.schema.uptime.StoreDownAlert;
import io.vigil.schema.uptime.StoreLiveStatus;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreTimezone;
import io.vigil.topology.VigilTopics;
import io.vigil.topology.delivery.DeliveryNames;
import io.vigil.topology.ingress.IngressNames;
import io.vigil.topology.quality.QualityNames;
import io.vigil.topology.sensor.SensorNames;
import io.vigil.topology.telemetry.TelemetryNames;
import io.vigil.topology.uptime.UptimeNames;
import io.vigil.topology.uptime.report.ReportNames;
import org.apache.avro.Schema;

/**
 * Registers the value schema of every Avro topic, changelogs included, at start: outside clients can then read a
 * topic's schema before this instance writes to it, and (in fingerprint mode, where the registry keeps nothing) a
 * restarted instance knows the ids of what its stores already hold.
 */
public final class VigilSchemas {

    private VigilSchemas() {}

    public static void registerAll(SchemaRegistry registry, String applicationId) {
        register(registry, VigilTopics.S3_OBJECT_EVENTS, S3ObjectEvent.getClassSchema());
        register(
                registry, internal(applicationId, IngressNames.EVENTS_BY_BUCKET_TOPIC), S3ObjectEvent.getClassSchema());
        register(
                registry,
                changelog(applicationId, IngressNames.BUCKET_ACTIVITY_STORE),
                BucketActivity.getClassSchema());

        register(registry, DeliveryNames.EXPECTATIONS_TOPIC, Expectation.getClassSchema());
        register(registry, DeliveryNames.COMMANDS_TOPIC, DeliveryCommand.getClassSchema());
        register(registry, DeliveryNames.EVENTS_TOPIC, DeliveryEvent.getClassSchema());
        register(registry, DeliveryNames.ALERTS_TOPIC, DeliveryAlert.getClassSchema());
        register(registry, DeliveryNames.CALENDARS_TOPIC, DeliveryCalendar.getClassSchema());
        register(
                registry,
                changelog(applicationId, DeliveryNames.STREAM_STATE_STORE),
                DeliveryStreamState.getClassSchema());
        register(registry, changelog(applicationId, DeliveryNames.ALERT_LOG_STORE), DeliveryAlert.getClassSchema());
        register(
                registry,
                changelog(applicationId, DeliveryNames.EXPECTATIONS_BY_BUCKET_STORE),
                Expectation.getClassSchema());
        register(
                registry,
                changelog(applicationId, DeliveryNames.ARRIVAL_HISTORY_STORE),
                S3ObjectEvent.getClassSchema());
        register(
                registry,
                internal(applicationId, DeliveryNames.ROUTES_BY_BUCKET_TOPIC),
                ExpectationRoute.getClassSchema());

        register(registry, QualityNames.RULES_TOPIC, QualityRule.getClassSchema());
        register(registry, QualityNames.RESULTS_TOPIC, DataQualityResult.getClassSchema());
        register(registry, changelog(applicationId, QualityNames.RULES_STORE), QualityRule.getClassSchema());
        register(registry, changelog(applicationId, QualityNames.RESULTS_STORE), DataQualityResult.getClassSchema());
        register(registry, changelog(applicationId, QualityNames.SUMMARY_STORE), QualityPassCounts.getClassSchema());
        register(
                registry,
                internal(applicationId, QualityNames.SUMMARY_CHANGES_TOPIC),
                QualityPassCounts.getClassSchema());

        register(registry, SensorNames.FILES_TOPIC, SensorFileUploaded.getClassSchema());
        register(registry, SensorNames.READINGS_TOPIC, SensorFileRecord.getClassSchema());
        register(
                registry,
                changelog(applicationId, SensorNames.FILE_AGGREGATES_STORE),
                SensorFileAggregate.getClassSchema());
        register(
                registry,
                changelog(applicationId, SensorNames.FILES_RECENT_STORE),
                SensorFileAggregate.getClassSchema());
        register(registry, changelog(applicationId, SensorNames.FILE_SERIES_STORE), SensorFileSeries.getClassSchema());
        register(registry, changelog(applicationId, SensorNames.FILE_SENSORS_STORE), SensorStats.getClassSchema());
        register(
                registry,
                changelog(applicationId, SensorNames.HOURLY_STATS_STORE),
                SensorHourContribution.getClassSchema());
        register(
                registry,
                internal(applicationId, SensorNames.HOUR_CONTRIBUTIONS_TOPIC),
                SensorHourContribution.getClassSchema());

        register(registry, UptimeNames.POLLS_TOPIC, StorePoll.getClassSchema());
        register(registry, UptimeNames.BUSINESS_HOURS_TOPIC, BusinessHours.getClassSchema());
        register(registry, UptimeNames.TIMEZONES_TOPIC, StoreTimezone.getClassSchema());
        register(registry, changelog(applicationId, UptimeNames.POLLS_STORE), StorePoll.getClassSchema());
        register(registry, changelog(applicationId, UptimeNames.BUSINESS_HOURS_STORE), BusinessHours.getClassSchema());
        register(registry, changelog(applicationId, UptimeNames.TIMEZONES_STORE), StoreTimezone.getClassSchema());
        register(registry, changelog(applicationId, UptimeNames.STATUS_STORE), StoreLiveStatus.getClassSchema());
        register(registry, UptimeNames.ALERTS_TOPIC, StoreDownAlert.getClassSchema());
        register(registry, changelog(applicationId, UptimeNames.ALERT_STATE_STORE), StoreAlertState.getClassSchema());
        register(
                registry,
                changelog(applicationId, UptimeNames.ALERT_HISTORY_STORE),
                StoreAlertHistory.getClassSchema());

        register(registry, ReportNames.REQUESTS_TOPIC, ReportRequest.getClassSchema());
        register(registry, ReportNames.PARTS_TOPIC, ReportPart.getClassSchema());
        register(registry, ReportNames.REPORTS_TOPIC, ReportStatus.getClassSchema());
        register(registry, changelog(applicationId, ReportNames.REPORTS_STORE), ReportStatus.getClassSchema());
        register(registry, changelog(applicationId, ReportNames.PARTS_STORE), ReportPart.getClassSchema());

        register(registry, TelemetryNames.ORGS_TOPIC, Org.getClassSchema());
        register(registry, TelemetryNames.PROJECTS_TOPIC, Project.getClassSchema());
        register(registry, TelemetryNames.DEVICES_TOPIC, Device.getClassSchema());
        register(registry, TelemetryNames.API_KEYS_TOPIC, ProjectApiKey.getClassSchema());
        register(registry, TelemetryNames.RULES_TOPIC, TelemetryRule.getClassSchema());
        register(registry, TelemetryNames.WEBHOOKS_TOPIC, Webhook.getClassSchema());
        register(registry, TelemetryNames.EVENTS_TOPIC, TelemetryBatch.getClassSchema());
        register(registry, TelemetryNames.ALERTS_TOPIC, TelemetryAlert.getClassSchema());
        register(registry, TelemetryNames.WEBHOOK_DELIVERIES_TOPIC, WebhookDelivery.getClassSchema());
        register(registry, changelog(applicationId, TelemetryNames.RECENT_STORE), TelemetryBatch.getClassSchema());
        register(registry, changelog(applicationId, TelemetryNames.RULE_WINDOWS_STORE), RuleWindow.getClassSchema());
        register(registry, changelog(applicationId, TelemetryNames.ALERTS_STORE), TelemetryAlert.getClassSchema());
        register(registry, changelog(applicationId, TelemetryNames.DELIVERIES_STORE), WebhookDelivery.getClassSchema());
    }

    private static void register(SchemaRegistry registry, String topic, Schema schema) {
        registry.register(AvroSerde.valueSubject(topic), schema);
    }

    private static String changelog(String applicationId, String store) {
        return applicationId + "-" + store + "-changelog";
    }

    private static String internal(String applicationId, String repartitionTopic) {
        return applicationId + "-" + repartitionTopic;
    }
}
