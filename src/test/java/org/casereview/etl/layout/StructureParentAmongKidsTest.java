package org.casereview.etl.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.job.UnseenHostileInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paragraph element whose /K names its own parent and itself beside its marked content (session 37's hostile
 * input): gathering the paragraph's text went down into the parent and the paragraph again, round and round until
 * 200,000 elements were counted, one block of the same line thousands of times (485 s of a digest sniff at load 40).
 * An element already open is not read again inside itself: the paragraph's text is its line once.
 */
class StructureParentAmongKidsTest {

    @TempDir
    Path dir;

    @Test
    void theParagraphIsReadOnce() throws IOException {
        Path file = dir.resolve("cycle.pdf");
        UnseenHostileInputs.structTreeCycle(file);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            StructureTreeReader.Result result = StructureTreeReader.read(document);
            assertThat(result.blocks()).extracting(LayoutBlock::text)
                    .containsExactly("1. Introduction A tagged page whose tags loop.");
        }
    }
}
