package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A digest sent back marked up (b43 kind 5): sticky notes, highlights with comments, FreeText boxes and a stamp are a
 * reader's comments on the page, not its text; the link annotation over the link words still gives the entry its link.
 */
class ReviewCommentsTest {

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @TempDir
    Path dir;

    private Path markedUpDigest() throws IOException {
        Path file = dir.resolve("marked-up.pdf");
        List<String> lines = List.of("Case reviews published in June 2025", "",
                "Child TA: Child safeguarding practice review", "Neglect of a 5-year-old girl in 2022.",
                "Learning includes: the health visitor was not told of the move.",
                "Read practice review (PDF)", "",
                "Child TB: Serious case review", "Death of a 3-month-old boy in 2018.",
                "Learning includes: the father was not seen by any agency.");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = 780;
                for (String line : lines) {
                    content.beginText();
                    content.setFont(FONT, 11);
                    content.newLineAtOffset(50, y);
                    content.showText(line);
                    content.endText();
                    y -= line.isEmpty() ? 8 : 16;
                }
            }
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(50, 705, 140, 14));
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://example.org/media/1/review.pdf");
            link.setAction(uri);
            page.getAnnotations().add(link);
            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(520, 740, 20, 20));
            note.setContents("Our LADO team should see this one");
            PDAnnotationHighlight highlight = new PDAnnotationHighlight();
            highlight.setRectangle(new PDRectangle(50, 729, 200, 14));
            highlight.setContents("Economic abuse - link to the strategy");
            PDAnnotationFreeText free = new PDAnnotationFreeText();
            free.setRectangle(new PDRectangle(430, 600, 140, 40));
            free.setContents("Include in the July newsletter");
            PDAnnotationRubberStamp stamp = new PDAnnotationRubberStamp();
            stamp.setRectangle(new PDRectangle(400, 500, 150, 40));
            stamp.setContents("REVIEWED 12/06/2025 J. Okoro");
            page.getAnnotations().addAll(List.of(note, highlight, free, stamp));
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void commentAnnotationsAreNotPageText() throws Exception {
        String text = new DocumentTextExtractor().extract(markedUpDigest()).text();

        assertThat(text).contains("the father was not seen by any agency")
                .doesNotContain("LADO").doesNotContain("Economic abuse").doesNotContain("newsletter")
                .doesNotContain("REVIEWED");
        List<DigestEntry> entries = new DigestParser().parse(text).entries();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).linkTarget()).isEqualTo("https://example.org/media/1/review.pdf");
        assertThat(entries.get(1).sections()).allSatisfy(s -> assertThat(s.text()).doesNotContain("newsletter"));
    }
}
