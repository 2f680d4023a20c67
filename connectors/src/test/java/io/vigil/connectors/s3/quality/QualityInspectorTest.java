package io.vigil.connectors.s3.quality;

import static io.vigil.connectors.s3.quality.QualityFixtures.CLOCK;
import static io.vigil.connectors.s3.quality.QualityFixtures.NOW;
import static io.vigil.connectors.s3.quality.QualityFixtures.check;
import static io.vigil.connectors.s3.quality.QualityFixtures.csv;
import static io.vigil.connectors.s3.quality.QualityFixtures.event;
import static io.vigil.connectors.s3.quality.QualityFixtures.facts;
import static io.vigil.connectors.s3.quality.QualityFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.schema.quality.CheckResult;
import io.vigil.schema.quality.DataQualityResult;
import io.vigil.schema.quality.ObjectOutcome;
import io.vigil.schema.quality.QualityRule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityInspectorTest {

    private final QualityInspector inspector = new QualityInspector(CLOCK, 1000);

    @Test
    void shouldRunOnlyTheChecksTheRuleSetsInTheirFixedOrder() throws IOException {
        QualityRule rule = rule().setNonEmpty(true)
                .setMinSizeBytes(1L)
                .setMaxSizeBytes(100L)
                .setExtensions(List.of("csv"))
                .setContentTypes(List.of("text/csv"))
                .setMaxAgeSeconds(3600L)
                .setCsv(csv().setMinRows(1L).setMaxDuplicateRows(0L).build())
                .build();

        DataQualityResult result = inspector.inspect(
                rule, facts("in/a.csv", 8, "text/csv", NOW), new ByteArrayInputStream("a,b\n1,2\n".getBytes()));

        assertThat(result.getChecks())
                .extracting(CheckResult::getCheck)
                .containsExactly(
                        "non_empty",
                        "min_size",
                        "max_size",
                        "extension",
                        "content_type",
                        "max_age",
                        "csv_header",
                        "row_width",
                        "min_rows",
                        "duplicate_rows");
        assertThat(result.getPassed()).isTrue();
        assertThat(result.getOutcome()).isEqualTo(ObjectOutcome.CHECKED);
        assertThat(result.getSize()).isEqualTo(8);
        assertThat(result.getRows()).isEqualTo(1);
    }

    @Test
    void shouldCarryTheObjectAndRuleIdentityIntoTheResult() throws IOException {
        DataQualityResult result = inspector.inspect(rule().build(), facts("in/a.csv", 5, null, NOW), null);

        assertThat(result.getBucket()).isEqualTo("landing");
        assertThat(result.getKey()).isEqualTo("in/a.csv");
        assertThat(result.getEtag()).isEqualTo("etag-1");
        assertThat(result.getVersionId()).isEqualTo("v1");
        assertThat(result.getRulePrefix()).isEqualTo("in/");
        assertThat(result.getEventTime()).isEqualTo(NOW.minusSeconds(60));
        assertThat(result.getCheckedAt()).isEqualTo(NOW);
        assertThat(result.getChecks()).isEmpty();
        assertThat(result.getPassed()).isTrue();
        assertThat(result.getSize()).isEqualTo(5);
        assertThat(result.getRows()).isNull();
    }

    @Test
    void shouldNeedTheBodyOnlyForCsvChecks() {
        assertThat(QualityInspector.needsBody(
                        rule().setNonEmpty(true).setMaxAgeSeconds(1L).build()))
                .isFalse();
        assertThat(QualityInspector.needsBody(rule().setCsv(csv().build()).build()))
                .isTrue();
    }

    @Test
    void shouldNotTouchABodyTheRuleDoesNotNeed() throws IOException {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("body read");
            }
        };

        DataQualityResult result =
                inspector.inspect(rule().setNonEmpty(true).build(), facts("in/a", 3, null, NOW), untouchable);

        assertThat(check(result, "non_empty").getMeasured()).isEqualTo("3");
    }

    @Test
    void shouldMeasureBytesActuallyReadWhenTheBodyIsRead() throws IOException {
        byte[] body = "a\n1\n".getBytes(StandardCharsets.UTF_8);

        DataQualityResult result = inspector.inspect(
                rule().setNonEmpty(true).setCsv(csv().build()).build(),
                facts("in/a.csv", 999, null, NOW),
                new ByteArrayInputStream(body));

        assertThat(result.getSize()).isEqualTo(4);
        assertThat(check(result, "non_empty").getMeasured()).isEqualTo("4");
    }

    @Test
    void shouldRecordAMissingObjectAsNotPassedWithoutChecks() {
        DataQualityResult result =
                inspector.missing(rule().setNonEmpty(true).build(), event("in/gone.csv"), ObjectOutcome.NO_SUCH_KEY);

        assertThat(result.getOutcome()).isEqualTo(ObjectOutcome.NO_SUCH_KEY);
        assertThat(result.getPassed()).isFalse();
        assertThat(result.getChecks()).isEmpty();
        assertThat(result.getKey()).isEqualTo("in/gone.csv");
        assertThat(result.getCheckedAt()).isEqualTo(NOW);
        assertThat(inspector
                        .missing(rule().build(), event("in/x"), ObjectOutcome.NO_SUCH_BUCKET)
                        .getOutcome())
                .isEqualTo(ObjectOutcome.NO_SUCH_BUCKET);
    }

    @Test
    void shouldRefuseCheckedAsAMissingOutcome() {
        assertThatThrownBy(() -> inspector.missing(rule().build(), event("in/x"), ObjectOutcome.CHECKED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseABadTrackingBound() {
        assertThatThrownBy(() -> new QualityInspector(CLOCK, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldLetAnIoFailureOfTheBodyThrough() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        QualityRule rule = rule().setCsv(csv().build()).build();

        assertThatThrownBy(() -> inspector.inspect(rule, facts("in/a.csv", 9, null, NOW), failing))
                .isInstanceOf(IOException.class)
                .hasMessage("connection reset");
    }

    @Test
    void shouldTakeARuntimeFailureOfTheBodyForAFailedReadNotForBadContent() {
        InputStream failing = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("checksum mismatch");
            }
        };
        QualityRule rule = rule().setCsv(csv().build()).build();

        assertThatThrownBy(() -> inspector.inspect(rule, facts("in/a.csv", 9, null, NOW), failing))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("checksum mismatch");
    }
}
