package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.Section;
import org.casereview.etl.extract.PdfPageLines.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A panel repeated down one side of every page, written before the page's main column (an HTML-to-PDF frame). */
class SideBlocksTest {

    private static final String FIRST = "Child QW: Rapid review";
    private static final String SECOND = "Sibling group RW: Serious case review";
    /** The panel: a heading, the reviews' titles wrapped to its width, a contact line. */
    private static final List<String> PANEL = List.of("This month", "Child QW: Rapid", "review",
            "Sibling group RW: Serious", "case review", "Need advice? Ring the", "team on 0100 000 0000.");

    @TempDir
    Path dir;

    /** A main-column line: its text and its baseline from the top of a 792pt page. */
    private record Printed(String text, float fromTop) {
    }

    /** Each page: a filled panel at the left with {@code panel}'s lines (written first), then the main column. */
    private Path pdf(List<String> panel, float mainX, List<List<Printed>> pages) throws IOException {
        Path file = dir.resolve("side-panel.pdf");
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument()) {
            for (List<Printed> lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.setNonStrokingColor(0.93f, 0.95f, 0.97f);
                    content.addRect(40, height - 80 - 14 * panel.size(), 130, 14 * panel.size() + 10);
                    content.fill();
                    content.setNonStrokingColor(0f, 0f, 0f);
                    for (int i = 0; i < panel.size(); i++) {
                        show(content, font, 8.5f, 46, height - 84 - 14 * i, panel.get(i));
                    }
                    for (Printed line : lines) {
                        show(content, font, 10, mainX, height - line.fromTop(), line.text());
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void show(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static List<List<Printed>> twoPages() {
        return List.of(
                List.of(new Printed("Practice reviews digest: June 2027", 84), new Printed("Two reviews this month.", 106),
                        new Printed(FIRST, 130), new Printed("A 5-year-old boy was neglected at home in 2025.", 150),
                        new Printed("Learning includes:", 172), new Printed("- the school's worries were not shared", 190),
                        new Printed(SECOND, 230), new Printed("Three sisters were neglected in 2024.", 250)),
                List.of(new Printed("They had not been seen by a health visitor for a year.", 84),
                        new Printed("Learning includes:", 106), new Printed("- the family moved between two areas", 124),
                        new Printed("- records did not follow the children", 142)));
    }

    @Test
    void aPanelRepeatedBesideTheFlowOfEveryPageIsNoTextOfTheDigest() throws Exception {
        String text = new DocumentTextExtractor().extract(pdf(PANEL, 190, twoPages())).text();
        ParsedDigest digest = new DigestParser().parse(text);

        assertThat(text).doesNotContain("This month").doesNotContain("Need advice?").doesNotContainPattern("(?m)^case review$");
        assertThat(digest.month()).isEqualTo(YearMonth.of(2027, 6));
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(FIRST, SECOND);
        assertThat(digest.entries().get(1).summary()).isEqualTo("Three sisters were neglected in 2024. "
                + "They had not been seen by a health visitor for a year.");
        assertThat(digest.entries().get(1).sections()).flatExtracting(Section::items).extracting(Item::text)
                .containsExactly("the family moved between two areas", "records did not follow the children");
    }

    @Test
    void linesRepeatedWhereTheFlowRunsAcrossThemAreText() throws Exception {
        String text = new DocumentTextExtractor().extract(pdf(PANEL, 60, twoPages())).text();

        assertThat(text).contains("This month").contains("Need advice? Ring the");
    }

    @Test
    void aShortRepeatedLabelBesideTheFlowIsNoPanel() {
        List<List<Line>> pages = List.of(
                List.of(new Line("Key points", 0.3f, 0.07f, 0.2f), new Line("Learning includes:", 0.32f, 0.07f, 0.25f),
                        new Line("A boy was hurt at home.", 0.31f, 0.32f, 0.8f)),
                List.of(new Line("Key points", 0.3f, 0.07f, 0.2f), new Line("Learning includes:", 0.32f, 0.07f, 0.25f),
                        new Line("A girl was neglected.", 0.31f, 0.32f, 0.8f)));

        assertThat(SideBlocks.of(pages)).isEmpty();
    }
}
