package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.layout.Evidence;
import org.casereview.etl.layout.LayoutReader;
import org.casereview.etl.layout.OutlineReader;
import org.casereview.etl.quality.ReportChecks;
import org.casereview.etl.quality.ReportEvidence;
import org.casereview.etl.quality.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading's own evidence that a page in columns was read across them (issue 9.5: "columns suspected but read
 * across"). Invented two-column review pages are read once as the job reads them and once with the column finder
 * switched off (the page's fragments grouped into rows across the page, as a reader that finds no gutter leaves
 * them): the second reading loses items, and only it carries a layout note, which makes the self-check doubtful.
 */
class ReadAcrossTest {

    private static final float LEFT = 56;
    private static final float RIGHT = 320;
    private static final float BODY = 10.5f;
    private static final float PITCH = 13;
    private static final String[] LEFT_TEXT = {
            "Child M was nine when the school raised a concern",
            "about bruising to her arms. She said that she had",
            "fallen from a trampoline at her uncle's house and",
            "nobody asked to see the trampoline or the uncle.",
            "Her attendance fell from the spring term onwards",
            "and each absence was put down to a stomach ache",
            "without a call home from the school nurse or from",
            "the family's doctor, who had seen her twice."};
    private static final String[] RIGHT_TEXT = {
            "Professionals took each account on its own and",
            "did not set one injury beside the next one when",
            "they met to review the plan for the family.",
            "Schools should record every account a child gives",
            "of an injury, in the child's own words each time.",
            "Health and school staff should share the dates of",
            "absences and injuries whenever a plan is reviewed.",
            "The partnership should audit the use of the body map"};

    @TempDir
    Path dir;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private float height;

