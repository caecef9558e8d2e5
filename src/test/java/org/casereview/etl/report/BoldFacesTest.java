package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bold faces whose names do not say "bold": TeX's Computer Modern bold extended ("CMBX10"), bold ("CMB10"), bold
 * slanted and sans bold, embedded from the real Type 1 programs (AMS fonts, SIL Open Font License, in
 * report-fonts/), and a pdflatex report whose section headings and run-in labels are set in them. Invented text.
 */
class BoldFacesTest {

    private static final Path FONTS = Paths.get("src/test/resources/report-fonts");

    private static PDType1Font embedded(PDDocument doc, String face) throws IOException {
        try (InputStream in = Files.newInputStream(FONTS.resolve(face + ".pfb"))) {
            return new PDType1Font(doc, in);
        }
    }

    @Nested
    class EmbeddedPrograms {

        @ParameterizedTest
        @CsvSource({"cmbx10, true", "cmb10, true", "cmbxsl10, true", "cmssbx10, true", "cmr10, false"})
        void computerModernFacesAreBoldByTheirCode(String face, boolean bold) throws IOException {
            try (PDDocument doc = new PDDocument()) {
                assertThat(BoldFaces.isBold(embedded(doc, face))).isEqualTo(bold);
            }
        }

        @Test
        void theProgramsWeightCountsWhenTheNameSaysNothing() throws IOException {
            try (PDDocument doc = new PDDocument()) {
                PDType1Font bold = embedded(doc, "cmbx10");
                PDType1Font regular = embedded(doc, "cmr10");
                // a producer's own names for the subsets, as Type 3 and renamed fonts carry them
                bold.getCOSObject().setName(COSName.BASE_FONT, "F12");
                regular.getCOSObject().setName(COSName.BASE_FONT, "F11");

                assertThat(bold.getName()).isEqualTo("F12");
                assertThat(BoldFaces.isBold(bold)).isTrue();
                assertThat(BoldFaces.isBold(regular)).isFalse();
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"CMBX12, true", "ABCDEF+CMBXTI10, true", "CMSSBX10, true", "CMMIB10, true", "ECRB1000, true",
            "SFBX1200, true", "NimbusRomNo9L-Medi, true", "NimbusRomNo9L-MediItal, true", "HelveticaNeueLTStd-Bd, true",
            "HelveticaNeueLTStd-BlkCn, true", "FrutigerLTStd-XBdIt, true", "MyriadPro-Semibold, true",
            "Lato-Black, true", "Avenir-Heavy, true", "ITCAvantGarde-Demi, true", "CMR12, false", "CMCSC10, false",
            "CMBR10, false", "Roboto-Medium, false", "NimbusRomNo9L-Regu, false", "HelveticaNeueLTStd-Md, false",
            "LMRoman10-Regular, false", "ECRM1000, false", "Arial-BoldMT, true"})
    void theNameSaysWhetherTheFaceIsBold(String name, boolean bold) {
        assertThat(BoldFaces.isBoldName(name)).isEqualTo(bold);
    }

    @Test
    void aRunInLabelInComputerModernBoldIsBoldAndItsTextIsNot() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font bold = embedded(doc, "cmbx10");
            PDType1Font roman = embedded(doc, "cmr10");
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, bold, 12, 72, 760, "Learning");
                show(out, bold, 10, 72, 730, "Recommendation 1.");
                show(out, roman, 10, 185, 730, "The partnership should check the plans.");
            }
            List<TextLine> lines = new PositionedTextStripper().read(doc).get(0).lines();

            assertThat(lines).extracting(TextLine::text, TextLine::bold).containsExactly(
                    tuple("Learning", true), tuple("Recommendation 1. The partnership should check the plans.", false));
            assertThat(lines.get(1).fragments()).extracting(TextFragment::text, TextFragment::bold).containsExactly(
                    tuple("Recommendation 1.", true), tuple("The partnership should check the plans.", false));
        }
    }

    private static String boldWords(List<TextFragment> fragments) {
        return String.join(" ", fragments.stream().filter(TextFragment::bold).map(f -> f.text().strip()).toList());
    }

    private static void show(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    /** pdflatex's article class: numbered \section headings in CMBX12, \textbf run-in labels in CMBX10. */
    @Test
    void aPdflatexReportsHeadingsAndRunInLabelsAreBold() throws Exception {
        File pdf = FONTS.resolve("pdflatex/mere-cspr-child-v.pdf").toFile();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<TextLine> lines = new PositionedTextStripper().read(doc).get(0).lines();

            assertThat(lines).filteredOn(TextLine::bold).extracting(TextLine::text).containsExactly("1 Introduction",
                    "2 Background", "3 Findings", "4 Recommendations", "5 Next steps");
            // pdfTeX's fonts have no space glyph: each word is a fragment of its own
            assertThat(lines).filteredOn(l -> l.text().startsWith("Recommendation "))
                    .extracting(l -> boldWords(l.fragments()))
                    .containsExactly("Recommendation 1.", "Recommendation 2.", "Recommendation 3.");
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf.toPath());

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("1 Introduction", SectionType.INTRODUCTION), tuple("2 Background", SectionType.BACKGROUND),
                tuple("3 Findings", SectionType.FINDINGS), tuple("4 Recommendations", SectionType.RECOMMENDATIONS),
                tuple("5 Next steps", SectionType.RECOMMENDATIONS));
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text).containsExactly(
                        "The partnership should agree how records of children who move into the area are asked for "
                                + "and chased when they have not arrived within four weeks.",
                        "Agencies should ask who else cares for a child at home and record what they learn, including "
                                + "the names of partners and other adults.",
                        "Early years settings should tell the health visitor when a child under five misses more than "
                                + "five sessions in a month without a reason.");
    }
}
