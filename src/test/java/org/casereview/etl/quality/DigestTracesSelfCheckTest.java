package org.casereview.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
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
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.review.DigestLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest self-check from what the grammar saw besides the entries, on real digests read badly and the same digests
 * read well: a label the vocabulary does not know, printed over each entry's actions, is dropped as a repeated running
 * head and its items go to the learning list (HTML as a OneNote page saves it, and a PDF); an entry whose numbered
 * title is not read as one ('3. the death of ...': numbers 1, 2, 4); a 'Review 3 of 4' counter over each title when an
 * entry is lost. Each bad digest said {@code ok} before these checks. Invented digests, written here.
 */
class DigestTracesSelfCheckTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final String[] NAMES = {"LA", "LB", "LC", "LD"};

    @TempDir
    Path dir;

    private final DigestLoader loader = new DigestLoader(new DocumentTextExtractor(), new DigestParser(),
            ReviewNormaliser.withDefaultVocabulary());

    @Test
    void anUnknownLabelDroppedAsARunningHeadInAnHtmlDigestIsDoubtful() throws Exception {
        DigestLoader.Reading bad = read("actions.html", html("Actions agreed with partners"));

        assertThat(bad.reviews()).allSatisfy(r -> assertThat(r.row().recommendationCount()).isZero());
        assertThat(verdict(bad).notes()).anySatisfy(n -> assertThat(n)
                .contains("dropped as a running head").contains("'Actions agreed with partners'"));

        DigestLoader.Reading good = read("recommendations.html", html("Recommendations include:"));
        assertThat(good.reviews()).allSatisfy(r -> assertThat(r.row().recommendationCount()).isEqualTo(2));
        assertThat(verdict(good).quality()).isEqualTo("ok");
    }

    @Test
    void anUnknownLabelDroppedAsARunningHeadInAPdfDigestIsDoubtful() throws Exception {
        DigestLoader.Reading bad = read("actions.pdf", pdf("Actions agreed with partners"));

        assertThat(bad.reviews()).hasSize(3).allSatisfy(r -> assertThat(r.row().recommendationCount()).isZero());
        assertThat(verdict(bad).notes()).anySatisfy(n -> assertThat(n).contains("'Actions agreed with partners'"));

        DigestLoader.Reading good = read("recommendations.pdf", pdf("Recommendations include:"));
        assertThat(good.reviews()).hasSize(3).allSatisfy(r -> assertThat(r.row().recommendationCount()).isEqualTo(2));
        assertThat(verdict(good).quality()).isEqualTo("ok");
    }

    @Test
    void numberedTitlesThatSkipANumberAreDoubtful() throws Exception {
        DigestLoader.Reading bad = read("numbered-bad.txt", text(i -> (i + 1) + ". " + (i == 2
                ? "the death of Child LC: practice review" : "Child " + NAMES[i] + ": Child safeguarding practice review"), null));

        assertThat(bad.reviews()).hasSize(3);
        assertThat(verdict(bad).notes()).contains("entry numbers skip a number that opens text of the entry before"
                + " (3 inside 2; a title not read, entries joined?)");

        DigestLoader.Reading good = read("numbered-good.txt", text(i -> (i + 1) + ". Child " + NAMES[i]
                + ": Child safeguarding practice review", null));
        assertThat(good.reviews()).hasSize(4);
        assertThat(verdict(good).quality()).isEqualTo("ok");

        // a digest that skips a number in print (a withdrawn review) and is read whole says nothing
        DigestLoader.Reading skipped = read("numbered-skip.txt", text(i -> (i < 2 ? i + 1 : i + 2) + ". Child " + NAMES[i]
                + ": Child safeguarding practice review", null));
        assertThat(skipped.reviews()).hasSize(4);
        assertThat(verdict(skipped).quality()).isEqualTo("ok");
    }

    @Test
    void aCounterOverEachTitleThatTheEntriesDoNotReachIsDoubtful() throws Exception {
        DigestLoader.Reading bad = read("counted-bad.txt", text(i -> i == 2 ? "the death of Child LC: practice review"
                : "Child " + NAMES[i] + ": Child safeguarding practice review", i -> "Review " + (i + 1) + " of 4"));

        assertThat(bad.reviews()).hasSize(3);
        assertThat(verdict(bad).notes()).contains("headings count 4 reviews but 3 entries were read");

        DigestLoader.Reading good = read("counted-good.txt", text(i -> "Child " + NAMES[i]
                + ": Child safeguarding practice review", i -> "Review " + (i + 1) + " of 4"));
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

    private interface Line {
        String of(int entry);
    }

    /** A plain-text digest of four entries, each title perhaps under a counter line. */
    private static String text(Line title, Line counter) {
        StringBuilder out = new StringBuilder("Case review digest – March 2026\n\nFour case reviews were published. Every"
                + " child and family in this digest is invented.\n\n");
        for (int i = 0; i < NAMES.length; i++) {
            out.append(counter == null ? "" : counter.of(i) + "\n\n").append(title.of(i)).append("\n\n")
                    .append("Neglect of a 6-year-old boy in 2024 whose mother misused drugs. Child ").append(NAMES[i])
                    .append(" is White British.\n\n")
                    // the second review names no recommendations and the third no learning: read as one, they hold
                    // each kind of list once, so no other check sees the join
                    .append(i == 2 ? "" : "Learning includes:\n\n- the school's concerns were not shared with"
                            + " children's social care\n- the health visitor did not see the home\n\n")
                    .append(i == 1 ? "" : "Recommendations include:\n\n- share every concern about neglect with"
                            + " children's social care\n\n")
                    .append("Read practice review")
                    .append(" (PDF): https://learning.nspcc.org.uk/media/test/").append(NAMES[i].toLowerCase()).append(".pdf\n\n");
        }
        return out.toString();
    }

    /** A page as a note-taking app saves it: no headings, bold paragraphs, the actions as plain paragraphs. */
    private static String html(String actionsLabel) {
        StringBuilder out = new StringBuilder("<html><body><p style='font-size:20pt'>Case review digest – May 2026</p>"
                + "<p>Three case reviews were published in May 2026. Every child and family here is invented.</p>");
        for (int i = 0; i < 3; i++) {
            out.append("<p><span style='font-weight:bold'>Child ").append(NAMES[i])
                    .append(": Child safeguarding practice review</span></p>")
                    .append("<p>Sudden death of a 3-month-old boy in 2025 who slept on a sofa with his mother. Child ")
                    .append(NAMES[i]).append(" is of Polish heritage.</p><p>What we learned</p><ul>")
                    .append("<li>the family's move was not shared with the health visitor</li>")
                    .append("<li>safer sleep advice did not cover sofas</li></ul>")
                    .append("<p>").append(actionsLabel).append("</p>")
                    .append("<p>check where a baby will sleep at every visit after a move</p>")
                    .append("<p>provide a cot to families who do not have one</p>")
                    .append("<p><a href='https://learning.nspcc.org.uk/media/test/").append(NAMES[i].toLowerCase())
                    .append(".pdf'>Read practice review (PDF)</a></p>");
        }
        return out.append("</body></html>").toString();
    }

    /** A one-column PDF of three entries: bold titles and labels, bulleted lists. */
    private Path pdf(String actionsLabel) throws IOException {
        Path file = dir.resolve(actionsLabel.startsWith("Actions") ? "actions.pdf" : "recommendations.pdf");
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"H", "Case review digest – May 2026"});
        lines.add(new String[] {"P", "Three case reviews were published in May 2026. Every child and family here is invented."});
        for (int i = 0; i < 3; i++) {
            lines.add(new String[] {"T", "Child " + NAMES[i] + ": Child safeguarding practice review"});
            lines.add(new String[] {"P", "Sudden death of a 3-month-old boy in 2025 who slept on a sofa with his mother."});
            lines.add(new String[] {"P", "Child " + NAMES[i] + " is of Polish heritage."});
            lines.add(new String[] {"L", "Learning includes:"});
            lines.add(new String[] {"I", "the family's move was not shared with the health visitor"});
            lines.add(new String[] {"I", "safer sleep advice did not cover sofas"});
            lines.add(new String[] {"L", actionsLabel});
            lines.add(new String[] {"I", "check where a baby will sleep at every visit after a move"});
            lines.add(new String[] {"I", "provide a cot to families who do not have one"});
            lines.add(new String[] {"P", "Read practice review (PDF): https://learning.nspcc.org.uk/media/test/"
                    + NAMES[i].toLowerCase() + ".pdf"});
        }
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 790;
                for (String[] line : lines) {
                    boolean bold = !line[0].equals("P") && !line[0].equals("I");
                    float size = line[0].equals("H") ? 18 : line[0].equals("T") ? 13 : 10;
                    y -= line[0].equals("T") || line[0].equals("H") ? 24 : 15;
                    if (line[0].equals("I")) {
                        show(content, REGULAR, size, 62, y, "\u2022");
                    }
                    show(content, bold ? BOLD : REGULAR, size, line[0].equals("I") ? 74 : 56, y, line[1]);
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void show(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
