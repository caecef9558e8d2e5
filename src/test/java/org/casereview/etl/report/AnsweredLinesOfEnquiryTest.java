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
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 'Key lines of enquiry' section (invented content) is the review's findings when its sub-headings are the questions,
 * each answered under it ('No. The school ...') with a learning point; the same heading over a numbered list of the
 * questions, or over question sub-headings that each only say what the review will look at, tells how the review was
 * set up: methodology.
 */
class AnsweredLinesOfEnquiryTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float BODY = 10.5f;
    private static final float SUB = 11.5f;
    private static final float TOP = 14f;

    private static final String Q1 = "Enquiry 1: Did the school share its worries about Child V's absences?";
    private static final String Q2 = "Enquiry 2: Was the family's overcrowded flat seen as part of the risk?";
    private static final String Q3 = "Enquiry 3: Were Child V's own wishes heard and written down?";

    @TempDir
    Path dir;

    @Test
    void questionSubHeadingsEachAnsweredWithALearningPointAreFindings() throws Exception {
        List<Line> lines = opening();
        lines.add(heading("Key lines of enquiry"));
        lines.add(body("The panel set three key lines of enquiry. The review's answer follows each one."));
        lines.add(sub(Q1));
        lines.add(body("No. The school recorded eleven absences in the autumn term but did not tell the"));
        lines.add(body("education welfare service until the following summer."));
        lines.add(lead("Learning point 1:", "Repeated absence from school should be shared early."));
        lines.add(sub(Q2));
        lines.add(body("Partly. The health visitor knew that five people shared two rooms, but no plan"));
        lines.add(body("named the crowding or said who would act on it."));
        lines.add(lead("Learning point 2:", "Housing conditions belong in every plan for a family."));
        lines.add(sub(Q3));
        lines.add(body("Yes. Her class teacher wrote down what Child V said about home and passed it to"));
        lines.add(body("the designated safeguarding lead the same day."));
        lines.addAll(closing());

        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(write(dir.resolve("answered.pdf"), lines));

        assertThat(report.sections()).extracting(Section::type).containsExactly(SectionType.INTRODUCTION,
                SectionType.BACKGROUND, SectionType.FINDINGS, SectionType.RECOMMENDATIONS);
        Section enquiry = report.sections().get(2);
        assertThat(enquiry.heading()).isEqualTo("Key lines of enquiry");
        assertThat(enquiry.items()).extracting(Item::text).containsExactly(
                "Repeated absence from school should be shared early.",
                "Housing conditions belong in every plan for a family.");
    }

    @Test
    void theSameHeadingOverANumberedListOfTheQuestionsIsMethodology() throws Exception {
        List<Line> lines = opening();
        lines.add(heading("Key lines of enquiry"));
        lines.add(body("The panel agreed these key lines of enquiry:"));
        lines.add(body("1. " + Q1.substring(Q1.indexOf(':') + 2)));
        lines.add(body("2. " + Q2.substring(Q2.indexOf(':') + 2)));
        lines.add(body("3. " + Q3.substring(Q3.indexOf(':') + 2)));
        lines.add(heading("Findings"));
        lines.add(body("No. The school recorded eleven absences in the autumn term but did not tell the"));
        lines.add(body("education welfare service until the following summer."));
        lines.addAll(closing());

        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(write(dir.resolve("listed.pdf"), lines));

        assertThat(report.sections()).extracting(Section::type).containsExactly(SectionType.INTRODUCTION,
                SectionType.BACKGROUND, SectionType.METHODOLOGY, SectionType.FINDINGS, SectionType.RECOMMENDATIONS);
        assertThat(report.sections().get(2).heading()).isEqualTo("Key lines of enquiry");
    }

    @Test
    void questionSubHeadingsOverWhatTheReviewWillLookAtAreMethodology() throws Exception {
        List<Line> lines = opening();
        lines.add(heading("Key lines of enquiry"));
        lines.add(sub(Q1));
        lines.add(body("The review will look at the school's attendance records for the year before the"));
        lines.add(body("referral and at what the school told other agencies."));
        lines.add(sub(Q2));
        lines.add(body("The review will read the health visiting and housing records for the same year."));
        lines.add(sub(Q3));
        lines.add(body("The reviewer will meet Child V's class teacher and her mother."));
        lines.add(heading("Findings"));
        lines.add(body("The school recorded eleven absences in the autumn term but did not tell the"));
        lines.add(body("education welfare service until the following summer."));
        lines.addAll(closing());

        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(write(dir.resolve("scope.pdf"), lines));

        assertThat(report.sections()).extracting(Section::type).containsExactly(SectionType.INTRODUCTION,
                SectionType.BACKGROUND, SectionType.METHODOLOGY, SectionType.FINDINGS, SectionType.RECOMMENDATIONS);
    }

    private static List<Line> opening() {
        List<Line> lines = new ArrayList<>();
        lines.add(heading("Introduction"));
        lines.add(body("This invented review looks at the help given to Child V, a girl of nine, and her"));
        lines.add(body("family in the year before she was taken into care. Every person and place in it"));
        lines.add(body("is made up for a software test."));
        lines.add(heading("Background"));
        lines.add(body("Child V lived with her mother, her grandmother and two younger brothers in a flat"));
        lines.add(body("with two bedrooms. Her school, her GP and the health visiting service knew the"));
        lines.add(body("family well, and each saw part of what was happening at home."));
        return lines;
    }

    private static List<Line> closing() {
        return List.of(heading("Recommendations"),
                body("1. The partnership should ask schools to report long absences to the education"),
                body("    welfare service within four weeks."),
                body("2. Housing and health services should agree how overcrowding is recorded."));
    }

    private static Line heading(String text) {
        return new Line(BOLD, TOP, null, text, 26);
    }

    private static Line sub(String text) {
        return new Line(BOLD, SUB, null, text, 20);
    }

    private static Line body(String text) {
        return new Line(REGULAR, BODY, null, text, 14);
    }

    /** A paragraph opening with a bold lead-in and the rest of its line in the body face. */
    private static Line lead(String leadIn, String text) {
        return new Line(BOLD, BODY, leadIn, text, 20);
    }

    /**
     * One printed line.
     *
     * @param leadIn a bold lead-in before the text, or null
     * @param above  points from the last line's baseline to this one's
     */
    private record Line(PDType1Font font, float size, String leadIn, String text, float above) {
    }

    private static Path write(Path path, List<Line> lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float y = page.getMediaBox().getHeight() - 60;
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                for (Line line : lines) {
                    y -= line.above();
                    float x = 56;
                    if (line.leadIn() != null) {
                        show(out, BOLD, line.size(), x, y, line.leadIn());
                        x += BOLD.getStringWidth(line.leadIn() + " ") / 1000 * line.size();
                        show(out, REGULAR, line.size(), x, y, line.text());
                    } else {
                        show(out, line.font(), line.size(), x, y, line.text());
                    }
                }
            }
            document.save(path.toFile());
        }
        return path;
    }

    private static void show(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
