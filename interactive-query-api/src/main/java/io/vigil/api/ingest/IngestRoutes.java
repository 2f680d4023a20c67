package io.vigil.api.ingest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.write.TopicWriter;
import io.vigil.schema.s3.ObjectEventKeys;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.s3.notification.ParsedNotification;
import io.vigil.schema.s3.notification.S3NotificationException;
import io.vigil.schema.s3.notification.S3Notifications;
import io.vigil.topology.VigilTopics;
import java.util.Map;
import org.apache.kafka.common.serialization.Serializer;

/**
 * {@code POST /ingest}: an S3 event notification exactly as AWS writes it (one or many records, or wrapped in an SNS
 * envelope), put on {@value VigilTopics#S3_OBJECT_EVENTS} as if it had come through SQS: the way to try Vigil, replay
 * a missed notification, or feed it from a tool that already has S3 events. Redelivering one changes nothing.
 */
public final class IngestRoutes implements RouteGroup {

    private final TopicWriter writer;
    private final Serializer<S3ObjectEvent> events;

    public IngestRoutes(TopicWriter writer, Serializer<S3ObjectEvent> events) {
        this.writer = writer;
        this.events = events;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/ingest", this::ingest, Scope.INGEST, Scope.ADMIN);
    }

    private void ingest(Context ctx) {
        ParsedNotification parsed;
        try {
            parsed = S3Notifications.parse(ctx.bodyAsBytes(), S3EventSource.API);
        } catch (S3NotificationException e) {
            throw ApiException.badRequest("Not an S3 event notification: " + e.getMessage());
        }
        if (parsed.testEvent()) {
            ctx.status(200).json(Map.of("ingested", 0, "test_event", true));
            return;
        }
        for (S3ObjectEvent event : parsed.events()) {
            writer.write(VigilTopics.S3_OBJECT_EVENTS, ObjectEventKeys.of(event), event, events);
        }
        ctx.status(202).json(Map.of("ingested", parsed.events().size()));
    }
}
