package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A word processor's page of framed reviews, two side by side and a third under the first (digests-e2e-pending b33,
 * kind 1): the body text is written first (heading, intro and a note printed under the first row of frames), then
 * each frame whole, bordered and shaded. The left frame's lines fall in the gap between the intro and the note and
 * the right frame's sit beside them at heights of their own; that is two columns of frames, read frame by frame, not
 * a form's values written into the gaps under their captions. Every child and place here is invented.
 */
class SideBySideFramesTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    private PDPageContentStream stream;
    private boolean boxPerParagraph;

    @Test
    void framesSideBySideAreReadFrameByFrame() throws Exception {
        assertReadFrameByFrame(page("frames.pdf", false));
    }

    /**
     * The same page as LibreOffice draws a Word frame: every paragraph of a frame shaded in a box of its own, the boxes
     * edge to edge down the frame (a list item's box indented), so the boxes of the two frames stand level with each
     * other paragraph by paragraph. Each frame's boxes are one stack, read down before the frame beside it.
     */
    @Test
    void framesWhoseParagraphsAreShadedOneByOneAreReadFrameByFrame() throws Exception {
        assertReadFrameByFrame(page("paragraph-boxes.pdf", true));
    }

    private Path page(String name, boolean boxPerParagraph) throws IOException {
        Path file = dir.resolve(name);
        this.boxPerParagraph = boxPerParagraph;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                stream = content;
                text(BOLD, 15, 50, 780, "Case reviews published in March 2031");
                text(REGULAR, 9.5f, 50, 760, "In March 2031 three case reviews were added to the library. Every child,");
                text(REGULAR, 9.5f, 50, 748, "family and place below is made up.");
                text(REGULAR, 9.5f, 50, 455, "These summaries were written for a test; none of them is real.");
                frame(50, 720, 12.5f, List.of("T:Child LM: Serious case review",
                        "B:Neglect of a 3-year-old boy in 2029 who was", "B:found alone in a cold flat. His mother",
                        "B:was misusing alcohol.", "L:Learning includes:", "I:the nursery did not follow up his",
                        "C:many absences", "I:the housing officer's visit was not shared", "L:Recommendations include:",
                        "I:ask nurseries to report long absences", "I:share housing visits with the social worker",
                        "R:Read serious case review (PDF)"));
                frame(300, 720, 12.2f, List.of("T:Child PT: Child practice review",
                        "B:Death of a 14-year-old girl in 2030 who", "B:took her own life after months of online",
                        "B:bullying. She had been waiting for help", "B:from mental health services.",
                        "L:Learning includes:", "I:her school did not know about the", "C:bullying online",
                        "I:the waiting list was not reviewed", "L:Recommendations include:",
                        "I:review every child on a waiting list", "C:each month", "R:Read practice review (PDF)"));
                frame(50, 430, 12.5f, List.of("T:Child SW: Rapid review", "B:Serious harm to a 6-month-old girl in",
                        "B:2030 who was shaken by her father.", "L:Learning includes:",
                        "I:the father was not seen by the health", "C:visitor", "R:Read rapid review (PDF)"));
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void assertReadFrameByFrame(Path file) throws Exception {
        String text = new DocumentTextExtractor().extract(file).text();
        List<DigestEntry> entries = new DigestParser().parse(text).entries();

        assertThat(entries).extracting(DigestEntry::title).containsExactly("Child LM: Serious case review",
                "Child PT: Child practice review", "Child SW: Rapid review");
        assertThat(entries.get(0).summary()).isEqualTo(
                "Neglect of a 3-year-old boy in 2029 who was found alone in a cold flat. His mother was misusing alcohol.");
        assertThat(entries.get(1).summary()).isEqualTo("Death of a 14-year-old girl in 2030 who took her own life after"
                + " months of online bullying. She had been waiting for help from mental health services.");
        assertThat(items(entries.get(0), SectionType.LEARNING)).containsExactly(
                "the nursery did not follow up his many absences", "the housing officer's visit was not shared");
        assertThat(items(entries.get(0), SectionType.RECOMMENDATIONS)).containsExactly(
                "ask nurseries to report long absences", "share housing visits with the social worker");
        assertThat(items(entries.get(1), SectionType.LEARNING)).containsExactly(
                "her school did not know about the bullying online", "the waiting list was not reviewed");
        assertThat(items(entries.get(1), SectionType.RECOMMENDATIONS)).containsExactly(
                "review every child on a waiting list each month");
        assertThat(items(entries.get(2), SectionType.LEARNING)).containsExactly(
                "the father was not seen by the health visitor");
    }

    /**
     * A bordered, shaded frame 235pt wide with its lines from {@code top} down, {@code lead} apart: T title, B body,
     * L label, I a bullet's first line, C its hanging line, R the link line. Shaded as a whole, or paragraph by
     * paragraph ({@link #boxPerParagraph}), the frame's boxes drawn before its text.
     */
    private void frame(float x, float top, float lead, List<String> lines) throws IOException {
        float height = lead * (lines.size() + 2) + 12;
        if (!boxPerParagraph) {
            shade(x, top - height, 235, height);
        }
        stream.setStrokingColor(0.3f, 0.4f, 0.6f);
        stream.addRect(x, top - height, 235, height);
        stream.stroke();
        float y = top - 6;
        float boxTop = top;
        for (int i = 0; i < lines.size(); i++) {
            String kind = lines.get(i).substring(0, 1);
            y -= "T".equals(kind) || "L".equals(kind) || "R".equals(kind) ? lead + 4 : lead;
            boolean paragraphEnds = i + 1 == lines.size() || !"BC".contains(lines.get(i + 1).substring(0, 1))
                    || "B".equals(lines.get(i + 1).substring(0, 1)) && !"B".equals(kind);
            if (boxPerParagraph && paragraphEnds) {
                float indent = "I".equals(kind) || "C".equals(kind) ? 10 : 0;
                float boxBottom = i + 1 == lines.size() ? top - height : y - 4;
                shade(x + indent, boxBottom, 235 - indent, boxTop - boxBottom);
                boxTop = boxBottom;
            }
        }
        y = top - 6;
        for (String spec : lines) {
            String kind = spec.substring(0, 1);
            String words = spec.substring(2);
            y -= "T".equals(kind) || "L".equals(kind) || "R".equals(kind) ? lead + 4 : lead;
            switch (kind) {
                case "T" -> text(BOLD, 11, x + 6, y, words);
                case "L" -> text(BOLD, 9.5f, x + 6, y, words);
                case "I" -> {
                    text(REGULAR, 9.5f, x + 14, y, "\u2022");
                    text(REGULAR, 9.5f, x + 24, y, words);
                }
                case "C" -> text(REGULAR, 9.5f, x + 24, y, words);
                default -> text(REGULAR, 9.5f, x + 6, y, words);
            }
        }
    }

    private void shade(float x, float y, float width, float height) throws IOException {
        stream.setNonStrokingColor(0.93f, 0.95f, 0.98f);
        stream.addRect(x, y, width, height);
        stream.fill();
        stream.setNonStrokingColor(0f, 0f, 0f);
    }

    private void text(PDFont font, float size, float x, float y, String words) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(words);
        stream.endText();
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }
}
