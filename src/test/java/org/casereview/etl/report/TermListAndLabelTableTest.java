package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.quality.ReportChecks;
import org.casereview.etl.quality.ReportEvidence;
import org.casereview.etl.quality.Verdict;
import org.casereview.etl.report.FixtureCanvas.Run;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: a description list (bold term, text run in, hanging indent) gives one item per term; bold words a
 * wrapped sentence brings to a line start do not; a header-less tagged table of label | text rows keeps its
 * one-line rows, and the same table untagged (rows run together) is flagged doubtful.
 */
class TermListAndLabelTableTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();

    @TempDir
    Path dir;

    private static Run regular(String text) {
        return new Run(text, false);
    }

    private static Run bold(String text) {
        return new Run(text, true);
    }

    @Nested
    class DescriptionLists {

        @Test
        void eachBoldTermAtTheMarginOpensOneLearningItem() throws Exception {
            Path pdf = new PdfFixtureBuilder()
                    .heading1("1 Introduction")
                    .paragraph("Child Y, a girl of fifteen, was reported missing eleven times in six months.")
                    .heading1("2 Learning")
                    .paragraph("The review identified the following learning, grouped by theme.")
                    .describedTerm("Missing episodes", "Repeated short missing episodes are a warning sign of "
                            + "exploitation and should be looked at together, not one at a time.")
                    .describedTerm("Listening to parents", "A parent who keeps asking for help is giving agencies "
                            + "information about risk and should be treated as a partner in the plan.")
                    .describedTerm("Engagement", "A refusal to talk is not a reason to close the case.")
                    .heading1("3 Recommendations")
                    .numbered("The board should ask the police to review every child missing three times.")
                    .save(dir.resolve("terms.pdf"));

            ExtractedReport report = EXTRACTOR.extractWithItems(pdf);

            assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                    tuple(SectionType.LEARNING, "Missing episodes Repeated short missing episodes are a warning sign "
                            + "of exploitation and should be looked at together, not one at a time."),
                    tuple(SectionType.LEARNING, "Listening to parents A parent who keeps asking for help is giving "
                            + "agencies information about risk and should be treated as a partner in the plan."),
                    tuple(SectionType.LEARNING, "Engagement A refusal to talk is not a reason to close the case."),
                    tuple(SectionType.RECOMMENDATIONS,
                            "The board should ask the police to review every child missing three times."));
        }

        @Test
        void theBlocksOfADescriptionListStartAtEachTerm() {
            TextLine intro = line(100, 72, regular("The review identified the following learning."));
            TextLine term = line(114, 72, bold("Missing episodes"), regular("Repeated short missing episodes are a"));
            TextLine hanging = line(128, 100, regular("warning sign of exploitation."));
            TextLine next = line(142, 72, bold("Engagement"), regular("A refusal to talk is no reason to close."));

            List<Block> blocks = builder().build(List.of(intro, term, hanging, next), java.util.Map.of());

            assertThat(blocks).extracting(Block::text).containsExactly("The review identified the following learning.",
                    "Missing episodes Repeated short missing episodes are a warning sign of exploitation.",
                    "Engagement A refusal to talk is no reason to close.");
        }

        @Test
        void boldWordsThatAWrappedSentenceBringsToALineStartStayInTheParagraph() throws Exception {
            Path pdf = new PdfFixtureBuilder()
                    .heading1("1 Learning")
                    .styledLines(List.of(
                            List.of(regular("Practitioners did not use the partnership's tool known as the")),
                            List.of(bold("Neglect Toolkit"), regular("when the family's home was found cold and")),
                            List.of(regular("dirty, so the risk was never scored."))))
                    .heading1("2 Recommendations")
                    .numbered("The partnership should train every school nurse in the use of the toolkit.")
                    .save(dir.resolve("running.pdf"));

            ExtractedReport report = EXTRACTOR.extractWithItems(pdf);

            assertThat(report.document().sections().get(0).text()).isEqualTo("Practitioners did not use the "
                    + "partnership's tool known as the Neglect Toolkit when the family's home was found cold and "
                    + "dirty, so the risk was never scored.");
            assertThat(report.items()).extracting(ReportItem::type).containsExactly(SectionType.RECOMMENDATIONS);
        }

        @Test
        void aLoneProseParagraphOpeningWithABoldNameIsNoItem() throws Exception {
            Path pdf = new PdfFixtureBuilder()
                    .heading1("1 Learning")
                    .styledLines(List.of(
                            List.of(regular("The review heard from every agency that knew the family.")),
                            List.of(bold("Child Y"), regular("was known to four agencies, none of which had")),
                            List.of(regular("the whole picture of her missing episodes."))))
                    .save(dir.resolve("lone.pdf"));

            ExtractedReport report = EXTRACTOR.extractWithItems(pdf);

            assertThat(report.items()).isEmpty();
        }

        private BlockBuilder builder() {
            return new BlockBuilder(new BodyStyle(11), 14, new ItemLabels(Vocabulary.defaults()));
        }

        private static TextLine line(float y, float x, Run... runs) {
            List<TextFragment> fragments = new java.util.ArrayList<>();
            float at = x;
            StringBuilder text = new StringBuilder();
            for (Run run : runs) {
                fragments.add(new TextFragment(run.text(), at, at + run.text().length() * 5, y, 11, run.bold()));
                at += run.text().length() * 5 + 3;
                text.append(text.isEmpty() ? "" : " ").append(run.text());
            }
            return new TextLine(1, text.toString(), fragments);
        }
    }

    @Nested
    class HeaderlessLabelTables {

        /** Untagged, the centred labels interleave with the text lines and rows run together: the self-check says so. */
        @Test
        void untaggedTheRunTogetherRowsMakeTheReportDoubtful() throws Exception {
            ExtractedReport report = EXTRACTOR.extractWithItems(labelTablePdf(dir.resolve("untagged.pdf"), false));

            assertThat(report.items()).hasSizeLessThan(3);
            List<ItemRow> items = report.items().stream()
                    .map(i -> new ItemRow(i.type(), i.itemNo(), i.text(), i.page())).toList();
            Verdict verdict = ReportChecks.judge(new ReportEvidence(1, report.document().sections(), items), null);
            assertThat(verdict.quality()).isEqualTo("doubtful");
            assertThat(verdict.notesText()).isEqualTo("learning section \"2. Learning\" prints 3 numbered labels, "
                    + "the report gives " + items.size() + " items");
        }

        @Test
        void aRowWhoseLabelAndTextShareOneLineIsKeptBetweenWrappedRows() throws Exception {
            Path pdf = labelTablePdf(dir.resolve("table.pdf"));

            ExtractedReport report = EXTRACTOR.extractWithItems(pdf);

            assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                    tuple(SectionType.LEARNING, "Repeated referrals that are closed after short pieces of work "
                            + "should trigger a review of the whole history."),
                    tuple(SectionType.LEARNING, "Dental neglect is a form of neglect and should be recorded as such."),
                    tuple(SectionType.LEARNING, "School nurses should be told when a child on their caseload has "
                            + "been referred to social services."));
        }
    }

    /**
     * A tagged page: H1 "1. Background" and its paragraph, H1 "2. Learning" and a table without a header row,
     * bold "Learning point N" labels in the first cell, vertically centred against text that wraps.
     */
    private static Path labelTablePdf(Path file) throws IOException {
        return labelTablePdf(file, true);
    }

    static Path labelTablePdf(Path file, boolean tagged) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            if (tagged) {
                document.getDocumentCatalog().setStructureTreeRoot(tree);
            }
            PDMarkInfo info = new PDMarkInfo();
            info.setMarked(tagged);
            document.getDocumentCatalog().setMarkInfo(info);
            PDStructureElement root = new PDStructureElement("Document", tree);
            tree.appendKid(root);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                TaggedCanvas canvas = new TaggedCanvas(out, page);
                canvas.text(child(root, "H1", page), "1. Background", 60, 780, true, 13);
                canvas.text(child(root, "P", page), "Child D lived with her father and grandmother in the trust area.",
                        60, 760, false, 10);
                canvas.text(child(root, "H1", page), "2. Learning", 60, 730, true, 13);
                PDStructureElement table = child(root, "Table", page);
                canvas.row(child(table, "TR", page), "Learning point 1", 705, "Repeated referrals that are closed "
                        + "after short pieces of work should trigger a review", "of the whole history.");
                canvas.row(child(table, "TR", page), "Learning point 2", 680,
                        "Dental neglect is a form of neglect and should be recorded as such.");
                canvas.row(child(table, "TR", page), "Learning point 3", 660, "School nurses should be told when a "
                        + "child on their caseload has been referred to", "social services.");
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static PDStructureElement child(PDStructureElement parent, String type, PDPage page) {
        PDStructureElement element = new PDStructureElement(type, parent);
        element.setPage(page);
        parent.appendKid(element);
        return element;
    }

    /** Draws marked content for structure elements, numbering it by MCID. */
    private static final class TaggedCanvas extends MarkedContentCanvas {
        TaggedCanvas(PDPageContentStream out, PDPage page) {
            super(out, page);
        }

        /** A row: the label cell centred against its text cell's lines, 12pt apart from {@code y} down. */
        void row(PDStructureElement tr, String label, float y, String... textLines) throws IOException {
            float labelY = y - (textLines.length - 1) * 6f;
            text(child(tr, "TD"), label, 60, labelY, true, 10);
            PDStructureElement cell = child(tr, "TD");
            for (int i = 0; i < textLines.length; i++) {
                text(cell, textLines[i], 173, y - 12 * i, false, 10);
            }
        }
    }
}
