package org.casereview.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.extract.ExtractedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (session 31's probe digests): an untagged digest whose titles stand as side heads in a narrow left column
 * beside the text, with under each title the partnership that published the review and the year ('Fernleigh
 * Safeguarding Children Partnership, 2025'), labels in bold ending with a full stop ('Learning.', 'Recommendations.')
 * on lines of their own, points ticked with a ZapfDingbats check mark, and a 'Full review: URL' line. On main the
 * sniffer took it for a report (the labels were not read, so no entry had a list) and the area was read into the
 * summary. Every child and place
 * here is invented.
 */
class SideHeadsFullStopLabelsDigestTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDFont ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private static final PDFont DINGBATS = new PDType1Font(Standard14Fonts.FontName.ZAPF_DINGBATS);
    private static final float TEXT_X = 190;

    @TempDir
    Path dir;

    @Test
    void fullStopLabelsAndTickedPointsMakeADigest() throws Exception {
        Path file = write();

        assertThat(new PdfDigestSniffer(new DigestParser()).decide(file)).contains(true);

        ExtractedText text = new DocumentTextExtractor().extract(file);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child PLX: Child safeguarding practice review", "Child QMX: Serious case review");
        assertThat(digest.entries()).extracting(DigestEntry::area).containsExactly("Fernleigh", "Marlow Vale");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).startsWith("Child PLX, a girl aged 9,").doesNotContain("Partnership");
        assertThat(items(first, SectionType.LEARNING)).containsExactly(
                "dental neglect was not seen as a sign of wider neglect", "no one spoke to the girl on her own");
        assertThat(items(first, SectionType.RECOMMENDATIONS)).containsExactly(
                "dental services to refer children with untreated decay to social care");
        assertThat(items(digest.entries().get(1), SectionType.LEARNING)).containsExactly(
                "the drug service did not check where the methadone was stored",
                "home visits were cancelled three times without a new date");
    }

    private Path write() throws IOException {
        Path file = dir.resolve("side-heads-2031-03.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                show(content, BOLD, 16, 50, 790, "Learning from reviews: March 2031");
                show(content, REGULAR, 10, 50, 770, "Two practice reviews. Every child and place here is invented.");
                float y = entry(content, 740, List.of("Child PLX: Child", "safeguarding practice", "review"),
                        "Fernleigh Safeguarding Children Partnership, 2030",
                        List.of("Child PLX, a girl aged 9, was neglected for several years before she was taken into",
                                "care in 2029. Her teeth were badly decayed."),
                        List.of("dental neglect was not seen as a sign of wider neglect", "no one spoke to the girl on her own"),
                        List.of("dental services to refer children with untreated decay to social care"),
                        "https://example.org/reviews/child-plx.pdf");
                entry(content, y - 20, List.of("Child QMX: Serious case", "review"),
                        "Marlow Vale Safeguarding Children Partnership, 2030",
                        List.of("Child QMX, a boy aged 2, died in 2027 after swallowing his mother's methadone."),
                        List.of("the drug service did not check where the methadone was stored",
                                "home visits were cancelled three times without a new date"),
                        List.of("drug services to check safe storage at every home visit"),
                        "https://example.org/reviews/child-qmx.pdf");
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** The title down the left column; beside it the publisher, the summary and the labelled, ticked lists. */
    private static float entry(PDPageContentStream content, float y, List<String> title, String publisher,
                               List<String> summary, List<String> learning, List<String> recommendations,
                               String link) throws IOException {
        float top = y;
        for (String line : title) {
            top = show(content, BOLD, 10, 50, top, line);
        }
        y = show(content, ITALIC, 9, TEXT_X, y, publisher) - 1;
        for (String line : summary) {
            y = show(content, REGULAR, 10, TEXT_X, y, line);
        }
        List<Object[]> lists = new ArrayList<>();
        lists.add(new Object[] {"Learning.", learning});
        lists.add(new Object[] {"Recommendations.", recommendations});
        for (Object[] list : lists) {
            y = show(content, BOLD, 10, TEXT_X, y - 5, (String) list[0]);
            @SuppressWarnings("unchecked")
            List<String> points = (List<String>) list[1];
            for (String point : points) {
                show(content, DINGBATS, 8, TEXT_X, y, "\u2714");
                y = show(content, REGULAR, 10, TEXT_X + 14, y, point);
            }
        }
        return show(content, REGULAR, 9, TEXT_X, y - 4, "Full review: " + link);
    }

    private static float show(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
        return y - 12.5f;
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).map(Section::items).orElse(List.of()).stream().map(Item::text).toList();
    }
}
