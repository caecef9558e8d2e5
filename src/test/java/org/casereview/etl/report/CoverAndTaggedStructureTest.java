package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (batch13 kinds 1-3), on PDFs written with PDFBox: a cover whose every line is larger than the
 * body stays a cover though it prints "Executive Summary"; where the style guess makes large pull quotes the top
 * level and the tree tags them P under H1 heading bands, the tree's headings cut the sections; a tagged list
 * broken across the columns of a three-column page gives its LI entries as the items.
 */
class CoverAndTaggedStructureTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);

    @TempDir
    Path dir;

    @Test
    void aCoverOfLinesAllLargerThanTheBodyIsNoBodyThoughItPrintsExecutiveSummary() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(coverReport(dir.resolve("cover.pdf"), false));

        assertThat(report.document().sections()).extracting(Section::heading, Section::type, Section::pageStart)
                .containsExactly(tuple("INTRODUCTION", SectionType.INTRODUCTION, 2),
                        tuple("BACKGROUND", SectionType.BACKGROUND, 2), tuple("LEARNING", SectionType.LEARNING, 2),
                        tuple("RECOMMENDATIONS", SectionType.RECOMMENDATIONS, 3));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Gifts a family cannot explain are a sign of grooming."),
                tuple(SectionType.LEARNING, "Taxi drivers see exploitation first and need to know how to report it."),
                tuple(SectionType.RECOMMENDATIONS, "The board should train every licensed taxi driver."));
    }

    @Test
    void aFirstPageWithBodyTextUnderExecutiveSummaryIsTheFirstSection() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(coverReport(dir.resolve("summary.pdf"), true));

        assertThat(report.document().sections()).extracting(Section::heading, Section::type, Section::pageStart)
                .startsWith(tuple("Executive Summary", SectionType.SUMMARY, 1),
                        tuple("INTRODUCTION", SectionType.INTRODUCTION, 2));
    }

    @Test
    void headingBandsTaggedH1CutTheSectionsAndPullQuotesTaggedPAreNone() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(brochure(dir.resolve("tagged.pdf"), true));

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("About Amelia", SectionType.BACKGROUND), tuple("What we found", SectionType.FINDINGS),
                tuple("What we learned", SectionType.LEARNING), tuple("What will change", SectionType.RECOMMENDATIONS));
        assertThat(report.document().sections().get(1).text()).contains("They rang my dad.");
    }

    /**
     * Without tags the larger pull quotes used to outrank the bands; a quoted sentence is no heading (HeadingDetector,
     * session 24), so the bands cut the sections as the tags do.
     */
    @Test
    void untaggedThePullQuotesAreNoHeadingsAndTheBandsCutTheSections() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(brochure(dir.resolve("untagged.pdf"), false));

        assertThat(report.document().sections()).extracting(Section::heading)
                .doesNotContain("\u201cI told them I did not want to go home. They rang my dad.\u201d")
                .contains("What we found", "What we learned", "What will change");
    }

    @Test
    void aTaggedListBrokenAcrossColumnsGivesItsEntriesAsItems() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(brochure(dir.resolve("list.pdf"), true));

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING)
                .extracting(ReportItem::text, ReportItem::page).containsExactly(LEARNING.stream()
                        .map(l -> tuple(String.join(" ", l), 3)).toArray(org.assertj.core.groups.Tuple[]::new));
    }

    /** Untagged, the three columns are read across and the entries break: what the tags repair. */
    @Test
    void untaggedTheBrokenListGivesBrokenItems() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(brochure(dir.resolve("list-untagged.pdf"), false));

        assertThat(report.items()).extracting(ReportItem::text)
                .doesNotContain(String.join(" ", LEARNING.get(1)));
    }

    private static final List<List<String>> LEARNING = List.of(
            List.of("When a child says she is", "frightened to go home, the", "first call should not be to", "that adult."),
            List.of("Every member of school", "staff can make a referral", "and should know how."),
            List.of("A parent who attends every", "meeting can still be a risk", "to the child at home."));

    /**
     * Cover (16 pt title, then 12-13 pt lines: no line in the body's 10 pt; with {@code summaryBody} the
     * summary's paragraph follows in 10 pt in their place), then body headings in 10 pt bold capitals with a rule under each.
     */
    private static Path coverReport(Path file, boolean summaryBody) throws IOException {
        try (Writer w = new Writer(false)) {
            w.page();
            w.text(null, "SERIOUS CASE REVIEW: CHILD K", 60, 150, BOLD, 16);
            w.text(null, "Executive Summary", 60, 190, summaryBody ? BOLD : REGULAR, 13);
            float y = 220;
            if (summaryBody) {
                for (String line : List.of("Child K was thirteen when she was exploited by adult men in the town.",
                        "This summary sets out what the review found and what the board will do.")) {
                    w.text(null, line, 60, y, REGULAR, 10);
                    y += 14;
                }
            }
            if (!summaryBody) {
                w.text(null, "Published: March 2019", 60, y + 20, REGULAR, 12);
                w.text(null, "Lead reviewer: Ann Smith", 60, y + 40, REGULAR, 12);
                w.text(null, "This review is invented for software testing.", 60, y + 60, REGULAR, 12);
            }
            w.page();
            w.y = 90;
            w.ruled("INTRODUCTION");
            w.body("This review looks at the help Child K received from agencies in the town over two years.");
            w.ruled("BACKGROUND");
            w.body("Child K was reported missing many times and was brought home by taxi drivers late at night.");
            w.ruled("LEARNING");
            w.body("\u2022 Gifts a family cannot explain are a sign of grooming.");
            w.body("\u2022 Taxi drivers see exploitation first and need to know how to report it.");
            w.page();
            w.y = 90;
            w.ruled("RECOMMENDATIONS");
            w.body("1. The board should train every licensed taxi driver.");
            return w.save(file);
        }
    }

    /**
     * A three-column brochure: 16 pt bold heading bands across the page (H1), 10 pt body in three columns (P),
     * 22 pt italic pull quotes across the page twice (P), and the learning list (L / LI) starting in the first
     * column and running into the second and third.
     */
    private static Path brochure(Path file, boolean tagged) throws IOException {
        try (Writer w = new Writer(tagged)) {
            w.page();
            w.text(w.element("H1"), "Child Safeguarding Practice Review: Amelia", 60, 200, BOLD, 24);
            w.text(w.element("P"), "Published November 2025", 60, 240, REGULAR, 14);
            w.page();
            w.band("About Amelia", 70);
            w.columns(100, List.of("Amelia was eleven years old and", "lived with her father and her", "stepmother."),
                    List.of("She loved drawing and was", "described as quiet and kind", "by her teachers."),
                    List.of("Her father had been reported", "to the police for violence", "in 2019."));
            w.band("What we found", 180);
            w.columns(210, List.of("When Amelia spoke, the school's", "response was to ask her father", "about it."),
                    List.of("The safeguarding lead was on", "leave and nobody else knew", "what to do."),
                    List.of("The history of violence had", "never been shared with the", "school."));
            w.quote("\u201cI told them I did not want to go home. They rang my dad.\u201d", 290);
            w.page();
            w.quote("\u201cWe all liked her dad. That was part of the problem.\u201d", 90);
            w.band("What we learned", 140);
            w.list(170);
            w.band("What will change", 260);
            w.columns(290, List.of("1. Schools should train every", "member of staff on referrals."),
                    List.of("2. The partnership should", "publish a guide for staff."), List.of());
            return w.save(file);
        }
    }

    /** Lines of text, each optionally marked content of a structure element. */
    private static final class Writer implements AutoCloseable {
        private final PDDocument document = new PDDocument();
        private final boolean tagged;
        private final PDStructureElement root;
        private PDPage page;
        private PDPageContentStream out;
        private int mcid;
        private float y;

        Writer(boolean tagged) {
            this.tagged = tagged;
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            if (tagged) {
                document.getDocumentCatalog().setStructureTreeRoot(tree);
                PDMarkInfo info = new PDMarkInfo();
                info.setMarked(true);
                document.getDocumentCatalog().setMarkInfo(info);
            }
            root = new PDStructureElement("Document", tree);
            tree.appendKid(root);
        }

        void page() throws IOException {
            if (out != null) {
                out.close();
            }
            page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            mcid = 0;
        }

        PDStructureElement element(String type) {
            return element(type, root);
        }

        PDStructureElement element(String type, PDStructureElement parent) {
            if (!tagged) {
                return null;
            }
            PDStructureElement element = new PDStructureElement(type, parent);
            element.setPage(page);
            parent.appendKid(element);
            return element;
        }

        /** Text at {@code x}, baseline {@code top} points from the top of the page. */
        void text(PDStructureElement element, String text, float x, float top, PDType1Font font, float size)
                throws IOException {
            if (element != null) {
                COSDictionary properties = new COSDictionary();
                properties.setInt(COSName.MCID, mcid);
                out.beginMarkedContent(COSName.getPDFName(element.getStructureType()),
                        PDPropertyList.create(properties));
            }
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, PDRectangle.A4.getHeight() - top);
            out.showText(text);
            out.endText();
            if (element != null) {
                out.endMarkedContent();
                element.appendKid(mcid++);
            }
        }

        /** A bold capital heading in the body size with a drawn rule under it. */
        void ruled(String text) throws IOException {
            y += 10;
            text(null, text, 60, y, BOLD, 10);
            out.setLineWidth(0.5f);
            out.moveTo(60, PDRectangle.A4.getHeight() - y - 4);
            out.lineTo(535, PDRectangle.A4.getHeight() - y - 4);
            out.stroke();
            y += 22;
        }

        void body(String text) throws IOException {
            text(null, text, 60, y, REGULAR, 10);
            y += 16;
        }

        /** A heading band: white bold text on a filled full-width rectangle. */
        void band(String text, float top) throws IOException {
            out.setNonStrokingColor(0.1f, 0.3f, 0.5f);
            out.addRect(40, PDRectangle.A4.getHeight() - top - 8, 515, 26);
            out.fill();
            out.setNonStrokingColor(1f, 1f, 1f);
            text(element("H1"), text, 50, top, BOLD, 16);
            out.setNonStrokingColor(0f, 0f, 0f);
        }

        void quote(String text, float top) throws IOException {
            text(element("P"), text, 60, top, ITALIC, 22);
        }

        /** Three columns of 10 pt lines from {@code top}, one P per column. */
        @SafeVarargs
        final void columns(float top, List<String>... columns) throws IOException {
            for (int c = 0; c < columns.length; c++) {
                PDStructureElement p = columns[c].isEmpty() ? null : element("P");
                for (int l = 0; l < columns[c].size(); l++) {
                    text(p, columns[c].get(l), 40 + c * 180, top + l * 14, REGULAR, 10);
                }
            }
        }

        /** The learning list: entry 1 fills column 1, entry 2 runs from its foot into column 2, entry 3 in 3. */
        void list(float top) throws IOException {
            PDStructureElement list = element("L");
            List<float[]> places = new ArrayList<>();
            for (int l = 0; l < 5; l++) {
                places.add(new float[] {40, top + l * 14});
            }
            for (int l = 0; l < 3; l++) {
                places.add(new float[] {220, top + l * 14});
            }
            for (int l = 0; l < 2; l++) {
                places.add(new float[] {400, top + l * 14});
            }
            int at = 0;
            for (List<String> entry : LEARNING) {
                PDStructureElement li = element("LI", list);
                PDStructureElement body = li == null ? null : element("LBody", li);
                for (int l = 0; l < entry.size(); l++) {
                    float[] place = places.get(at++);
                    if (l == 0) {
                        out.addRect(place[0], PDRectangle.A4.getHeight() - place[1], 4, 4);
                        out.fill();
                    }
                    text(body, entry.get(l), place[0] + 10, place[1], REGULAR, 10);
                }
            }
        }

        Path save(Path file) throws IOException {
            out.close();
            out = null;
            document.save(file.toFile());
            return file;
        }

        @Override
        public void close() throws IOException {
            if (out != null) {
                out.close();
            }
            document.close();
        }
    }
}
