package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.casereview.etl.report.PlacedText.HELVETICA;
import static org.casereview.etl.report.PlacedText.HELVETICA_BOLD;
import static org.casereview.etl.report.PlacedText.lines;
import static org.casereview.etl.report.PlacedText.show;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slide deck with a slide a learning point: each slide titled "Learning point N of M" holds one unmarked
 * paragraph set large (larger than the deck's running text, so it may pass for a sub-heading). The title names one
 * item of its kind and the paragraph is that item; a slide titled with no item's number over one paragraph gives none.
 */
class NumberedPointSlidesTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    @TempDir
    Path dir;

    @Test
    void aSlideTitledAsOneNumberedPointGivesItsParagraphAsThatPoint() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(deck(dir.resolve("deck.pdf")));

        assertThat(report.document().sections()).extracting(Section::type, Section::heading, Section::pageStart)
                .containsExactly(
                        tuple(SectionType.BACKGROUND, "What happened", 2),
                        tuple(SectionType.LEARNING, "Learning point 1 of 2", 3),
                        tuple(SectionType.LEARNING, "Learning point 2 of 2", 4),
                        tuple(SectionType.LEARNING, "Learning for the partnership", 5),
                        tuple(SectionType.GOOD_PRACTICE, "What went well", 6));
        assertThat(report.items()).filteredOn(item -> item.type() == SectionType.LEARNING)
                .extracting(ReportItem::type, ReportItem::text, ReportItem::page).containsExactly(
                tuple(SectionType.LEARNING, "A baby who is not brought to a check is a baby whose needs are not being"
                        + " seen, and it should prompt a home visit.", 3),
                tuple(SectionType.LEARNING, "A family's withdrawal from health visiting should be shared with the GP"
                        + " and reviewed by a safeguarding lead.", 4));
    }

    private static Path deck(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            try (PDPageContentStream out = slide(document, "Practitioner briefing")) {
                show(out, HELVETICA, 16, 60, 380, "Local child safeguarding practice review: Baby R");
                show(out, HELVETICA, 12, 60, 340, "Every person and place in this briefing is invented for testing.");
            }
            bullets(document, "What happened",
                    "Baby R was admitted to hospital in March 2024 underweight and dehydrated, aged five months.",
                    "His parents had stopped taking him to the clinic and had moved home twice that winter.",
                    "The health visitor wrote to the family after each missed contact and closed the case.",
                    "The GP saw Baby R once for a cold and did not know that the health visitor had closed the case.",
                    "Nursery staff noticed that he was small for his age and spoke to his mother about his feeding.");
            point(document, "Learning point 1 of 2", "A baby who is not brought to a check is a baby whose needs",
                    "are not being seen, and it should prompt a home visit.");
            point(document, "Learning point 2 of 2", "A family's withdrawal from health visiting should be shared",
                    "with the GP and reviewed by a safeguarding lead.");
            // no item's number in the title: the paragraph under it stays the section's text
            point(document, "Learning for the partnership", "The partnership will publish guidance on restricted diets",
                    "for every practitioner who works with young children.");
            bullets(document, "What went well",
                    "The ward recognised the signs of malnutrition quickly and referred on the day of admission.",
                    "The GP practice followed up the missed immunisations with two letters and a telephone call.",
                    "Nursery staff recorded what they saw and shared it with the health visitor the same week.",
                    "The hospital social worker met both parents within two days and explained the plan to them.",
                    "Children's social care held a strategy discussion with health and police within a day.");
            document.save(file.toFile());
        }
        return file;
    }

    private static void bullets(PDDocument document, String title, String... bullets) throws IOException {
        try (PDPageContentStream out = slide(document, title)) {
            float y = 460;
            for (String bullet : bullets) {
                show(out, HELVETICA, 16, 50, y, "\u2022");
                show(out, HELVETICA, 16, 66, y, bullet);
                y -= 33;
            }
        }
    }

    private static void point(PDDocument document, String title, String... text) throws IOException {
        try (PDPageContentStream out = slide(document, title)) {
            lines(out, HELVETICA, 22, 50, 440, 35, text);
        }
    }

    private static PDPageContentStream slide(PDDocument document, String title) throws IOException {
        PDPage page = new PDPage(LANDSCAPE);
        document.addPage(page);
        PDPageContentStream out = new PDPageContentStream(document, page);
        out.setNonStrokingColor(0f, 0.5f, 0.5f);
        out.addRect(0, LANDSCAPE.getHeight() - 80, LANDSCAPE.getWidth(), 80);
        out.fill();
        out.setNonStrokingColor(1f, 1f, 1f);
        show(out, HELVETICA_BOLD, 24, 40, LANDSCAPE.getHeight() - 50, title);
        out.setNonStrokingColor(0f, 0f, 0f);
        show(out, HELVETICA, 10, 40, 20, "Invented SCP | slide " + document.getNumberOfPages());
        return out;
    }
}
