package io.vigil.connectors.s3.quality;

import static io.vigil.connectors.s3.quality.QualityFixtures.CLOCK;
import static io.vigil.connectors.s3.quality.QualityFixtures.NOW;
import static io.vigil.connectors.s3.quality.QualityFixtures.check;
import static io.vigil.connectors.s3.quality.QualityFixtures.facts;
import static io.vigil.connectors.s3.quality.QualityFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.connectors.s3.ObjectFacts;
import io.vigil.schema.quality.CheckResult;
import io.vigil.schema.quality.DataQualityResult;
import io.vigil.schema.quality.QualityRule;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectChecksTest {

    private final QualityInspector inspector = new QualityInspector(CLOCK, 10);

    private CheckResult only(QualityRule rule, ObjectFacts facts, String name) throws IOException {
        DataQualityResult result = inspector.inspect(rule, facts, null);
        assertThat(result.getChecks()).hasSize(1);
        assertThat(result.getPassed()).isEqualTo(result.getChecks().get(0).getPassed());
        return check(result, name);
    }

    @Test
    void shouldCheckNonEmpty() throws IOException {
        QualityRule rule = rule().setNonEmpty(true).build();

        assertCheck(only(rule, facts("in/a", 1, null, NOW), "non_empty"), true, "1", "1");
        assertCheck(only(rule, facts("in/a", 0, null, NOW), "non_empty"), false, "0", "1");
    }

    @Test
    void shouldCheckSizeBounds() throws IOException {
        QualityRule min = rule().setMinSizeBytes(10L).build();
        QualityRule max = rule().setMaxSizeBytes(10L).build();

        assertCheck(only(min, facts("in/a", 10, null, NOW), "min_size"), true, "10", "10");
        assertCheck(only(min, facts("in/a", 9, null, NOW), "min_size"), false, "9", "10");
        assertCheck(only(max, facts("in/a", 10, null, NOW), "max_size"), true, "10", "10");
        assertCheck(only(max, facts("in/a", 11, null, NOW), "max_size"), false, "11", "10");
    }

    @Test
    void shouldCheckTheExtensionOfTheLastPathSegment() throws IOException {
        QualityRule rule = rule().setExtensions(List.of("csv", "tsv")).build();

        assertCheck(only(rule, facts("in/2024/Data.CSV", 1, null, NOW), "extension"), true, "csv", "csv,tsv");
        assertCheck(only(rule, facts("in/a.tsv", 1, null, NOW), "extension"), true, "tsv", "csv,tsv");
        assertCheck(only(rule, facts("in/a.csv.gz", 1, null, NOW), "extension"), false, "gz", "csv,tsv");
        assertCheck(only(rule, facts("in/v1.csv/readme", 1, null, NOW), "extension"), false, "", "csv,tsv");
        assertCheck(only(rule, facts("in/.csv", 1, null, NOW), "extension"), false, "", "csv,tsv");
        assertCheck(only(rule, facts("in/a.", 1, null, NOW), "extension"), false, "", "csv,tsv");
    }

    @Test
    void shouldCheckTheMediaTypeWithoutParameters() throws IOException {
        QualityRule rule =
                rule().setContentTypes(List.of("text/csv", "Application/JSON")).build();

        assertCheck(
                only(rule, facts("in/a", 1, "Text/CSV; charset=utf-8", NOW), "content_type"),
                true,
                "text/csv",
                "text/csv,Application/JSON");
        assertCheck(
                only(rule, facts("in/a", 1, "application/json", NOW), "content_type"),
                true,
                "application/json",
                "text/csv,Application/JSON");
        assertCheck(
                only(rule, facts("in/a", 1, "text/plain", NOW), "content_type"),
                false,
                "text/plain",
                "text/csv,Application/JSON");
        CheckResult none = only(rule, facts("in/a", 1, null, NOW), "content_type");
        assertCheck(none, false, null, "text/csv,Application/JSON");
        assertThat(none.getDetail()).isEqualTo("no Content-Type");
    }

    @Test
    void shouldCheckTheAgeAtCheckTime() throws IOException {
        QualityRule rule = rule().setMaxAgeSeconds(3600L).build();
        Instant anHourAgo = NOW.minusSeconds(3600);

        assertCheck(only(rule, facts("in/a", 1, null, anHourAgo), "max_age"), true, "3600", "3600");
        assertCheck(only(rule, facts("in/a", 1, null, anHourAgo.minusMillis(1000)), "max_age"), false, "3601", "3600");
        CheckResult unknown = only(rule, facts("in/a", 1, null, null), "max_age");
        assertCheck(unknown, false, null, "3600");
        assertThat(unknown.getDetail()).isEqualTo("Last-Modified unknown");
    }

    private static void assertCheck(CheckResult check, boolean passed, String measured, String threshold) {
        assertThat(check.getPassed()).as("passed of %s", check).isEqualTo(passed);
        assertThat(check.getMeasured()).as("measured of %s", check).isEqualTo(measured);
        assertThat(check.getThreshold()).as("threshold of %s", check).isEqualTo(threshold);
        assertThat(check.getColumn()).isNull();
    }
}
