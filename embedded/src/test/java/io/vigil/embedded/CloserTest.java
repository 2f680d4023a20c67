package io.vigil.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloserTest {

    @Test
    void shouldCloseInReverseOrderSkippingNullsAndKeepingEveryFailure() {
        List<String> closed = new ArrayList<>();
        AutoCloseable kafka = () -> closed.add("kafka");
        AutoCloseable s3 = () -> {
            closed.add("s3");
            throw new IllegalStateException("s3 stuck");
        };
        AutoCloseable sqs = () -> {
            closed.add("sqs");
            throw new IllegalStateException("sqs stuck");
        };

        List<Exception> failures = Closer.closeReversed(Arrays.asList(kafka, null, s3, sqs));

        assertThat(closed).containsExactly("sqs", "s3", "kafka");
        assertThat(failures).extracting(Exception::getMessage).containsExactly("sqs stuck", "s3 stuck");
    }

    @Test
    void shouldCombineFailuresIntoOneWithTheRestSuppressed() {
        EmbeddedException combined = Closer.combine(
                "platform failed to stop", List.of(new IllegalStateException("a"), new IllegalStateException("b")));

        assertThat(combined).hasMessage("platform failed to stop").hasRootCauseMessage("a");
        assertThat(combined.getSuppressed()).extracting(Throwable::getMessage).containsExactly("b");
        assertThat(Closer.combine("nothing", List.of())).isNull();
    }
}