    @Test
    void columnsReadDownEachColumnCarryNoNote() throws Exception {
        Path pdf = twoColumnReview(0);
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.items()).extracting(ReportItem::type).contains(SectionType.RECOMMENDATIONS);
        assertThat(report.layoutNotes()).isEmpty();
        assertThat(verdict(report).notes()).noneMatch(n -> n.contains("read across"));
    }

    /**
     * Columns on shared baselines read as rows across the page: the rows run over the gutter. (Here the blocks take
     * the rows for a table's, whose lines are read across on purpose, so the report carries no note: see the
     * reports-e2e README, what is left.)
     */
    @Test
    void columnsReadAcrossOnSharedBaselinesRunOverTheGutter() throws Exception {
        Path pdf = twoColumnReview(0);
        ExtractedReport read = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        ExtractedReport across = withoutColumnFinder(pdf, read);
        ReadAcross.Page page = ReadAcross.page(rowsAcross(pdf).get(0));

        assertThat(across.items()).hasSizeLessThan(read.items().size());
        assertThat(page.readAcross()).isTrue();
        assertThat(page.note()).matches("page 1 read across columns \\(\\d+ lines run over a gutter at x \\d+\\)");
        assertThat(page.strip()).isBetween(LEFT + 200, RIGHT);
    }

    @Test
    void columnsWhoseBaselinesDoNotLineUpReadByHeightAreDoubtful() throws Exception {
        Path pdf = twoColumnReview(PITCH / 2);
        ExtractedReport read = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        ExtractedReport across = withoutColumnFinder(pdf, read);

        assertThat(read.layoutNotes()).isEmpty();
        assertThat(across.layoutNotes()).singleElement().asString()
                .matches("page 1 read across columns \\(\\d+ lines step between columns\\)");
        assertThat(verdict(across).quality()).isEqualTo(Verdict.DOUBTFUL);
    }

    /**
     * Columns whose baselines stand a few points apart, near enough to be grouped into rows across the page and taken
     * for a table's rows: a table's cells start on one baseline, so rows whose cells do not stand level are read as
     * running text for the sign, and the lines run over the gutter.
     */
    @Test
    void columnsAFewPointsOffLevelTakenForATablesRowsAreDoubtful() throws Exception {
        Path pdf = twoColumnReview(BODY / 3, 0);
        ExtractedReport read = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        ExtractedReport across = withoutColumnFinder(pdf, read);

        assertThat(read.layoutNotes()).isEmpty();
        assertThat(across.layoutNotes()).singleElement().asString()
                .matches("page 1 read across columns \\(\\d+ lines run over a gutter at x \\d+\\)");
        assertThat(verdict(across).quality()).isEqualTo(Verdict.DOUBTFUL);
    }

    @Test
    void theSelfCheckGivesTheFirstPageAndCountsTheRest() {
        ReportEvidence evidence = new ReportEvidence(6, List.of(), List.of(), List.of(
                "page 2 read across columns (9 lines run over a gutter at x 297)",
                "page 3 read across columns (6 lines step between columns)",
                "page 4 read across columns (7 lines step between columns)"));

        assertThat(ReportChecks.judge(evidence, null).notes()).contains(
                "page 2 read across columns (9 lines run over a gutter at x 297) and 2 more pages");
    }

    /** The job's reading with the column finder off: each page's fragments grouped into rows across the page. */
    private static ExtractedReport withoutColumnFinder(Path pdf, ExtractedReport read) throws Exception {
        Vocabulary vocabulary = Vocabulary.defaults();
        ItemLabels labels = new ItemLabels(vocabulary);
        ReportAnalyser analyser = new ReportAnalyser(new SectionTyper(vocabulary), labels,
                new AnsweredQuestions(vocabulary, labels));
        try (PDDocument doc = ReportPdfFile.open(pdf)) {
            return analyser.analyse(pdf.getFileName().toString(), rowsAcross(pdf), OutlineReader.read(doc),
                    LayoutReader.read(doc).blocks(Evidence.TAGS), read.document().metadata(), new ArrayList<>());
        }
    }

    private static List<PageText> rowsAcross(Path pdf) throws Exception {
        try (PDDocument doc = ReportPdfFile.open(pdf)) {
            List<PageText> rows = new ArrayList<>();
            for (PageText page : new PositionedTextStripper().read(doc)) {
                List<TextFragment> all = page.lines().stream().flatMap(l -> l.fragments().stream()).toList();
                rows.add(page.withLines(LineAssembler.lines(page.number(), all)));
            }
            return rows;
        }
    }

    private static Verdict verdict(ExtractedReport report) {
        return ReportChecks.judge(new ReportEvidence(report.document().metadata().pages(),
                report.document().sections(), report.items().stream()
                .map(i -> new ItemRow(i.type(), i.itemNo(), i.text(), i.page())).toList(), report.layoutNotes()), null);
    }

    /** An invented one-page review in two columns; the right column's baselines {@code offset} points lower. */
    private Path twoColumnReview(float offset) throws IOException {
        return twoColumnReview(offset, 3);
    }

    /** As above, the right column's recommendations from its line {@code from} on (0: no recommendations). */
    private Path twoColumnReview(float offset, int from) throws IOException {
        Path pdf = dir.resolve("review-" + (int) offset + "-" + from + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            height = page.getMediaBox().getHeight();
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                text(out, bold, 16, LEFT, 60, "Local Child Safeguarding Practice Review: Child M");
                text(out, regular, 9, LEFT, 76, "An invented example: the child, family and area do not exist.");
                column(out, LEFT, 110, "Background", LEFT_TEXT, 0);
                column(out, RIGHT, 110 + offset, "Findings", RIGHT_TEXT, from);
                text(out, regular, 8, LEFT, 800, "Invented example for testing - page 1");
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    /** A heading, prose lines, and from {@code from} on a 'Recommendations' heading over numbered lines. */
    private void column(PDPageContentStream out, float x, float top, String heading, String[] lines, int from)
            throws IOException {
        text(out, bold, 12, x, top, heading);
        float y = top + PITCH + 4;
        for (int i = 0; i < lines.length; i++) {
            if (from > 0 && i == from) {
                y += 6;
                text(out, bold, 12, x, y, "Recommendations");
                y += PITCH + 4;
            }
            boolean numbered = from > 0 && i >= from && (i - from) % 2 == 0;
            text(out, regular, BODY, x, y, (numbered ? (i - from) / 2 + 1 + ". " : "") + lines[i]);
            y += PITCH;
        }
    }

    private void text(PDPageContentStream out, PDFont font, float size, float x, float top, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, height - top);
        out.showText(text);
        out.endText();
    }
}
