package io.vigil.connectors.s3.quality;

import io.vigil.connectors.s3.ObjectFacts;
import io.vigil.connectors.s3.ObjectHandler;
import io.vigil.connectors.s3.ObjectJob;
import io.vigil.connectors.s3.ResultSink;
import io.vigil.schema.quality.DataQualityResult;
import io.vigil.schema.quality.ObjectOutcome;
import io.vigil.schema.quality.QualityRule;
import io.vigil.schema.s3.ObjectEventKeys;
import io.vigil.schema.s3.S3ObjectEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Checks every object that a data-quality rule covers and writes its {@link DataQualityResult}, keyed
 * {@code bucket/key}, to the results topic. Objects no rule covers are not read.
 */
public final class QualityHandler implements ObjectHandler {

    private final QualityRules rules;
    private final QualityInspector inspector;
    private final Serializer<DataQualityResult> results;
    private final String topic;

    public QualityHandler(
            QualityRules rules, QualityInspector inspector, Serializer<DataQualityResult> results, String topic) {
        this.rules = rules;
        this.inspector = inspector;
        this.results = results;
        this.topic = topic;
    }

    @Override
    public String name() {
        return "data-quality";
    }

    @Override
    public Optional<ObjectJob> claim(S3ObjectEvent event) {
        return rules.match(event.getBucket(), event.getKey()).map(QualityJob::new);
    }

    private final class QualityJob implements ObjectJob {

        private final QualityRule rule;

        QualityJob(QualityRule rule) {
            this.rule = rule;
        }

        @Override
        public boolean needsBody() {
            return QualityInspector.needsBody(rule);
        }

        @Override
        public void read(ObjectFacts object, InputStream body, ResultSink sink) throws IOException {
            write(inspector.inspect(rule, object, body), sink);
        }

        @Override
        public void missing(S3ObjectEvent event, ObjectOutcome outcome, ResultSink sink) {
            write(inspector.missing(rule, event, outcome), sink);
        }

        private void write(DataQualityResult result, ResultSink sink) {
            String key = ObjectEventKeys.of(result.getBucket(), result.getKey());
            sink.send(topic, key, results.serialize(topic, result));
        }
    }
}
