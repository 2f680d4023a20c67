package io.vigil.app.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileOutcomeTest {

    @Test
    void shouldGiveScriptsTheDocumentedExitCodes() {
        assertThat(FileOutcome.PROCESSED.exitCode()).isZero();
        assertThat(FileOutcome.PARTIAL.exitCode()).isEqualTo(2);
        assertThat(FileOutcome.FAILED.exitCode()).isEqualTo(3);
        assertThat(FileOutcome.TIMED_OUT.exitCode()).isEqualTo(4);
    }

    @Test
    void shouldMapOnlyFinalStatuses() {
        assertThat(FileOutcome.ofFinalStatus("processed")).contains(FileOutcome.PROCESSED);
        assertThat(FileOutcome.ofFinalStatus("partial")).contains(FileOutcome.PARTIAL);
        assertThat(FileOutcome.ofFinalStatus("failed")).contains(FileOutcome.FAILED);
        assertThat(FileOutcome.ofFinalStatus("processing")).isEmpty();
        assertThat(FileOutcome.ofFinalStatus("uploaded")).isEmpty();
        assertThat(FileOutcome.ofFinalStatus("")).isEmpty();
    }

    @Test
    void shouldExitWithTheWorstOutcomeOfSeveralFiles() {
        assertThat(FileOutcome.exitCode(List.of(FileOutcome.PROCESSED, FileOutcome.FAILED, FileOutcome.PARTIAL), false))
                .isEqualTo(3);
        assertThat(FileOutcome.exitCode(List.of(FileOutcome.PROCESSED, FileOutcome.TIMED_OUT), false))
                .isEqualTo(4);
        assertThat(FileOutcome.exitCode(List.of(), false)).isZero();
    }

    @Test
    void shouldExitWithOneWhenARequestFailedWhateverTheOtherFiles() {
        assertThat(FileOutcome.exitCode(List.of(FileOutcome.TIMED_OUT), true)).isEqualTo(FileOutcome.REQUEST_FAILED);
    }
}
