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
 * Two heading looks with no size of their own: numbered headings set only in italic at the body's size
 * (groff mm's default), and 'Part One' / 'Part Two' titles above sections numbered 1, 2, 3 ... that run on
 * across the parts (a KOMA-Script article with parts).
 */
class ItalicAndPartHeadingsTest {

    private static final float BODY = 10;
    private static final float MARGIN = 60;

    @TempDir
    Path dir;

    private final ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();

    @Test
    void numberedItalicLinesNamedByTheVocabularyAreTheSections() throws Exception {
        Path pdf = dir.resolve("italic.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                Writer w = new Writer(out, page.getMediaBox().getHeight());
                w.line(w.italic, BODY, "1. Introduction");
                w.line(w.roman, BODY, "Child P was a baby of six weeks who was taken to hospital with a fracture.");
                w.line(w.italic, BODY, "I did not know who to ask for help.");
                w.line(w.roman, BODY, "His mother said this to the reviewer when they met in the spring.");
                w.line(w.italic, BODY, "2. Background");
                w.line(w.roman, BODY, "The family lived in a flat on the edge of the town with a grandmother.");
                w.line(w.italic, BODY, "3. Learning");
                w.line(w.roman, BODY, "1. Practitioners should ask who else cares for a baby at every visit.");
                w.line(w.roman, BODY, "2. A fracture in a baby who does not crawl always needs a referral.");
                w.line(w.italic, BODY, "4. Recommendations");
                w.line(w.roman, BODY, "a. The partnership should audit how agencies record fathers.");
                w.line(w.roman, BODY, "b. The hospital should share discharge plans with the health visitor.");
            }
            doc.save(pdf.toFile());
        }
        var report = extractor.extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("1. Introduction", SectionType.INTRODUCTION),
                tuple("2. Background", SectionType.BACKGROUND),
                tuple("3. Learning", SectionType.LEARNING),
                tuple("4. Recommendations", SectionType.RECOMMENDATIONS));
        // an italic quotation is no heading
        assertThat(report.document().sections().get(0).text()).contains("I did not know who to ask for help.");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Practitioners should ask who else cares for a baby at every visit."),
                tuple(SectionType.LEARNING, "A fracture in a baby who does not crawl always needs a referral."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should audit how agencies record fathers."),
                tuple(SectionType.RECOMMENDATIONS,
                        "The hospital should share discharge plans with the health visitor."));
    }

    @Test
    void longerNumberedItalicHeadingsAndItalicAppendixLabelsAreSectionsToo() throws Exception {
        Path pdf = dir.resolve("italic-long.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                Writer w = new Writer(out, page.getMediaBox().getHeight());
                w.line(w.italic, BODY, "1. Introduction");
                w.line(w.roman, BODY, "Child T was four when a neighbour found him alone in the flat at night.");
                w.line(w.italic, BODY, "2. How was this review carried out and by whom");
                w.line(w.roman, BODY, "The reviewer read the records of five agencies and met their staff.");
                w.line(w.italic, BODY, "3. Recommendations");
                w.line(w.roman, BODY, "1. The partnership should ask schools to report absences of young children.");
                w.line(w.italic, BODY, "Appendix A: Terms of reference");
                w.line(w.roman, BODY, "The review covered the eighteen months before the neighbour's call.");
                w.line(w.italic, BODY, "Appendix B: Glossary");
                w.line(w.roman, BODY, "EHA Early help assessment.");
            }
            doc.save(pdf.toFile());
        }
        var report = extractor.extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("1. Introduction", SectionType.INTRODUCTION),
                tuple("2. How was this review carried out and by whom", SectionType.METHODOLOGY),
                tuple("3. Recommendations", SectionType.RECOMMENDATIONS),
                tuple("Appendix A: Terms of reference", SectionType.APPENDIX),
                tuple("Appendix B: Glossary", SectionType.APPENDIX));
    }

    @Test
    void numberedSectionsRunningOnAcrossPartsAreLevelOne() throws Exception {
        Path pdf = dir.resolve("parts.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                Writer w = new Writer(out, page.getMediaBox().getHeight());
                w.line(w.bold, 18, "Part One");
                w.line(w.bold, 22, "The review and its setting");
                w.line(w.bold, 13, "1 Introduction");
                w.line(w.roman, BODY, "Child W was nine when she was found to have been neglected for years.");
                w.line(w.bold, 13, "2 Terms of reference");
                w.line(w.roman, BODY, "The review looked at the two years before she came into care.");
                w.line(w.bold, 18, "Part Two");
                w.line(w.bold, 22, "What the review found");
                w.line(w.bold, 13, "3 Learning");
                w.line(w.roman, BODY, "1. Neglect builds up slowly and needs a chronology to be seen.");
                w.line(w.roman, BODY, "2. Schools see neglect first and should be asked for their view.");
                w.line(w.bold, 13, "4 Recommendations");
                w.line(w.roman, BODY, "1. The partnership should adopt a neglect screening tool.");
            }
            doc.save(pdf.toFile());
        }
        var report = extractor.extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("1 Introduction", SectionType.INTRODUCTION),
                tuple("2 Terms of reference", SectionType.METHODOLOGY),
                tuple("3 Learning", SectionType.LEARNING),
                tuple("4 Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Neglect builds up slowly and needs a chronology to be seen."),
                tuple(SectionType.LEARNING, "Schools see neglect first and should be asked for their view."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should adopt a neglect screening tool."));
    }

    private static final class Writer {
        private final PDPageContentStream out;
        private final float pageTop;
        final PDFont roman = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        final PDFont italic = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
        final PDFont bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
        private float y = 80;

        Writer(PDPageContentStream out, float pageTop) {
            this.out = out;
            this.pageTop = pageTop;
        }

        void line(PDFont font, float size, String text) throws IOException {
            if (font != roman) {
                y += size; // a heading has space above it
            }
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN, pageTop - y);
            out.showText(text);
            out.endText();
            y += size * 1.6f;
        }
    }
}
