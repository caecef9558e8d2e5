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
 * A typewriter report (one Courier size for everything): the first page's title block, centred with
 * spaces, is a cover, so neither the board's name nor 'EXECUTIVE SUMMARY' under the title is a section.
 */
class TypewriterCoverTest {

    private static final float SIZE = 10;
    private static final int COLUMNS = 72;

    @TempDir
    Path dir;

    @Test
    void aCentredTitleBlockInTheBodysFontIsACover() throws Exception {
        Path pdf = dir.resolve("typewriter.pdf");
        PDFont courier = new PDType1Font(Standard14Fonts.FontName.COURIER);
        try (PDDocument doc = new PDDocument()) {
            page(doc, courier, List.of(centred("NORTHBY SAFEGUARDING CHILDREN BOARD"), "",
                    centred("SERIOUS CASE REVIEW: CHILD F"), "", centred("EXECUTIVE SUMMARY"), "",
                    centred("Published: May 2015"), centred("Author: A. Person")));
            page(doc, courier, List.of("INTRODUCTION", "",
                    "This is the summary of the review into the care of Child F, a boy of six",
                    "who was neglected at home for a long time before anyone acted on it.", "",
                    "BACKGROUND", "",
                    "Child F lived with his father and two older sisters in a rented house",
                    "near the school that he stopped going to in the spring of that year.", "",
                    "RECOMMENDATIONS", "",
                    "(i)   The board should check that schools follow up long absences.",
                    "(ii)  Health visitors should share concerns about neglect with schools."));
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("INTRODUCTION", SectionType.INTRODUCTION),
                tuple("BACKGROUND", SectionType.BACKGROUND),
                tuple("RECOMMENDATIONS", SectionType.RECOMMENDATIONS));
        assertThat(report.items()).extracting(ReportItem::text).containsExactly(
                "The board should check that schools follow up long absences.",
                "Health visitors should share concerns about neglect with schools.");
    }

    @Test
    void aLineOfDashesUnderAHeadingIsItsRuleNotSectionText() throws Exception {
        Path pdf = dir.resolve("typed-rules.pdf");
        PDFont courier = new PDType1Font(Standard14Fonts.FontName.COURIER);
        try (PDDocument doc = new PDDocument()) {
            page(doc, courier, List.of(centred("SERIOUS CASE REVIEW: CHILD G"), "", centred("Published: June 2016")));
            page(doc, courier, List.of("INTRODUCTION", "------------", "",
                    "This is the summary of the review into the care of Child G, a girl of four",
                    "who was not seen by any service for most of a year.", "",
                    "LESSONS LEARNED", "===============", "",
                    "(i)   A child who misses every health appointment should be visited.",
                    "(ii)  Schools should ask why a child on their roll has never started.", "",
                    "RECOMMENDATIONS", "_______________", "",
                    "(i)   The board should audit missed health appointments each year."));
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type, s -> s.text().substring(0, 20))
                .containsExactly(tuple("INTRODUCTION", SectionType.INTRODUCTION, "This is the summary "),
                        tuple("LESSONS LEARNED", SectionType.LEARNING, "(i) A child who miss"),
                        tuple("RECOMMENDATIONS", SectionType.RECOMMENDATIONS, "(i) The board should"));
        assertThat(report.items()).extracting(ReportItem::text).containsExactly(
                "A child who misses every health appointment should be visited.",
                "Schools should ask why a child on their roll has never started.",
                "The board should audit missed health appointments each year.");
    }

    @Test
    void aFrameTitlePrintedAtTheTopOfEveryPageIsNoCoverTitle() throws Exception {
        Path pdf = dir.resolve("framed.pdf");
        PDFont courier = new PDType1Font(Standard14Fonts.FontName.COURIER);
        PDFont frame = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        String head = "Kelmscott SCP - Learning Review - Child B";
        try (PDDocument doc = new PDDocument()) {
            framedPage(doc, courier, frame, head, 1, List.of("", "", "", "",
                    centred("KELMSCOTT SAFEGUARDING CHILDREN PARTNERSHIP"), "", "", centred("Learning Review: Child B"),
                    "", centred("Overview Report"), "", "", centred("May 2014")));
            framedPage(doc, courier, frame, head, 2, List.of("1. INTRODUCTION", "",
                    "1.1 This is the report of the review into the care of Child B, a girl of",
                    "    two, who was taken to hospital with a broken arm in the winter.", "",
                    "2. LESSONS LEARNED", "",
                    "(a) A baby's injury needs an explanation that is tested before discharge."));
            framedPage(doc, courier, frame, head, 3, List.of("3. RECOMMENDATIONS", "",
                    "3.1 The partnership should audit the discharge of injured babies."));
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        assertThat(report.document().metadata().title()).isEqualTo("Learning Review: Child B - Overview Report");
        assertThat(report.document().metadata().childName()).isEqualTo("Child B");
    }

    /** A page inside a typesetter's frame: its title at the top in a larger bold face, the page number at the foot. */
    private static void framedPage(PDDocument doc, PDFont font, PDFont frameFont, String head, int number,
                                   List<String> lines) throws IOException {
        page(doc, font, lines);
        PDPage page = doc.getPage(doc.getNumberOfPages() - 1);
        try (PDPageContentStream out = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
            out.beginText();
            out.setFont(frameFont, 14);
            out.newLineAtOffset(150, page.getMediaBox().getHeight() - 40);
            out.showText(head);
            out.newLineAtOffset(230, -710);
            out.showText("Page " + number + "/3");
            out.endText();
        }
    }

    private static String centred(String text) {
        return " ".repeat((COLUMNS - text.length()) / 2) + text;
    }

    private static void page(PDDocument doc, PDFont font, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            float y = page.getMediaBox().getHeight() - 80;
            for (String line : lines) {
                if (!line.isEmpty()) {
                    out.beginText();
                    out.setFont(font, SIZE);
                    out.newLineAtOffset(77, y);
                    out.showText(line);
                    out.endText();
                }
                y -= SIZE * 1.1f;
            }
        }
    }
}
