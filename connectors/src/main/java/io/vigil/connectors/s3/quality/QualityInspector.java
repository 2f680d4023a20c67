package io.vigil.connectors.s3.quality;

import io.vigil.connectors.s3.BodyFailures;
import io.vigil.connectors.s3.ObjectFacts;
import io.vigil.connectors.text.CountingInputStream;
import io.vigil.schema.quality.CheckResult;
import io.vigil.schema.quality.CsvRules;
import io.vigil.schema.quality.DataQualityResult;
import io.vigil.schema.quality.ObjectOutcome;
import io.vigil.schema.quality.QualityRule;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.GeneratedRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks one S3 object against one {@link QualityRule}: the object-level checks from what S3 reports about it, and the
 * CSV checks from its body, streamed once in constant memory (tallies and at most {@code maxTrackedRows} 64-bit row
 * hashes, never rows). Only the checks the rule sets are run, in a fixed order: {@code non_empty}, {@code min_size},
 * {@code max_size}, {@code extension}, {@code content_type}, {@code max_age}, then for CSV {@code csv_header},
 * {@code csv_columns}, {@code row_width}, {@code min_rows}, per column {@code column_type} and
 * {@code column_blank_ratio}, and {@code duplicate_rows}. Checking the same bytes at the same time gives the same
 * result. Thread-safe: each call keeps its own state.
 */
public final class QualityInspector {

    private static final Logger LOG = LoggerFactory.getLogger(QualityInspector.class);

    static {
        // the result builders may load generated classes through Avro's class security check
        GeneratedRecords.trust();
    }

    private final Clock clock;
    private final int maxTrackedRows;

    /**
     * @param clock gives the check time ({@code checked_at}, and the age of objects)
     * @param maxTrackedRows how many rows of an object duplicate_rows compares (memory: at most 32 bytes each)
     */
    public QualityInspector(Clock clock, int maxTrackedRows) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxTrackedRows < 1 || maxTrackedRows > LongHashSet.MAX_SIZE) {
            throw new IllegalArgumentException(
                    "maxTrackedRows must be in [1, " + LongHashSet.MAX_SIZE + "]: " + maxTrackedRows);
        }
        this.maxTrackedRows = maxTrackedRows;
    }

    /** Whether the rule needs the body (only CSV checks do); without it the reader sends a HEAD, not a GET. */
    public static boolean needsBody(QualityRule rule) {
        return rule.getCsv() != null;
    }

    /**
     * Checks one object. When the rule needs the body, reads it to the end in constant memory (never the whole
     * object), also after a CSV error, so that {@code size} is what S3 sent; the caller closes it. Malformed content
     * (invalid UTF-8, an unterminated quote, an oversized record) is a failed check, not an exception.
     *
     * @param body the object's bytes; may be null when {@link #needsBody} is false, and is then not read at all
     * @throws IOException when reading the body fails
     */
    public DataQualityResult inspect(QualityRule rule, ObjectFacts object, InputStream body) throws IOException {
        Instant checkedAt = now();
        CsvRules csv = rule.getCsv();
        long size = object.contentLength();
        Long rows = null;
        List<CheckResult> csvChecks = List.of();
        if (csv != null) {
            Objects.requireNonNull(body, "body: the rule has CSV checks");
            CountingInputStream counted = new CountingInputStream(new BodyFailures(body));
            CsvInspection inspection = new CsvInspection(csv, maxTrackedRows);
            inspection.read(Utf8Text.open(counted));
            counted.transferTo(OutputStream.nullOutputStream());
            size = counted.count();
            rows = inspection.rows();
            csvChecks = inspection.results();
        }
        List<CheckResult> checks = ObjectChecks.of(rule, object, size, checkedAt);
        checks.addAll(csvChecks);
        boolean passed = checks.stream().allMatch(CheckResult::getPassed);
        S3ObjectEvent event = object.event();
        LOG.debug(
                "Checked s3://{}/{} against rule prefix '{}': passed={}, {} bytes, {} rows",
                event.getBucket(),
                event.getKey(),
                rule.getPrefix(),
                passed,
                size,
                rows);
        return result(rule, event, ObjectOutcome.CHECKED, checkedAt)
                .setPassed(passed)
                .setChecks(checks)
                .setSize(size)
                .setRows(rows)
                .build();
    }

    /**
     * The result of an object that was gone before it could be read: outcome NO_SUCH_KEY or NO_SUCH_BUCKET, not
     * passed, no checks.
     */
    public DataQualityResult missing(QualityRule rule, S3ObjectEvent event, ObjectOutcome outcome) {
        if (outcome == ObjectOutcome.CHECKED) {
            throw new IllegalArgumentException("a missing object cannot have outcome CHECKED");
        }
        return result(rule, event, outcome, now())
                .setPassed(false)
                .setChecks(List.of())
                .setSize(0)
                .setRows(null)
                .build();
    }

    private static DataQualityResult.Builder result(
            QualityRule rule, S3ObjectEvent event, ObjectOutcome outcome, Instant checkedAt) {
        return DataQualityResult.newBuilder()
                .setBucket(event.getBucket())
                .setKey(event.getKey())
                .setEtag(event.getEtag())
                .setVersionId(event.getVersionId())
                .setRulePrefix(rule.getPrefix())
                .setOutcome(outcome)
                .setEventTime(event.getEventTime())
                .setCheckedAt(checkedAt);
    }

    /** Milliseconds, as the result carries them, so a result equals itself after a round trip. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
