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
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.PdfPageLines.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running heads whose right part names the review a page is in (CSS paged media's string-set heads). */
class TitledRunningHeadsTest {

    private static final String LEAD = "Practice learning bulletin \u2014 March 2026";
    private static final String FIRST = "Child QZ: Child safeguarding practice review";
    private static final String SECOND = "Child RZ: Serious case review";

    @TempDir
    Path dir;

    /** A page's body line: its text, its baseline from the top of a 792pt page, and whether a dot is drawn before it. */
    private record Printed(String text, float fromTop, boolean dot) {
    }

    /** Each page with a head of two runs on one baseline, the constant lead at the left and the page's review at the right. */
    private Path pdf(List<String> heads, List<List<Printed>> pages) throws IOException {
        Path file = dir.resolve("titled-heads.pdf");
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    show(content, font, 8, 50, height - 24, LEAD);
                    show(content, font, 8, 330, height - 24, heads.get(p));
                    for (Printed line : pages.get(p)) {
                        if (line.dot()) {
                            content.addRect(62, height - line.fromTop() + 2.5f, 3.5f, 3.5f);
                            content.fill();
                        }
                        show(content, font, 11, line.dot() ? 75 : 50, height - line.fromTop(), line.text());
                    }
                    show(content, font, 8, 280, 22, "Page " + (p + 1) + " of " + pages.size());
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

    private static Printed body(String text, float fromTop) {
        return new Printed(text, fromTop, false);
    }

    private static Printed bullet(String text, float fromTop) {
        return new Printed(text, fromTop, true);
    }

    @Test
    void aHeadNamingEachPagesReviewIsNoEntryAndItsConstantPartStillDatesTheDigest() throws Exception {
        Path file = pdf(List.of(FIRST, SECOND), List.of(
                List.of(body("Case reviews added to the library", 90), body(FIRST, 130),
                        body("A 9-year-old boy was neglected at home in 2024.", 150), body("Learning includes:", 175),
                        bullet("school absence was not followed up", 195), body(SECOND, 240),
                        body("A baby girl aged 4 months was injured in 2023.", 260), body("Learning includes:", 285)),
                List.of(bullet("the father's history was not checked", 90),
                        bullet("the nursery's worries were not shared", 110), body("Read overview report (PDF)", 140))));

        String text = new DocumentTextExtractor().extract(file).text();
        ParsedDigest digest = new DigestParser().parse(text);

        assertThat(text).doesNotContain(LEAD + " " + FIRST).doesNotContain(LEAD + " " + SECOND);
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(FIRST, SECOND);
        assertThat(digest.entries().get(1).sections()).filteredOn(s -> s.type() == SectionType.LEARNING)
                .flatExtracting(Section::items).extracting(Item::text)
                .containsExactly("the father's history was not checked", "the nursery's worries were not shared");
        assertThat(digest.month()).isEqualTo(YearMonth.of(2026, 3));
    }

    @Test
    void aTopLineWhoseOtherPartChangesFromPageToPageIsNoHead() {
        List<List<Line>> pages = List.of(
                List.of(new Line("Spring issue " + FIRST, false, 0.04f), new Line(FIRST, false, 0.2f)),
                List.of(new Line("Summer issue " + SECOND, false, 0.04f), new Line(SECOND, false, 0.2f)));

        assertThat(TitledRunningHeads.of(pages)).isEmpty();
    }

    @Test
    void aHeadWhoseTitleIsNoLineOfTheTextIsNoTitledHead() {
        List<List<Line>> pages = List.of(
                List.of(new Line(LEAD + " Child QZ: a summary", false, 0.04f), new Line(FIRST, false, 0.2f)),
                List.of(new Line(LEAD + " Child RZ: a summary", false, 0.04f), new Line(SECOND, false, 0.2f)));

        assertThat(TitledRunningHeads.of(pages)).isEmpty();
    }
}
