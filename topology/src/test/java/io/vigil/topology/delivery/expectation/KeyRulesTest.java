package io.vigil.topology.delivery.expectation;

import static io.vigil.topology.delivery.expectation.Expectations.dailyCutoff;
import static io.vigil.topology.delivery.expectation.Expectations.errors;
import static io.vigil.topology.delivery.expectation.Expectations.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyRulesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "abc",
                "landing",
                "my-bucket.2026",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "10.0.0.1x",
                "xn-valid"
            })
    void shouldAcceptS3BucketNames(String bucket) {
        assertThat(errors(dailyCutoff().setBucket(bucket))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ab|must be 3-63 characters long",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa|must be 3-63 characters long",
                "No_Such|may contain only a-z 0-9 . -",
                "my_bucket|may contain only a-z 0-9 . -",
                "-bucket|must start and end with a letter or digit",
                "bucket.|must start and end with a letter or digit",
                "my..bucket|must not contain two adjacent periods",
                "192.168.5.4|must not be formatted as an IP address",
                "xn--bucket|must not start with the reserved prefix xn--",
                "sthree-bucket|must not start with the reserved prefix sthree-",
                "amzn-s3-demo-bucket|must not start with the reserved prefix amzn-s3-demo-",
                "bucket-s3alias|must not end with the reserved suffix -s3alias",
                "bucket--ol-s3|must not end with the reserved suffix --ol-s3",
                "bucket.mrap|must not end with the reserved suffix .mrap",
                "bucket--x-s3|must not end with the reserved suffix --x-s3",
                "bucket--table-s3|must not end with the reserved suffix --table-s3"
            })
    void shouldRefuseABucketNameS3WouldRefuse(String bucket, String rule) {
        assertThat(errors(dailyCutoff().setBucket(bucket)))
                .containsExactly(
                        new FieldError("bucket", FieldErrors.quote(bucket) + " is not an S3 bucket name: " + rule));
    }

    @Test
    void shouldLimitThePrefixTo1024Characters() {
        assertThat(errors(dailyCutoff().setPrefix("p".repeat(1024)))).isEmpty();
        assertThat(errors(dailyCutoff().setPrefix("p".repeat(1025))))
                .containsExactly(new FieldError("prefix", "is 1025 characters long; at most 1024 are allowed"));
    }

    @Test
    void shouldLimitPatternsTo512Characters() {
        assertThat(errors(dailyCutoff().setPattern("a".repeat(512)))).isEmpty();
        assertThat(fields(dailyCutoff().setPattern("a".repeat(513)))).containsExactly("pattern");
        assertThat(fields(dailyCutoff().setKeyDatePattern("(?P<date>x)" + "a".repeat(502))))
                .containsExactly("key_date_pattern");
    }

    @Test
    void shouldGiveRe2jsReasonWhenAPatternDoesNotCompile() {
        assertThat(errors(dailyCutoff().setPattern("a(b")))
                .containsExactly(new FieldError("pattern", "is not a valid RE2 pattern: missing closing ) at \"a(b\""));
    }

    @Test
    void shouldRefuseABackreferenceRatherThanBacktrack() {
        assertThat(errors(dailyCutoff().setPattern("(a+)+\\1")))
                .containsExactly(
                        new FieldError("pattern", "is not a valid RE2 pattern: invalid escape sequence at \"\\1\""));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void shouldRefuseNestedCountsBeforeRe2jExpandsThemIntoTheHeap() {
        assertThat(errors(dailyCutoff().setPattern("((a{1000}){1000}){1000}")))
                .containsExactly(new FieldError(
                        "pattern",
                        "repeats too much: nested counts expand to more than 10000 steps; use smaller {n,m} counts"));
        assertThat(fields(dailyCutoff().setKeyDatePattern("(?P<date>(((\\d{100}){100}){100}){100})")))
                .containsExactly("key_date_pattern");
    }

    @Test
    void shouldAcceptSingleCountsUpToRe2jsOwnLimit() {
        assertThat(errors(dailyCutoff().setPattern("[a-z0-9]{1,1000}\\.csv"))).isEmpty();
        assertThat(fields(dailyCutoff().setPattern("a{1001}"))).containsExactly("pattern");
    }

    @Test
    void shouldRequireTheDateGroupInAKeyDatePattern() {
        assertThat(errors(dailyCutoff().setKeyDatePattern("(?P<date>\\d{4}-\\d{2}-\\d{2})")))
                .isEmpty();
        assertThat(errors(dailyCutoff().setKeyDatePattern("(\\d{4}-\\d{2}-\\d{2})")))
                .containsExactly(new FieldError(
                        "key_date_pattern", "has no named group \"date\", e.g. (?P<date>\\d{4}-\\d{2}-\\d{2})"));
        assertThat(fields(dailyCutoff().setKeyDatePattern("(?P<day>\\d{8})"))).containsExactly("key_date_pattern");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yyyy-MM-dd", "yyyyMMdd", "dd.MM.uuuu", "yy_MM_dd", "yyyy-DDD", "d MMM yyyy"})
    void shouldAcceptKeyDateFormatsThatNameAWholeDay(String format) {
        assertThat(errors(dailyCutoff().setKeyDatePattern("(?P<date>.+)").setKeyDateFormat(format)))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yyyy-MM", "HH:mm", "bogus{", "yyyy-MM-dd'", "qqqq-MM-dd-xx-ppp"})
    void shouldRefuseKeyDateFormatsThatCannotReadADay(String format) {
        assertThat(errors(dailyCutoff().setKeyDatePattern("(?P<date>.+)").setKeyDateFormat(format)))
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.field()).isEqualTo("key_date_format");
                    assertThat(error.message()).startsWith(FieldErrors.quote(format));
                });
    }

    @Test
    void shouldLimitTheKeyDateFormat() {
        assertThat(errors(dailyCutoff().setKeyDatePattern("(?P<date>.+)").setKeyDateFormat("y".repeat(65))))
                .containsExactly(new FieldError("key_date_format", "is 65 characters long; at most 64 are allowed"));
    }

    @Test
    void shouldRefuseAKeyDateFormatWithoutAKeyDatePattern() {
        assertThat(errors(dailyCutoff().setKeyDateFormat("yyyyMMdd")))
                .containsExactly(new FieldError("key_date_format", "is only used with key_date_pattern"));
    }
}
