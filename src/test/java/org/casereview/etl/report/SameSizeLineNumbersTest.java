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
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Line numbers in the body's own type size (groff mom's NUMBER_LINES, Writer's line numbering; an invented review):
 * a column of whole numbers left of the text, rising by one on every body line, wrapped lines of sentences included.
 * Read as text they open every line, so no numbered list opens; they are furniture. Writer also numbers the running
 * head apart ('1', then the body from '1' again); a list of one-line entries numbered in the text's size stays text.
 */
class SameSizeLineNumbersTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final float SIZE = 11;
    private static final float LEADING = 14;

    @TempDir
    Path dir;

    private final ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();

    @Test
    void numbersInTheBodysSizeOnEveryBodyLineAreNoText() throws Exception {
        Path pdf = dir.resolve("mom-numbered.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, false, 1,
                    "#1 Introduction",
                    "This learning review was commissioned by the committee after Child T, who was",
                    "two, was admitted to hospital with burns to both hands. It looks at how the",
                    "services that knew the family shared what they saw.",
                    "#2 Key learning",
                    "1. A health visitor's worry about a carer should be shared with the social work",
                    "   team and not only with the GP.",
                    "2. A report that a child is left alone needs a visit within a working day.",
                    "3. Staff need to know who else is caring for a child during the day.",
                    "#3 Recommendations",
                    "1. The committee should publish a short guide on sharing worries about carers",
                    "   with every service that sees young children.",
                    "2. Duty teams should record the source of each call about a child.");
            doc.save(pdf.toFile());
        }
        var report = extractor.extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("1 Introduction", SectionType.INTRODUCTION),
                tuple("2 Key learning", SectionType.LEARNING),
                tuple("3 Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(report.document().sections().get(0).text())
                .startsWith("This learning review was commissioned").contains("who was two, was admitted");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "A health visitor's worry about a carer should be shared with the social "
                        + "work team and not only with the GP."),
                tuple(SectionType.LEARNING, "A report that a child is left alone needs a visit within a working day."),
                tuple(SectionType.LEARNING, "Staff need to know who else is caring for a child during the day."),
                tuple(SectionType.RECOMMENDATIONS, "The committee should publish a short guide on sharing worries "
                        + "about carers with every service that sees young children."),
                tuple(SectionType.RECOMMENDATIONS, "Duty teams should record the source of each call about a child."));
    }

    @Test
    void aRunningHeadNumberedApartAndTheBodyFromOneAgainAreNoText() throws Exception {
        Path pdf = dir.resolve("writer-numbered.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, true, 1,
                    "#1. Introduction",
                    "Child D, aged nine, was hurt at the home of a friend of the family who was",
                    "looking after him while his father was in prison. This review asks how the",
                    "arrangement was made and checked.",
                    "#2. Learning",
                    "1. When a professional helps to arrange care for a child, they share the duty",
                    "   of checking it is safe.",
                    "2. A visit before a child moves in should see where the child will sleep.");
            page(doc, true, 1,
                    "#3. Recommendations",
                    "1. Children's services should agree with the prison service how carers are",
                    "   checked when a parent is remanded.",
                    "2. The partnership should share this review with prison family workers and",
                    "   with the schools of the children concerned.");
            doc.save(pdf.toFile());
        }
        var report = extractor.extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("1. Introduction", SectionType.INTRODUCTION),
                tuple("2. Learning", SectionType.LEARNING),
                tuple("3. Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "When a professional helps to arrange care for a child, they share the "
                        + "duty of checking it is safe."),
                tuple(SectionType.LEARNING, "A visit before a child moves in should see where the child will sleep."),
                tuple(SectionType.RECOMMENDATIONS, "Children's services should agree with the prison service how "
                        + "carers are checked when a parent is remanded."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should share this review with prison family "
                        + "workers and with the schools of the children concerned."));
    }

    @Test
    void aListOfOneLineEntriesNumberedInTheTextsSizeStaysText() throws Exception {
        Path pdf = dir.resolve("one-line-list.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float top = page.getMediaBox().getHeight();
            String[] rows = {"Health visitor saw the family at home.", "School nurse met Child R twice.",
                    "GP saw his father about sleep.", "Police attended a noise complaint.",
                    "Housing officer visited about rent arrears.", "Youth worker met Child R at the club.",
                    "Dentist saw Child R for a check.", "Social worker phoned his father."};
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                write(out, BOLD, 14, 72, top - 100, "Agency contacts");
                for (int i = 0; i < rows.length; i++) {
                    numbered(out, top - 130 - LEADING * i, i + 1, REGULAR, rows[i]);
                }
            }
            doc.save(pdf.toFile());
        }
        var report = extractor.extractWithItems(pdf);
        assertThat(report.document().sections()).singleElement()
                .satisfies(s -> assertThat(s.text()).contains("2 School nurse met Child R twice.")
                        .contains("8 Social worker phoned his father."));
    }

    /**
     * A page of lines, '#' opening a bold heading no number stands beside; every other line numbered from
     * {@code first}, in the body's size, right-aligned at x = 60, the text at x = 72; with a running head, the head
     * numbered '1' apart.
     */
    private static void page(PDDocument doc, boolean head, int first, String... lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float top = page.getMediaBox().getHeight();
        int number = first;
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            if (head) {
                numbered(out, top - 40, 1, REGULAR, "");
                write(out, REGULAR, SIZE, 330, top - 40, "Thornbury Safeguarding Partnership");
            }
            float y = top - 90;
            for (String line : lines) {
                if (line.startsWith("#")) {
                    y -= 8;
                    if (head) {
                        numbered(out, y, number++, BOLD, line.substring(1));
                    } else {
                        write(out, BOLD, SIZE + 2, 72, y, line.substring(1));
                    }
                    y -= 6;
                } else {
                    numbered(out, y, number++, REGULAR, line);
                }
                y -= LEADING;
            }
        }
    }

    private static void numbered(PDPageContentStream out, float baseline, int number, PDFont font, String text)
            throws IOException {
        String digits = String.valueOf(number);
        write(out, REGULAR, SIZE, 60 - REGULAR.getStringWidth(digits) / 1000 * SIZE, baseline, digits);
        if (!text.isEmpty()) {
            String lead = text.stripLeading();
            float indent = text.length() - lead.length() > 0 ? 13 : 0;
            write(out, font, font == BOLD ? SIZE + 2 : SIZE, 72 + indent, baseline, lead);
        }
    }

    private static void write(PDPageContentStream out, PDFont font, float size, float x, float baseline, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }
}
