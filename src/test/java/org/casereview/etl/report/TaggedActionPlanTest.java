package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tagged action plan: Recommendation | Action | Lead agency, the recommendation cells typed with '1.' '2.', the
 * cells' lines side by side on one baseline. Each row gives its Recommendation cell once, without its number,
 * and no Action cell is taken for an item.
 */
class TaggedActionPlanTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();

    @TempDir
    Path dir;

    @Test
    void eachRowGivesItsRecommendationCellOnceAndNoActionCell() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(actionPlanPdf(dir.resolve("plan.pdf"), "2. Recommendations"));

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.RECOMMENDATIONS, "The partnership should make sure that every excluded child on a "
                        + "plan has the plan reviewed within five days."),
                tuple(SectionType.RECOMMENDATIONS, "The local authority should set out what a child in part-time "
                        + "provision does for the rest of the week."),
                tuple(SectionType.RECOMMENDATIONS, "The police should tell the social worker within one day when a "
                        + "child on a plan is stopped out of area."));
    }

    /**
     * The same plan as an appendix, the only place the recommendations stand: its header row names them, so its
     * rows are recommendations though appendices give no items of their own.
     */
    @Test
    void anAppendixActionPlanWhoseHeaderNamesRecommendationsGivesThemWhenNoSectionDid() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(actionPlanPdf(dir.resolve("appendix.pdf"),
                "Appendix 1: Action plan"));

        assertThat(report.document().sections()).extracting(s -> s.type())
                .containsExactly(SectionType.BACKGROUND, SectionType.APPENDIX);
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.RECOMMENDATIONS, "The partnership should make sure that every excluded child on a "
                        + "plan has the plan reviewed within five days."),
                tuple(SectionType.RECOMMENDATIONS, "The local authority should set out what a child in part-time "
                        + "provision does for the rest of the week."),
                tuple(SectionType.RECOMMENDATIONS, "The police should tell the social worker within one day when a "
                        + "child on a plan is stopped out of area."));
    }

    private static Path actionPlanPdf(Path file, String heading) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            document.getDocumentCatalog().setStructureTreeRoot(tree);
            PDMarkInfo info = new PDMarkInfo();
            info.setMarked(true);
            document.getDocumentCatalog().setMarkInfo(info);
            PDStructureElement root = new PDStructureElement("Document", tree);
            tree.appendKid(root);
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                Canvas canvas = new Canvas(out, page);
                canvas.text(canvas.child(root, "H1"), "1. Background", 50, 540, true, 14);
                canvas.text(canvas.child(root, "P"), "The family moved to the area when the child was eleven years old.",
                        50, 520, false, 10);
                canvas.text(canvas.child(root, "H1"), heading, 50, 490, true, 14);
                PDStructureElement table = canvas.child(root, "Table");
                canvas.row(canvas.child(canvas.child(table, "THead"), "TR"), "TH", 460, new String[] {"Recommendation"},
                        new String[] {"Action"}, new String[] {"Lead agency"});
                PDStructureElement body = canvas.child(table, "TBody");
                canvas.row(canvas.child(body, "TR"), "TD", 430,
                        new String[] {"1. The partnership should make sure that", "every excluded child on a plan has the",
                                "plan reviewed within five days."},
                        new String[] {"Amend the exclusion procedure and the", "plan template; brief the head teachers."},
                        new String[] {"Education services"});
                canvas.row(canvas.child(body, "TR"), "TD", 370,
                        new String[] {"2. The local authority should set out", "what a child in part-time provision",
                                "does for the rest of the week."},
                        new String[] {"Publish a minimum offer for alternative", "provision that includes supervised",
                                "activity for afternoons and holidays."},
                        new String[] {"Education services"});
                canvas.row(canvas.child(body, "TR"), "TD", 310,
                        new String[] {"3. The police should tell the social worker", "within one day when a child on a plan",
                                "is stopped out of area."},
                        new String[] {"Add an automatic notification to the", "missing and stop-search systems."},
                        new String[] {"Police"});
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** Draws marked content for structure elements, numbering it by MCID. */
    private static final class Canvas extends MarkedContentCanvas {
        private static final float[] COLUMN_X = {50, 300, 550};
        Canvas(PDPageContentStream out, PDPage page) {
            super(out, page);
        }

        /** One row: each cell's lines 14 pt apart from {@code y} down, the cells side by side. */
        void row(PDStructureElement tr, String cellType, float y, String[]... cells) throws IOException {
            for (int c = 0; c < cells.length; c++) {
                PDStructureElement cell = child(tr, cellType);
                for (int i = 0; i < cells[c].length; i++) {
                    text(cell, cells[c][i], COLUMN_X[c], y - 14 * i, "TH".equals(cellType), 10);
                }
            }
        }
    }
}
