package org.casereview.etl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class SharedCorpusTest {

    @Test
    void aMissingPartSkipsOffCiAndFailsInCi() {
        Class<? extends Throwable> expected = SharedCorpus.inCi() ? AssertionError.class : TestAbortedException.class;
        assertThatThrownBy(() -> SharedCorpus.path("no-such-folder-" + System.nanoTime()))
                .isInstanceOf(expected)
                .hasMessageContaining("no-such-folder-");
    }

    @Test
    void pathsAreTakenBesideTheProjectUnlessAPropertyNamesTheFolder() {
        String before = System.getProperty(SharedCorpus.PROPERTY);
        try {
            System.clearProperty(SharedCorpus.PROPERTY);
            assertThat(SharedCorpus.resolve("tools/score.py")).isEqualTo(Path.of("../shared/tools/score.py"));
            System.setProperty(SharedCorpus.PROPERTY, "elsewhere");
            assertThat(SharedCorpus.resolve("corpus")).isEqualTo(Path.of("elsewhere/corpus"));
        } finally {
            if (before == null) {
                System.clearProperty(SharedCorpus.PROPERTY);
            } else {
                System.setProperty(SharedCorpus.PROPERTY, before);
            }
        }
    }
}
