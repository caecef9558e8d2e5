package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Untagged PDF digests whose report links are link annotations over the printed link words. */
class PdfLinkAnnotationsTest {

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @TempDir
    Path dir;

    /** Lines from the top; a line "text|uri" is printed as text with a link annotation to uri over it. */
    private Path pdf(List<String> lines) throws IOException {
        Path file = dir.resolve("links.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = 780;
                for (String line : lines) {
                    String[] parts = line.split("\\|");
                    content.beginText();
                    content.setFont(FONT, 11);
                    content.newLineAtOffset(50, y);
                    content.showText(parts[0]);
                    content.endText();
                    if (parts.length > 1) {
                        PDAnnotationLink link = new PDAnnotationLink();
                        link.setRectangle(new PDRectangle(50, y - 3, FONT.getStringWidth(parts[0]) / 1000 * 11, 14));
                        PDActionURI uri = new PDActionURI();
                        uri.setURI(parts[1]);
                        link.setAction(uri);
                        page.getAnnotations().add(link);
                    }
                    y -= line.isEmpty() ? 8 : 16;
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void aLinkAnnotationOverTheLinkWordsGivesTheEntryItsReportLink() throws Exception {
        Path file = pdf(List.of("Case reviews published in May 2026", "",
                "Child MA: Child safeguarding practice review", "Neglect of a 4-year-old boy in 2023.",
                "Learning includes: the school did not share its concerns.",
                "Read practice review (PDF)|https://example.org/media/1/review.pdf", "",
                "Child MB: Serious case review", "Death of a 2-month-old girl in 2019.",
                "Learning includes: the father was not seen.",
                "Read overview|https://example.org/media/2/overview.pdf",
                "report (PDF)|https://example.org/media/2/overview.pdf"));
        String text = new DocumentTextExtractor().extract(file).text();

        assertThat(text).contains("[Read practice review (PDF)](https://example.org/media/1/review.pdf)")
                .contains("[Read overview report (PDF)](https://example.org/media/2/overview.pdf)")
                .doesNotContain("[https://");
        List<DigestEntry> entries = new DigestParser().parse(text).entries();
        assertThat(entries).extracting(DigestEntry::title, DigestEntry::linkText, DigestEntry::linkTarget).containsExactly(
                tuple("Child MA: Child safeguarding practice review", "Read practice review (PDF)",
                        "https://example.org/media/1/review.pdf"),
                tuple("Child MB: Serious case review", "Read overview report (PDF)",
                        "https://example.org/media/2/overview.pdf"));
        assertThat(entries.get(1).sections()).allSatisfy(s -> assertThat(s.text()).doesNotContain("https://"));
    }

    @Test
    void withoutAnnotationsTheLinkLineStaysWords() throws Exception {
        Path file = pdf(List.of("Case reviews published in May 2026", "",
                "Child MA: Child safeguarding practice review", "Neglect of a 4-year-old boy in 2023.",
                "Learning includes: the school did not share its concerns.", "Read practice review (PDF)"));
        String text = new DocumentTextExtractor().extract(file).text();

        assertThat(text).contains("Read practice review (PDF)").doesNotContain("](");
        DigestEntry entry = new DigestParser().parse(text).entries().get(0);
        assertThat(entry.linkText()).isEqualTo("Read practice review (PDF)");
        assertThat(entry.linkTarget()).isNull();
    }
}
