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
 * Side heads in a narrow left frame, each on the baseline of its section's first line, with a column of bold item
 * labels ("G1", "R1" .. "R3") between them and the body text; the heading frame is written after the body frame, as
 * a layout program may write its frames. A heading whose row carries a label is split off as the others are, the
 * label stays with its text, and the labelled lines are the items.
 */
class MarginHeadingsBesideLabelColumnTest {

    private static final float HEADS = 56;
    private static final float LABELS = 176;
    private static final float TEXT = 200;
    private static final float LEADING = 14;

    @TempDir
    Path dir;

    @Test
    void aSideHeadBesideAnItemLabelIsSplitOffAndTheLabelledLinesAreItems() throws Exception {
        Path pdf = dir.resolve("side-heads.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                Frames f = new Frames(out, page.getMediaBox().getHeight());
                float y = 84;
                f.body(y, "Child T, a two-year-old girl, was scalded by a kettle in an invented town in");
                f.body(y + LEADING, "March 2024. The partnership asked how agencies had seen the risks at home.");
                f.body(y + 2 * LEADING, "Her mother had asked the health visitor for help with the flat twice.");
                f.body(y + 72, "The health visitor and the housing officer each knew the flat was unsafe. Neither");
                f.body(y + 72 + LEADING, "told the other, and no one asked the mother what help she needed.");
                f.body(y + 72 + 2 * LEADING, "The records of both agencies say the visits were routine.");
                f.body(y + 144, "The nursery noticed a burn on Child T's hand and asked her mother about it the");
                f.body(y + 144 + LEADING, "same morning.");
                f.body(y + 192, "The partnership should publish guidance on home safety for families with");
                f.body(y + 192 + LEADING, "babies and toddlers.");
                f.body(y + 226, "Housing officers should tell the health visitor when a flat is unsafe for a");
                f.body(y + 226 + LEADING, "young child.");
                f.body(y + 260, "Health visitors should ask about home safety at every visit and record it.");
                f.label(y + 144, "G1");
                f.label(y + 192, "R1");
                f.label(y + 226, "R2");
                f.label(y + 260, "R3");
                f.head(y, "About this review");
                f.head(y + 72, "What we found");
                f.head(y + 144, "What went well");
                f.head(y + 192, "Recommendations");
            }
            doc.save(pdf.toFile());
        }

        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("About this review", SectionType.INTRODUCTION),
                tuple("What we found", SectionType.FINDINGS),
                tuple("What went well", SectionType.GOOD_PRACTICE),
                tuple("Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(report.document().sections().get(1).text()).doesNotContain("What went well", "G1");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.GOOD_PRACTICE,
                        "The nursery noticed a burn on Child T's hand and asked her mother about it the same morning."),
                tuple(SectionType.RECOMMENDATIONS,
                        "The partnership should publish guidance on home safety for families with babies and toddlers."),
                tuple(SectionType.RECOMMENDATIONS,
                        "Housing officers should tell the health visitor when a flat is unsafe for a young child."),
                tuple(SectionType.RECOMMENDATIONS,
                        "Health visitors should ask about home safety at every visit and record it."));
    }

    /** The three frames of a page, each line placed top down (y from the page's top edge). */
    private static final class Frames {
        private final PDPageContentStream out;
        private final float height;
        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

        Frames(PDPageContentStream out, float height) {
            this.out = out;
            this.height = height;
        }

        void body(float y, String text) throws IOException {
            show(regular, 10, TEXT, y, text);
        }

        void label(float y, String text) throws IOException {
            show(bold, 10, LABELS, y, text);
        }

        void head(float y, String text) throws IOException {
            show(bold, 11, HEADS, y - 0.2f, text);
        }

        private void show(PDFont font, float size, float x, float y, String text) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, height - y);
            out.showText(text);
            out.endText();
        }
    }
}
