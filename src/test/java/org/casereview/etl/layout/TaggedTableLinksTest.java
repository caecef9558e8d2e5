package org.casereview.etl.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.digest.LayoutDigestText;
import org.casereview.etl.document.DigestEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tagged digest laid out as a table: the link annotation over a line of a row's cell is that entry's report link. */
class TaggedTableLinksTest {

    @TempDir
    Path dir;

    @Test
    void aLinkInATaggedTableCellGivesTheRowsEntryItsReportLink() throws IOException {
        Path pdf;
        try (TaggedPdfWriter w = new TaggedPdfWriter(true, false)) {
            pdf = w.newPage()
                    .heading("H1", "Case reviews update: July 2024")
                    .linkedTable(List.of(
                            List.of("Case", "What happened", "Key learning"),
                            List.of("Child GA: Learning review\nRead learning review (PDF)|https://example.org/media/1/r.pdf",
                                    "Serious harm to a 2-year-old girl in 2023.", "storage was not checked"),
                            List.of("Child GB: Case management review\nRead summary (PDF)|https://example.org/media/2/r.pdf",
                                    "Emotional abuse of a 13-year-old boy in 2022.", "his fear was not recorded")))
                    .save(dir.resolve("table-links.pdf"));
        }
        LayoutBlock table;
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            table = LayoutReader.read(document).pages().get(0).blocks().stream()
                    .filter(b -> b.kind() == BlockKind.TABLE).findFirst().orElseThrow();
            text = LayoutDigestText.readTagged(document, Integer.MAX_VALUE).orElseThrow();
        }

        assertThat(table.rows().get(1).get(0)).isEqualTo("Child GA: Learning review\nRead learning review (PDF)");
        assertThat(table.cellLinks()).containsExactly(List.of("", "", ""),
                List.of("\nhttps://example.org/media/1/r.pdf", "", ""),
                List.of("\nhttps://example.org/media/2/r.pdf", "", ""));
        List<DigestEntry> entries = new DigestParser().parse(text).entries();
        assertThat(entries).extracting(DigestEntry::title, DigestEntry::linkText, DigestEntry::linkTarget).containsExactly(
                tuple("Child GA: Learning review", "Read learning review (PDF)", "https://example.org/media/1/r.pdf"),
                tuple("Child GB: Case management review", "Read summary (PDF)", "https://example.org/media/2/r.pdf"));
    }
}
