package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Child Practice Review published bilingual as its Welsh pages then its English pages: the Welsh headings
 * ('Crynodeb', 'Dysgu', 'Argymhellion') are typed as their English ones, and the Welsh half is the translation, so
 * the sections and items are the English half's, each once. A report whose Welsh sections have no English ones keeps
 * them. (Every name and sentence is invented; the Welsh is written for the test.)
 */
class WelshHalfTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final String LEARN_1 = "Practitioners should ask who lives in the household at every home visit.";
    private static final String LEARN_2 = "Missed health appointments for a child on a plan must be followed up the same week.";
    private static final String REC_1 = "The Board should review how core groups record progress against the plan.";
    private static final String REC_2 = "Health boards should adopt a shared response to missed appointments.";

    @Test
    void theWelshHalfOfABilingualReportIsLeftForItsEnglishHalf(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bilingual.pdf");
        try (PDDocument document = new PDDocument()) {
            try (PDPageContentStream out = new PDPageContentStream(document, page(document))) {
                line(out, BOLD, 18, 700, "Adolygiad Ymarfer Plant Cryno / Concise Child Practice Review");
                line(out, REGULAR, 11, 660, "Bwrdd Diogelu Rhanbarthol Bro Gwyrfai / Bro Gwyrfai Safeguarding Board");
                line(out, REGULAR, 10, 620, "Every name in this review is invented for software testing.");
            }
            welshPage(document);
            englishPage(document);
            document.save(file.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Summary", SectionType.SUMMARY), tuple("Learning", SectionType.LEARNING),
                tuple("Recommendations", SectionType.RECOMMENDATIONS), tuple("Statement by reviewer", SectionType.OTHER));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text, ReportItem::page).containsExactly(
                tuple(SectionType.LEARNING, LEARN_1, 3), tuple(SectionType.LEARNING, LEARN_2, 3),
                tuple(SectionType.RECOMMENDATIONS, REC_1, 3), tuple(SectionType.RECOMMENDATIONS, REC_2, 3));
    }

    @Test
    void aReportWhoseWelshSectionsHaveNoEnglishOnesKeepsThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("welsh.pdf");
        try (PDDocument document = new PDDocument()) {
            try (PDPageContentStream out = new PDPageContentStream(document, page(document))) {
                line(out, BOLD, 18, 700, "Adolygiad Ymarfer Plant Cryno");
                line(out, REGULAR, 10, 620, "Every name in this review is invented for software testing.");
            }
            welshPage(document);
            document.save(file.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Crynodeb", SectionType.SUMMARY), tuple("Dysgu", SectionType.LEARNING),
                tuple("Argymhellion", SectionType.RECOMMENDATIONS),
                tuple("Datganiad gan yr adolygydd", SectionType.OTHER));
    }

    @Test
    void welshHeadingsAreTypedAndToldFromEnglishOnes() {
        SectionTyper typer = new SectionTyper(Vocabulary.defaults());
        assertThat(typer.type("Argymhellion")).isEqualTo(SectionType.RECOMMENDATIONS);
        assertThat(typer.type("2. Dysgu ymarfer a sefydliadol")).isEqualTo(SectionType.LEARNING);
        assertThat(typer.type("Amlinelliad byr o’r amgylchiadau a arweiniodd at yr adolygiad"))
                .isEqualTo(SectionType.BACKGROUND);
        assertThat(typer.type("Canfyddiadau")).isEqualTo(SectionType.FINDINGS);
        assertThat(typer.type("Arfer da")).isEqualTo(SectionType.GOOD_PRACTICE);
        assertThat(typer.type("Methodoleg")).isEqualTo(SectionType.METHODOLOGY);
        assertThat(typer.type("Gwersi a ddysgwyd")).isEqualTo(SectionType.LEARNING);
        assertThat(typer.isWelshHeading("Argymhellion")).isTrue();
        assertThat(typer.englishType("Argymhellion")).isEqualTo(SectionType.OTHER);
        assertThat(typer.isWelshHeading("Recommendations")).isFalse();
        assertThat(typer.englishType("Dysgu / Organisational learning")).isEqualTo(SectionType.LEARNING);
    }

    private static void welshPage(PDDocument document) throws IOException {
        try (PDPageContentStream out = new PDPageContentStream(document, page(document))) {
            line(out, BOLD, 14, 760, "Crynodeb");
            line(out, REGULAR, 10, 740, "Mae'r adolygiad hwn yn edrych ar y gwaith gyda'r teulu cyn i'r plentyn gael ei");
            line(out, REGULAR, 10, 727, "niweidio. Roedd y teulu yn hysbys i'r gwasanaethau ac roedd gan y plentyn gynllun.");
            line(out, BOLD, 14, 697, "Dysgu");
            line(out, REGULAR, 10, 677, "1. Dylai ymarferwyr ofyn pwy sydd yn byw yn y cartref ym mhob ymweliad.");
            line(out, REGULAR, 10, 662, "2. Rhaid dilyn apwyntiadau iechyd a gollwyd ar gyfer plentyn ar gynllun yr un wythnos.");
            line(out, BOLD, 14, 632, "Argymhellion");
            line(out, REGULAR, 10, 612, "1. Dylai'r Bwrdd adolygu sut mae grwpiau craidd yn cofnodi cynnydd yn erbyn y cynllun.");
            line(out, REGULAR, 10, 597, "2. Dylai byrddau iechyd gytuno ar ymateb cyffredin i apwyntiadau a gollwyd.");
            line(out, BOLD, 14, 567, "Datganiad gan yr adolygydd");
            line(out, REGULAR, 10, 547, "Nid oedd gan yr adolygydd ran yn y gwaith gyda'r plentyn na'r teulu cyn yr adolygiad.");
        }
    }

    private static void englishPage(PDDocument document) throws IOException {
        try (PDPageContentStream out = new PDPageContentStream(document, page(document))) {
            line(out, BOLD, 14, 760, "Summary");
            line(out, REGULAR, 10, 740, "This review looks at the work with the family before the child was harmed. The");
            line(out, REGULAR, 10, 727, "family was known to services and the child had a child protection plan.");
            line(out, BOLD, 14, 697, "Learning");
            line(out, REGULAR, 10, 677, "1. " + LEARN_1);
            line(out, REGULAR, 10, 662, "2. " + LEARN_2);
            line(out, BOLD, 14, 632, "Recommendations");
            line(out, REGULAR, 10, 612, "1. " + REC_1);
            line(out, REGULAR, 10, 597, "2. " + REC_2);
            line(out, BOLD, 14, 567, "Statement by reviewer");
            line(out, REGULAR, 10, 547, "The reviewer had no part in the work with the child or the family before the review.");
        }
    }

    private static PDPage page(PDDocument document) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        return page;
    }

    private static void line(PDPageContentStream out, PDFont font, float size, float y, String text) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(72, y);
        out.showText(text);
        out.endText();
    }
}
