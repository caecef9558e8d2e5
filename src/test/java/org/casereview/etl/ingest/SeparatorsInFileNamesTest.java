package org.casereview.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.document.RejectReason;
import org.casereview.etl.ingest.InputDiscovery.Discovered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file name with a line or paragraph separator (U+2028, U+2029) or a text-direction control (U+202A-U+202E,
 * U+2066-U+2069) is refused as one with a control character is, and shown escaped: session 38 found a good report so
 * named loaded, its name raw in documents.csv and reviews.csv (where U+202E shows '...fdp.T' as 'T.pdf...').
 */
class SeparatorsInFileNamesTest {

    @TempDir
    Path input;

    @Test
    void aNameWithASeparatorOrADirectionControlIsRefusedAndShownEscaped() throws IOException {
        Files.copy(Path.of("input/seed-2021-11.txt"), input.resolve("seed-2021-11.txt"));
        for (String name : List.of("Good Report\u2029Baby\u202efdp.T\u2066.pdf", "Line\u2028break.pdf", "embed\u202aed.pdf")) {
            Files.copy(Path.of("input/Brambleford_SCR_Baby_T.pdf"), input.resolve(name));
        }
        List<Discovered> found = new InputDiscovery((pdf, sha) -> false).discover(input);
        assertThat(found).extracting(d -> d.document().sourceFile()).containsExactlyInAnyOrder("seed-2021-11.txt",
                "Good Report\\u2029Baby\\u202Efdp.T\\u2066.pdf", "Line\\u2028break.pdf", "embed\\u202Aed.pdf");
        assertThat(found).filteredOn(d -> !d.document().sourceFile().equals("seed-2021-11.txt")).allSatisfy(d -> {
            assertThat(d.loadable()).isFalse();
            assertThat(d.reject().reason()).isEqualTo(RejectReason.OTHER);
            assertThat(d.reject().message()).isEqualTo(
                    "the file name holds a line or paragraph separator or a text-direction control; rename the file to load it");
        });
        assertThat(found).filteredOn(d -> d.document().sourceFile().equals("seed-2021-11.txt"))
                .allSatisfy(d -> assertThat(d.loadable()).isTrue());
    }
}
