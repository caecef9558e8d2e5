package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web page printed from a browser, tagged: a side column the tree reads after the page's flow ({@link SideColumns})
 * and a fixed banner drawn over the flow's last lines ({@link Overlays}), from tagged PDFs written here.
 */
class PrintedWebPageColumnsTest {

    @TempDir
    Path dir;

    @Test
    void aSideColumnReadAfterThePagesFlowIsReadWhereItStartsNotInsideTheEntryGoingOnOverThePage() throws IOException {
        Path file;
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            file = pdf.newPage().heading(1, "Reviews published in March 2026")
                    .paragraph("Summaries of the reviews added this month.")
                    .paragraph("Each summary links to the full review.")
                    .heading(2, "Child TW: Child safeguarding practice review")
                    .paragraph("Neglect of a 4-year-old boy in 2024.")
                    .paragraph("Learning includes:")
                    .list("the nursery's concerns were not shared")
                    .paragraphAt("See also", 400, 45).paragraphAt("Our briefings on neglect", 400, 60)
                    .paragraphAt("Join the mailing list", 400, 75)
                    .newPage().list("the home was not visited")
                    .paragraph("Recommendations include:")
                    .list("share nursery concerns at every review")
                    .paragraph("Read practice review (PDF)")
                    .save(dir.resolve("side-column.pdf"));
        }
        DigestEntry entry = onlyEntry(file);

        assertThat(items(entry, SectionType.LEARNING))
                .containsExactly("the nursery's concerns were not shared", "the home was not visited");
        assertThat(items(entry, SectionType.RECOMMENDATIONS)).containsExactly("share nursery concerns at every review");
    }

    @Test
    void aBannerReadAfterThePagesFlowAndDrawnOverItsLastLinesIsFurniture() throws IOException {
        Path file;
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            file = pdf.newPage().heading(1, "Reviews published in March 2026")
                    .paragraph("Summaries of the reviews added this month.")
                    .heading(2, "Child TW: Child safeguarding practice review")
                    .paragraph("Neglect of a 4-year-old boy in 2024.")
                    .paragraph("Learning includes:")
                    .list("the nursery's concerns were not shared", "the nursery did not know who lived at home")
                    .paragraphAt("This site stores small files on your device", 72, 100)
                    .paragraphAt("Some of them are needed for the site to work.", 72, 113)
                    .paragraphAt("Accept all Reject all Settings", 78, 126)
                    .newPage().list("the home was not visited")
                    .paragraph("Recommendations include:")
                    .list("share nursery concerns at every review")
                    .paragraph("Read practice review (PDF)")
                    .save(dir.resolve("banner.pdf"));
        }
        assertThat(text(file)).doesNotContain("small files").doesNotContain("Accept all");
        DigestEntry entry = onlyEntry(file);

        assertThat(items(entry, SectionType.LEARNING)).containsExactly("the nursery's concerns were not shared",
                "the nursery did not know who lived at home", "the home was not visited");
        assertThat(items(entry, SectionType.RECOMMENDATIONS)).containsExactly("share nursery concerns at every review");
    }

    @Test
    void sideBySideListsWhoseLabelsEndAPageKeepEachLabelOverItsOwnListOnTheNextPage() throws IOException {
        Path file;
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            file = pdf.newPage().heading(1, "Reviews published in March 2026")
                    .heading(2, "Child TW: Child safeguarding practice review")
                    .paragraph("Neglect of a 4-year-old boy in 2024 whose father worked nights.")
                    .sideBySideOverPageBreak("Learning includes:",
                            List.of("the nursery's concerns were not shared", "the home was not visited"),
                            "Recommendations include:", List.of("share nursery concerns at every review"))
                    .paragraph("Read practice review (PDF)")
                    .save(dir.resolve("side-by-side-over-break.pdf"));
        }
        DigestEntry entry = onlyEntry(file);

        assertThat(items(entry, SectionType.LEARNING))
                .containsExactly("the nursery's concerns were not shared", "the home was not visited");
        assertThat(items(entry, SectionType.RECOMMENDATIONS)).containsExactly("share nursery concerns at every review");
    }

    @Test
    void aPagesFlowGoingOnBelowABlockReadBeforeItStaysText() throws IOException {
        Path file;
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            file = pdf.newPage().heading(1, "Reviews published in March 2026")
                    .heading(2, "Child TW: Child safeguarding practice review")
                    .paragraph("Neglect of a 4-year-old boy in 2024.")
                    .paragraphAt("Figures are for England only.", 72, 800)
                    .paragraph("Learning includes:")
                    .list("the nursery's concerns were not shared")
                    .save(dir.resolve("note-first.pdf"));
        }
        assertThat(text(file)).contains("Learning includes:\n\n- the nursery's concerns were not shared");
    }

    private static String text(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return LayoutDigestText.read(document, Integer.MAX_VALUE).orElseThrow();
        }
    }

    private static DigestEntry onlyEntry(Path file) throws IOException {
        List<DigestEntry> entries = new DigestParser().parse(text(file)).entries();
        assertThat(entries).extracting(DigestEntry::title).containsExactly("Child TW: Child safeguarding practice review");
        return entries.get(0);
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }
}
