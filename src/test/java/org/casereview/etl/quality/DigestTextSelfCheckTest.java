package org.casereview.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.function.IntFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.review.DigestLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest self-check from the text the entries hold, on real digests read badly and the same digests read well:
 * a list label the vocabulary does not know, run into the text of every entry (a text digest, a PDF written here) or
 * alone over a list (markdown); list items joined in one (HTML); items cut where two columns were read across (text
 * copied from a two-column page). Each bad digest said {@code ok} before these checks and scores under 80% of its
 * items. Invented digests, written here: every child, family and place is invented.
 */
class DigestTextSelfCheckTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final String[] NAMES = {"TA", "TB", "TC", "TD"};
    private static final String LEARNING = "the family's move was not shared with the health visitor; safer sleep"
            + " advice did not cover sofas; and the father was not seen at any visit.";

    @TempDir
    Path dir;

    private final DigestLoader loader = new DigestLoader(new DocumentTextExtractor(), new DigestParser(),
            ReviewNormaliser.withDefaultVocabulary());

    @Test
    void anUnknownLabelRunIntoTheTextOfEveryEntryIsDoubtful() throws Exception {
        DigestLoader.Reading bad = read("points.txt", text(i -> "Points to take away: " + LEARNING));

        assertThat(bad.reviews()).hasSize(4).allSatisfy(r -> assertThat(r.row().learningCount()).isZero());
        assertThat(verdict(bad).notes()).contains(
                "4 of 4 entries hold 'Points to take away' as a label in their text (a list label not read?)");

        DigestLoader.Reading good = read("learning.txt", text(i -> "Learning includes: " + LEARNING));
        assertThat(good.reviews()).hasSize(4).allSatisfy(r -> assertThat(r.row().learningCount()).isEqualTo(3));
        assertThat(verdict(good).quality()).isEqualTo("ok");
    }

    @Test
    void anUnknownLabelInAPdfDigestIsDoubtful() throws Exception {
        DigestLoader.Reading bad = read("points.pdf", pdf("points.pdf", "Points to take away:"));

        assertThat(bad.reviews()).hasSize(3).allSatisfy(r -> assertThat(r.row().learningCount()).isZero());
        assertThat(verdict(bad).notes()).anySatisfy(n -> assertThat(n).contains("'Points to take away'"));

        DigestLoader.Reading good = read("learning.pdf", pdf("learning.pdf", "Learning includes:"));
        assertThat(good.reviews()).hasSize(3).allSatisfy(r -> assertThat(r.row().learningCount()).isEqualTo(3));
        assertThat(verdict(good).quality()).isEqualTo("ok");
    }

    @Test
    void listsReadAsTheSummaryOfEveryEntryAreDoubtful() throws Exception {
        IntFunction<String> list = i -> "- the family's move was not shared with the health visitor\n"
                + "- safer sleep advice did not cover sofas\n- the father was not seen at any visit";
        DigestLoader.Reading bad = read("reflect.md", markdown("Areas to reflect on", list));

        assertThat(bad.reviews()).hasSize(4).allSatisfy(r -> assertThat(r.row().learningCount()).isZero());
        assertThat(verdict(bad).notes()).contains("4 of 4 entries have list lines in their summary (lists read as text?)");

        DigestLoader.Reading good = read("learning.md", markdown("Learning includes:", list));
        assertThat(good.reviews()).hasSize(4).allSatisfy(r -> assertThat(r.row().learningCount()).isEqualTo(3));
        assertThat(verdict(good).quality()).isEqualTo("ok");
    }

    @Test
    void listItemsJoinedInOneAreDoubtful() throws Exception {
        DigestLoader.Reading bad = read("joined.html", html("<li>1. the family's move was not shared with the health"
                + " visitor 2. safer sleep advice did not cover sofas 3. the father was not seen at any visit</li>"));

        assertThat(bad.reviews()).hasSize(3).allSatisfy(r -> assertThat(r.row().learningCount()).isEqualTo(1));
        assertThat(verdict(bad).notes()).contains("3 of 6 items hold another item's list marker (items joined?)");

        DigestLoader.Reading good = read("items.html", html("<li>the family's move was not shared with the health"
                + " visitor</li><li>safer sleep advice did not cover sofas</li><li>the father was not seen at any visit</li>"));
        assertThat(good.reviews()).hasSize(3).allSatisfy(r -> assertThat(r.row().learningCount()).isEqualTo(3));
        assertThat(verdict(good).quality()).isEqualTo("ok");
    }

    @Test
    void itemsCutWhereTwoColumnsWereReadAcrossAreDoubtful() throws Exception {
        // two lists side by side, copied line by line across both: each item line holds parts of two items
        IntFunction<String> across = i -> "Learning includes: Recommendations include:\n\n"
                + "- the family's move was not shared with the\n- check where a baby will sleep at every health visitor\n"
                + "- safer sleep advice did not cover sofas and visit after a move\n- the father was not seen at any\n"
                + "- provide a cot to families who do not have visit one";
        DigestLoader.Reading bad = read("across.txt", text(across));

        assertThat(bad.reviews()).hasSize(4);
        assertThat(verdict(bad).notes()).anySatisfy(n -> assertThat(n).contains("items end mid-phrase"));

        DigestLoader.Reading good = read("columns.txt", text(i -> "Learning includes:\n\n- the family's move was not"
                + " shared with the health visitor\n- safer sleep advice did not cover sofas and visits\n\n"
                + "Recommendations include:\n\n- check where a baby will sleep at every visit after a move\n"
                + "- provide a cot to families who do not have one"));
        assertThat(verdict(good).quality()).isEqualTo("ok");
    }

    @Test
    void anIntroductionCountingMoreReviewsThanTheEntriesReadIsDoubtful() throws Exception {
        String lists = "Learning includes: " + LEARNING;
        // the second and third titles start in lower case, so they are read as paragraphs of the first entry
        String bad = "Case review digest – March 2026\n\nIn March 2026 four case reviews were published to the"
                + " repository. Every child and family in this digest is invented.\n\n"
                + text(i -> lists).split("\n\n", 3)[2].replace("Child TB: Child", "the death of Child TB: child")
                .replace("Child TC: Child", "the death of Child TC: child");
        DigestLoader.Reading joined = read("joined.txt", bad);

        assertThat(joined.reviews()).hasSize(2);
        assertThat(verdict(joined).notes()).contains("the introduction counts 4 reviews but 2 entries were read");

        DigestLoader.Reading good = read("whole.txt", bad.replace("the death of Child TB: child", "Child TB: Child")
                .replace("the death of Child TC: child", "Child TC: Child"));
        assertThat(good.reviews()).hasSize(4);
        assertThat(verdict(good).quality()).isEqualTo("ok");
    }

    private static Verdict verdict(DigestLoader.Reading reading) {
        return DigestChecks.judge(reading.reviews(), reading.traces());
    }

    private DigestLoader.Reading read(String name, Object content) throws Exception {
        Path file = content instanceof Path p ? p : Files.writeString(dir.resolve(name), (String) content);
        return loader.read(loader.parse(file), name, YearMonth.of(2026, 11));
    }

    /** A plain-text digest of four entries, each with its lists as {@code lists} gives them. */
    private static String text(IntFunction<String> lists) {
        StringBuilder out = new StringBuilder("Case review digest – March 2026\n\nEvery child and family in this"
                + " digest is invented.\n\n");
        for (int i = 0; i < NAMES.length; i++) {
            out.append("Child ").append(NAMES[i]).append(": Child safeguarding practice review\n\n")
                    .append("Sudden death of a 3-month-old boy in 2025 who slept on a sofa with his father. Child ")
                    .append(NAMES[i]).append(" is White British.\n\n").append(lists.apply(i)).append("\n\n")
                    .append("Read practice review (PDF): https://learning.nspcc.org.uk/media/test/")
                    .append(NAMES[i].toLowerCase()).append(".pdf\n\n");
        }
        return out.toString();
    }

    /** A markdown digest: titles as headings, a label line over each list. */
    private static String markdown(String label, IntFunction<String> list) {
        StringBuilder out = new StringBuilder("# Case review digest – March 2026\n\nEvery child and family in this"
                + " digest is invented.\n\n");
        for (int i = 0; i < NAMES.length; i++) {
            out.append("## Child ").append(NAMES[i]).append(": Child safeguarding practice review\n\n")
                    .append("Sudden death of a 3-month-old boy in 2025 who slept on a sofa with his father. Child ")
                    .append(NAMES[i]).append(" is White British.\n\n").append(label).append("\n\n")
                    .append(list.apply(i)).append("\n\n")
                    .append("[Read practice review (PDF)](https://learning.nspcc.org.uk/media/test/")
                    .append(NAMES[i].toLowerCase()).append(".pdf)\n\n");
        }
        return out.toString();
    }

    /** An HTML digest of three entries whose learning list holds {@code items}. */
    private static String html(String items) {
        StringBuilder out = new StringBuilder("<html><body><h1>Case review digest – May 2026</h1>"
                + "<p>Every child and family here is invented.</p>");
        for (int i = 0; i < 3; i++) {
            out.append("<h2>Child ").append(NAMES[i]).append(": Child safeguarding practice review</h2>")
                    .append("<p>Sudden death of a 3-month-old boy in 2025 who slept on a sofa with his mother. Child ")
                    .append(NAMES[i]).append(" is of Polish heritage.</p><p><strong>Learning includes:</strong></p><ul>")
                    .append(items).append("</ul><p><strong>Recommendations include:</strong></p><ul>")
                    .append("<li>check where a baby will sleep at every visit after a move</li></ul>")
                    .append("<p><a href='https://learning.nspcc.org.uk/media/test/").append(NAMES[i].toLowerCase())
                    .append(".pdf'>Read practice review (PDF)</a></p>");
        }
        return out.append("</body></html>").toString();
    }

    /** A one-column PDF of three entries: bold titles, the learning run in after its label. */
    private Path pdf(String name, String label) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 790;
                show(content, BOLD, 18, y, "Case review digest – May 2026");
                y -= 20;
                show(content, REGULAR, 10, y, "Every child and family here is invented.");
                for (int i = 0; i < 3; i++) {
                    y -= 28;
                    show(content, BOLD, 13, y, "Child " + NAMES[i] + ": Child safeguarding practice review");
                    y -= 16;
                    show(content, REGULAR, 10, y, "Sudden death of a 3-month-old boy in 2025 who slept on a sofa"
                            + " with his mother. Child " + NAMES[i] + " is of Polish heritage.");
                    y -= 20;
                    show(content, REGULAR, 10, y, label + " the family's move was not shared with the health visitor;");
                    y -= 13;
                    show(content, REGULAR, 10, y, "safer sleep advice did not cover sofas; and the father was not seen"
                            + " at any visit.");
                    y -= 20;
                    show(content, REGULAR, 10, y, "Read practice review (PDF): https://learning.nspcc.org.uk/media/test/"
                            + NAMES[i].toLowerCase() + ".pdf");
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void show(PDPageContentStream content, PDFont font, float size, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(56, y);
        content.showText(text);
        content.endText();
    }
}
