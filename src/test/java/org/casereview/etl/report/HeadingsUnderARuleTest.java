package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates that open each heading with a rule drawn across the text width above it: a LaTeX heading in a
 * small-capital face, regular weight and barely larger than the body, is a heading by the rule and the face;
 * under larger bold headings with such a rule, smaller bold lines numbered from 1 again are sub-headings.
 */
class HeadingsUnderARuleTest {

    private static final float MARGIN = 72;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final Path SERIF = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");

    @TempDir
    Path dir;

    private final ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();

    @Test
    void smallCapitalLinesUnderARuleAreTheSectionHeadings() throws Exception {
        Path pdf = dir.resolve("small-caps.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDFont roman = PDType0Font.load(doc, SERIF.toFile());
            PDFont smallCaps = smallCapsFace(doc);
            Page page = new Page(doc, roman, 10);
            page.line(roman, 17, "Serious Case Review: Child P");
            page.line(roman, 11, "Fernbridge Local Safeguarding Children Board");
            page.close();
            page = new Page(doc, roman, 10);
            page.ruledHeading(roman, smallCaps, "1 Introduction");
            page.text("The review was commissioned after Child P was taken to hospital with a head injury.");
            page.text("It looked at the work of agencies over the eighteen months before the injury.");
            page.ruledHeading(roman, smallCaps, "2 The family");
            page.text("Child P lived with his mother and two older sisters in a flat on the edge of the town.");
            // the face alone, without a rule over it, marks no section
            page.line(smallCaps, 11, "Agency records");
            page.text("The health visitor and the nursery each kept records of bruising that nobody compared.");
            page.ruledHeading(roman, smallCaps, "3 Learning");
            page.text("\u2022 Bruising on a child who is not yet mobile should always lead to a referral.");
            page.ruledHeading(roman, smallCaps, "4 Recommendations");
            page.text("1. The Board should repeat its audit of referrals for bruising in non-mobile babies.");
            page.close();
            doc.save(pdf.toFile());
        }

        var report = extractor.extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type, Section::pageStart)
                .containsExactly(tuple("1 Introduction", SectionType.INTRODUCTION, 2),
                        tuple("2 The family", SectionType.BACKGROUND, 2),
                        tuple("3 Learning", SectionType.LEARNING, 2),
                        tuple("4 Recommendations", SectionType.RECOMMENDATIONS, 2));
        assertThat(report.document().sections().get(1).text()).contains("Agency records", "nobody compared");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Bruising on a child who is not yet mobile should always lead to a referral."),
                tuple(SectionType.RECOMMENDATIONS,
                        "The Board should repeat its audit of referrals for bruising in non-mobile babies."));
    }

    @Test
    void boldLinesNumberedAgainFromOneUnderLargerRuledHeadingsStayInTheirSection() throws Exception {
        Path pdf = dir.resolve("issues.pdf");
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument()) {
            Page page = new Page(doc, regular, 9.5f);
            page.line(bold, 22, "Learning Review: Child M");
            page.text("Published: March 2024");
            page.ruledHeading(bold, 14, "Introduction");
            page.text("This Learning Review was commissioned by the Child Protection Committee after Child M died.");
            page.ruledHeading(bold, 14, "Key practice issues");
            page.line(bold, 10.5f, "1. Sharing information about a new partner");
            page.text("Agencies knew of the new partner at different times and none of them checked his history.");
            page.line(bold, 10.5f, "2. Hearing the voice of the child");
            page.text("Child M was seen at every visit but was never spoken with on her own.");
            page.ruledHeading(bold, 14, "Recommendations");
            page.text("1. The Committee should issue guidance on checks when a new adult joins a household.");
            page.text("2. Agencies should record at every visit whether the child was seen alone.");
            page.close();
            doc.save(pdf.toFile());
        }

        var report = extractor.extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Introduction", SectionType.INTRODUCTION),
                tuple("Key practice issues", SectionType.FINDINGS),
                tuple("Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(report.document().sections().get(1).text()).contains("1. Sharing information about a new partner",
                "checked his history", "2. Hearing the voice of the child", "on her own");
        assertThat(report.items()).extracting(ReportItem::type).containsExactly(SectionType.RECOMMENDATIONS,
                SectionType.RECOMMENDATIONS);
    }

    /** The serif face under a small-capital face's name, as pdflatex names Palatino's ("TeXPalladioL-SC"). */
    private static PDFont smallCapsFace(PDDocument doc) throws IOException {
        try (InputStream in = Files.newInputStream(SERIF)) {
            // not subset: saving a subset would name the font again from its file
            PDFont font = PDType0Font.load(doc, in, false);
            font.getCOSObject().setName(COSName.BASE_FONT, "DejaVuSerif-SC");
            return font;
        }
    }

    /** One A4 page written from the top: lines, paragraphs one line each, headings under a drawn rule. */
    private static final class Page {
        private final PDPageContentStream out;
        private final PDFont body;
        private final float bodySize;
        private final float top = PDRectangle.A4.getHeight();
        private float y = 90;

        Page(PDDocument doc, PDFont body, float bodySize) throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            this.out = new PDPageContentStream(doc, page);
            this.body = body;
            this.bodySize = bodySize;
        }

        void text(String text) throws IOException {
            line(body, bodySize, text);
        }

        void line(PDFont font, float size, String text) throws IOException {
            show(font, size, MARGIN, text);
            y += size * 1.6f;
        }

        /** The number and first capital in the upright face, the rest in small capitals, 1.1 times the body. */
        void ruledHeading(PDFont upright, PDFont smallCaps, String text) throws IOException {
            float size = bodySize * 1.1f;
            rule(size);
            int split = text.indexOf(' ') + 2;
            show(upright, size, MARGIN, text.substring(0, split));
            show(smallCaps, size, MARGIN + upright.getStringWidth(text.substring(0, split)) / 1000 * size,
                    text.substring(split));
            y += size * 2.2f;
        }

        void ruledHeading(PDFont font, float size, String text) throws IOException {
            rule(size);
            line(font, size, text);
            y += size * 0.6f;
        }

        /** A 0.8 pt rule across the text width, with the heading's baseline two of its sizes under it. */
        private void rule(float size) throws IOException {
            y += size;
            out.setLineWidth(0.8f);
            out.moveTo(MARGIN, top - y);
            out.lineTo(MARGIN + WIDTH, top - y);
            out.stroke();
            y += size * 1.9f;
        }

        private void show(PDFont font, float size, float x, String text) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, top - y);
            out.showText(text);
            out.endText();
        }

        void close() throws IOException {
            out.close();
        }
    }
}
