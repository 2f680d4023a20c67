package io.vigil.connectors.s3;

import io.vigil.schema.quality.ObjectOutcome;
import io.vigil.schema.s3.S3ObjectEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A job that writes what it saw of each object to a topic: "read:<bucket>/<key>:<body>" or "missing:<outcome>". */
class RecordingJob implements ObjectJob {

    private final String topic;
    private final boolean needsBody;
    final List<ObjectFacts> seen = new CopyOnWriteArrayList<>();

    RecordingJob(String topic, boolean needsBody) {
        this.topic = topic;
        this.needsBody = needsBody;
    }

    @Override
    public boolean needsBody() {
        return needsBody;
    }

    @Override
    public void read(ObjectFacts object, InputStream body, ResultSink results) throws IOException {
        seen.add(object);
        String content = body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
        S3ObjectEvent event = object.event();
        results.send(topic, key(event), ("read:" + content).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void missing(S3ObjectEvent event, ObjectOutcome outcome, ResultSink results) {
        results.send(topic, key(event), ("missing:" + outcome).getBytes(StandardCharsets.UTF_8));
    }

    private static String key(S3ObjectEvent event) {
        return event.getBucket() + "/" + event.getKey();
    }
}
