package io.vigil.connectors.s3.quality;

import static io.vigil.connectors.s3.quality.QualityFixtures.column;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vigil.schema.quality.CheckResult;
import io.vigil.schema.quality.ColumnRule;
import io.vigil.schema.quality.ColumnType;
import io.vigil.schema.quality.DataQualityResult;
import io.vigil.schema.quality.ObjectOutcome;
import io.vigil.schema.quality.QualityRule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Any object is checked to a {@link DataQualityResult} without an exception (malformed content is a failed check), the
 * result can be written as Avro, {@code passed} is every check's, the size is what was read, and nothing the object
 * holds reaches the result unbounded or with control characters. The rule turns every CSV check on. Seeds: CSV
 * examples, in {@code QualityInspectorFuzzTestInputs}.
 */
class QualityInspectorFuzzTest {

    private static final int MAX_TEXT_CHARS = 1_024;

    private final QualityRule rule = QualityFixtures.rule()
            .setNonEmpty(true)
            .setExtensions(List.of("csv"))
            .setCsv(QualityFixtures.csv()
                    .setExpectedColumns(List.of("id", "amount", "at", "kind"))
                    .setMinRows(1L)
                    .setColumns(List.of(
                            column("id", ColumnType.INTEGER),
                            ColumnRule.newBuilder()
                                    .setName("amount")
                                    .setType(ColumnType.DECIMAL)
                                    .setMaxBlankRatio(0.1)
                                    .build(),
                            column("at", ColumnType.TIMESTAMP),
                            column("kind", ColumnType.ENUM, "a", "b")))
                    .setMaxDuplicateRows(0L)
                    .build())
            .build();
    private final QualityInspector inspector = new QualityInspector(QualityFixtures.CLOCK, 1_000);

    @FuzzTest(maxDuration = "5s")
    void shouldCheckAnyBytesToAResultThatHoldsNothingUnbounded(byte[] object) throws IOException {
        DataQualityResult result = inspector.inspect(
                rule,
                QualityFixtures.facts("in/data.csv", object.length, "text/csv", QualityFixtures.NOW),
                new ByteArrayInputStream(object));

        assertThat(result.getOutcome()).isEqualTo(ObjectOutcome.CHECKED);
        assertThat(result.getSize()).isEqualTo((long) object.length);
        assertThat(result.getPassed()).isEqualTo(result.getChecks().stream().allMatch(CheckResult::getPassed));
        result.getChecks().stream()
                .flatMap(check -> Stream.of(check.getMeasured(), check.getThreshold(), check.getDetail()))
                .filter(text -> text != null)
                .forEach(text -> {
                    assertThat(text).hasSizeLessThanOrEqualTo(MAX_TEXT_CHARS);
                    assertThat(text.chars().noneMatch(Character::isISOControl))
                            .as(text)
                            .isTrue();
                });
        assertThat(result.toByteBuffer().remaining()).isPositive();
    }
}
