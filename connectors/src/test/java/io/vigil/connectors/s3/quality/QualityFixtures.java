package io.vigil.connectors.s3.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.connectors.s3.ObjectFacts;
import io.vigil.schema.quality.CheckResult;
import io.vigil.schema.quality.ColumnRule;
import io.vigil.schema.quality.ColumnType;
import io.vigil.schema.quality.CsvRules;
import io.vigil.schema.quality.DataQualityResult;
import io.vigil.schema.quality.QualityRule;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.GeneratedRecords;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Rules, objects and result look-ups shared by the quality tests. */
final class QualityFixtures {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static {
        GeneratedRecords.trust();
    }

    private QualityFixtures() {}

    static QualityRule.Builder rule() {
        return QualityRule.newBuilder().setBucket("landing").setPrefix("in/").setUpdatedAt(NOW);
    }

    static CsvRules.Builder csv() {
        return CsvRules.newBuilder();
    }

    static ColumnRule column(String name, ColumnType type, String... allowed) {
        return ColumnRule.newBuilder()
                .setName(name)
                .setType(type)
                .setAllowedValues(List.of(allowed))
                .build();
    }

    static ColumnRule blankRatio(String name, double max) {
        return ColumnRule.newBuilder().setName(name).setMaxBlankRatio(max).build();
    }

    static S3ObjectEvent event(String key) {
        return S3ObjectEvent.newBuilder()
                .setBucket("landing")
                .setKey(key)
                .setSize(10)
                .setEtag("etag-1")
                .setVersionId("v1")
                .setEventName("ObjectCreated:Put")
                .setEventTime(NOW.minusSeconds(60))
                .setSource(S3EventSource.SQS)
                .build();
    }

    static ObjectFacts facts(String key, long length, String contentType, Instant lastModified) {
        return new ObjectFacts(event(key), length, contentType, lastModified);
    }

    /** Inspects a CSV body under a rule with only these CSV rules. */
    static DataQualityResult inspectCsv(CsvRules rules, String body) throws IOException {
        return inspectCsv(rules, body.getBytes(StandardCharsets.UTF_8), 1000);
    }

    static DataQualityResult inspectCsv(CsvRules rules, byte[] body, int maxTrackedRows) throws IOException {
        QualityRule rule = rule().setCsv(rules).build();
        ObjectFacts facts = facts("in/data.csv", body.length, "text/csv", NOW);
        return new QualityInspector(CLOCK, maxTrackedRows).inspect(rule, facts, new ByteArrayInputStream(body));
    }

    static CheckResult check(DataQualityResult result, String name) {
        return check(result, name, null);
    }

    static CheckResult check(DataQualityResult result, String name, String column) {
        List<CheckResult> found = result.getChecks().stream()
                .filter(c -> c.getCheck().equals(name))
                .filter(c -> column == null || column.equals(c.getColumn()))
                .toList();
        assertThat(found)
                .as("check %s %s in %s", name, column, result.getChecks())
                .hasSize(1);
        return found.get(0);
    }
}
