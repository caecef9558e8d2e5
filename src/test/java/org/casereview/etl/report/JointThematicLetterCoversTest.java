package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.ReportMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Covers of newer review forms: a joint review for two partnerships naming two review types, a thematic review whose
 * subject stands under its kind in smaller type, and a review written to the child as a letter. Every name, place and
 * sentence here is invented.
 */
class JointThematicLetterCoversTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final String[] BODY = {
        "The review looked at the help given to the family in the two years before the incident. It read the",
        "records of every agency and met the practitioners who knew the family best at a learning event held",
        "in the spring. The family were invited to take part and their views are included throughout."};

    @Test
    void aJointReviewForTwoPartnershipsIsTheFirstNamedTypeInThePlaceBothShare(@TempDir Path dir) throws Exception {
        ReportMetadata m = metadata(dir, out -> {
            line(out, REGULAR, 14, 760, "Northfold Community Safety Partnership and Northfold Safeguarding");
            line(out, REGULAR, 14, 742, "Children Partnership");
            line(out, BOLD, 24, 690, "Joint Domestic Homicide Review and");
            line(out, BOLD, 24, 660, "Child Safeguarding Practice Review");
            line(out, BOLD, 24, 610, "Mrs Ada Brill and Child P");
            line(out, REGULAR, 14, 570, "Overview Report");
            line(out, REGULAR, 14, 540, "Published May 2025");
        }, null);

        assertThat(m.area()).isEqualTo("Northfold");
        assertThat(m.reviewTypeText()).isEqualTo("Domestic Homicide Review");
        assertThat(m.title()).isEqualTo("Joint Domestic Homicide Review and Child Safeguarding Practice Review");
    }

    @Test
    void twoPlacesJoinedByAndStayOnePlace() {
        assertThat(PlaceWords.endingPlace("Kingsmere and Hove")).isEqualTo("Kingsmere and Hove");
        assertThat(PlaceWords.endingPlace("Northfold Community Safety Partnership and Northfold")).isEqualTo("Northfold");
        assertThat(PlaceWords.endingPlace("Westry Council and the Westry")).isEqualTo("Westry");
    }

    @Test
    void aThematicReviewsSubjectUnderItsKindCompletesTheTitle(@TempDir Path dir) throws Exception {
        ReportMetadata m = metadata(dir, out -> {
            line(out, REGULAR, 14, 760, "Harlow Fen Safeguarding Children Partnership");
            line(out, BOLD, 28, 640, "Thematic Review");
            line(out, BOLD, 22, 600, "Neglect of Adolescents at Home");
            line(out, REGULAR, 12, 520, "Independent reviewer: Ruth Amberley");
            line(out, REGULAR, 12, 500, "Published June 2025");
        }, null);

        assertThat(m.title()).isEqualTo("Thematic Review: Neglect of Adolescents at Home");
        assertThat(m.area()).isEqualTo("Harlow Fen");
    }

    @Test
    void aStrapLineInRegularTypeUnderTheKindIsNoSubject(@TempDir Path dir) throws Exception {
        ReportMetadata m = metadata(dir, out -> {
            line(out, REGULAR, 14, 760, "Harlow Fen Safeguarding Children Partnership");
            line(out, BOLD, 28, 640, "Thematic Review");
            line(out, REGULAR, 13, 606, "The experiences of four young people");
            line(out, REGULAR, 12, 520, "Published June 2025");
        }, null);

        assertThat(m.title()).isEqualTo("Thematic Review");
    }

    @Test
    void aLetterToTheChildNamesTheChildInItsSalutation(@TempDir Path dir) throws Exception {
        ReportMetadata m = metadata(dir, letterCover("A letter to Noah"), "Dear Noah,");

        assertThat(m.childName()).isEqualTo("Noah");
        assertThat(m.title()).isEqualTo("Child Safeguarding Practice Review: A letter to Noah");
    }

    @Test
    void aSalutationToNoChildOrToANameTheCoverDoesNotPrintNamesNone(@TempDir Path dir) throws Exception {
        assertThat(metadata(dir.resolve("a"), letterCover("A letter to colleagues"), "Dear Colleague,").childName())
                .isNull();
        assertThat(metadata(dir.resolve("b"), letterCover("Learning for the partnership"), "Dear Milo,").childName())
                .isNull();
    }

    private static Cover letterCover(String subtitle) {
        return out -> {
            line(out, REGULAR, 14, 760, "Lowfield Safeguarding Children Partnership");
            line(out, BOLD, 20, 700, "Child Safeguarding Practice Review");
            line(out, BOLD, 24, 660, subtitle);
            line(out, REGULAR, 12, 600, "March 2025");
        };
    }

    private interface Cover {
        void draw(PDPageContentStream out) throws IOException;
    }

    /** A cover page, then a body page opening with {@code salutation} when one is given. */
    private static ReportMetadata metadata(Path dir, Cover cover, String salutation) throws Exception {
        java.nio.file.Files.createDirectories(dir);
        Path file = dir.resolve("cover.pdf");
        try (PDDocument document = new PDDocument()) {
            try (PDPageContentStream out = new PDPageContentStream(document, page(document))) {
                cover.draw(out);
            }
            try (PDPageContentStream out = new PDPageContentStream(document, page(document))) {
                float y = 760;
                if (salutation != null) {
                    line(out, REGULAR, 11, y, salutation);
                    y -= 24;
                }
                line(out, BOLD, 14, y, "Introduction");
                for (String text : BODY) {
                    y -= 16;
                    line(out, REGULAR, 11, y - 6, text);
                }
            }
            document.save(file.toFile());
        }
        return ReportExtractor.withDefaultSynonyms().extractWithItems(file).document().metadata();
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
