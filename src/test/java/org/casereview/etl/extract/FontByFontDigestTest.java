package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.casereview.etl.document.SectionType;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 31's b55 kind 1: a printer driver that draws each page one font at a time: every regular run top to bottom,
 * then every bold run (heading, titles, labels and the bold child's code inside a summary line), then every oblique
 * run (the links). The titles and labels fill gaps between lines drawn before them, but the bold codes go back into
 * lines already drawn and filled no gap, so the page with one entry kept stream order (each summary read as its code
 * alone). A word put back into a line already drawn is evidence that the page is not drawn in reading order. Every
 * child, family and place here is invented.
 */
class FontByFontDigestTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDFont OBLIQUE = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private static final List<PDFont> PASSES = List.of(REGULAR, BOLD, OBLIQUE);

    @TempDir
    Path dir;

    private record Run(PDFont font, float size, float x, float y, String text) {
    }

    @Test
    void aPageDrawnFontByFontWithBoldWordsInsideItsLinesIsReadInReadingOrder() throws Exception {
        Path pdf = dir.resolve("font-by-font.pdf");
        write(pdf);

        assertThat(new PdfDigestSniffer(new DigestParser()).decide(pdf)).contains(true);
        ExtractedText text = new DocumentTextExtractor().extract(pdf);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child QW: Child safeguarding practice review", "Child RW: Learning review",
                "Baby SW: Serious case review");
        DigestEntry qw = digest.entries().get(0);
        assertThat(qw.summary()).isEqualTo("Serious harm to a 2-year-old boy in 2030 who swallowed tablets left on a "
                + "table by his mother, aged 26. Child QW is White British.");
        assertThat(items(qw, SectionType.LEARNING)).containsExactly("the health visitor did not ask about medicines",
                "the boy's missed checks were not followed up");
        assertThat(items(qw, SectionType.RECOMMENDATIONS)).containsExactly("give every family a locked box for medicines");
        DigestEntry sw = digest.entries().get(2);
        assertThat(sw.summary()).isEqualTo("Death of a 3-month-old girl in 2029 who was found unresponsive in her "
                + "parents' bed after a night out. Her mother, aged 22, had drunk alcohol and her father, aged 24, had "
                + "taken cannabis. Baby SW is Mixed White and Asian.");
        assertThat(items(sw, SectionType.LEARNING)).containsExactly("safer sleep advice was given only once",
                "the father was not seen by the health visitor");
        assertThat(items(sw, SectionType.RECOMMENDATIONS)).containsExactly(
                "repeat safer sleep advice at every visit and write down who was given it",
                "ask both parents about alcohol and drugs");
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }

    private static void write(Path pdf) throws IOException {
        try (PDDocument document = new PDDocument()) {
            List<Run> first = new ArrayList<>();
            first.add(new Run(BOLD, 18, 56, 780, "Case review summaries: June 2031"));
            first.add(new Run(REGULAR, 10, 56, 755, "Three case reviews were published in June 2031. Every child, "
                    + "family and place in them is invented."));
            float y = entry(first, 725, "Child QW: Child safeguarding practice review", List.of(
                    "Serious harm to a 2-year-old boy in 2030 who swallowed tablets left on a table by his mother,",
                    "aged 26. |Child QW| is White British."), List.of("the health visitor did not ask about medicines",
                    "the boy's missed checks were not followed up"), List.of("give every family a locked box for medicines"));
            entry(first, y, "Child RW: Learning review", List.of(
                    "Death of a 15-year-old boy in 2029 who was stabbed near his home. |Child RW| had been excluded",
                    "from school in 2028. He is Black British."), List.of("his exclusion was not shared with the police",
                    "the youth worker's concerns were not heard"), List.of("share every exclusion of a child at risk"));
            List<Run> second = new ArrayList<>();
            entry(second, 790, "Baby SW: Serious case review", List.of(
                    "Death of a 3-month-old girl in 2029 who was found unresponsive in her parents' bed after a night",
                    "out. Her mother, aged 22, had drunk alcohol and her father, aged 24, had taken cannabis. |Baby SW|",
                    "is Mixed White and Asian."), List.of("safer sleep advice was given only once",
                    "the father was not seen by the health visitor"), List.of("repeat safer sleep advice at every "
                    + "visit and\nwrite down who was given it", "ask both parents about alcohol and drugs"));
            page(document, first, 1);
            page(document, second, 2);
            document.save(pdf.toFile());
        }
    }

    /** An entry's runs in reading order (the words between bars bold inside their line); where the next one goes. */
    private static float entry(List<Run> runs, float top, String title, List<String> summary, List<String> learning,
                               List<String> recommendations) throws IOException {
        runs.add(new Run(BOLD, 13, 56, top, title));
        float y = top - 20;
        for (String line : summary) {
            y = mixedLine(runs, y, line);
        }
        y = list(runs, y - 6, "Learning includes:", learning);
        y = list(runs, y - 6, "Recommendations include:", recommendations);
        runs.add(new Run(OBLIQUE, 10, 56, y - 6, "Read the full review (PDF)"));
        return y - 40;
    }

    private static float mixedLine(List<Run> runs, float y, String line) throws IOException {
        float x = 56;
        String[] pieces = line.split("\\|");
        for (int i = 0; i < pieces.length; i++) {
            PDFont font = i % 2 == 1 ? BOLD : REGULAR;
            if (!pieces[i].isEmpty()) {
                runs.add(new Run(font, 10, x, y, pieces[i]));
            }
            x += font.getStringWidth(pieces[i]) / 1000 * 10;
        }
        return y - 14;
    }

    private static float list(List<Run> runs, float y, String label, List<String> items) {
        runs.add(new Run(BOLD, 10, 56, y, label));
        for (String item : items) {
            y -= 14;
            runs.add(new Run(REGULAR, 10, 66, y, "\u2022"));
            String[] lines = item.split("\n");
            runs.add(new Run(REGULAR, 10, 78, y, lines[0]));
            for (String more : List.of(lines).subList(1, lines.length)) {
                y -= 14;
                runs.add(new Run(REGULAR, 10, 78, y, more));
            }
        }
        return y - 14;
    }

    /** The page's runs drawn font by font, each pass top to bottom, as the driver does, and a regular folio. */
    private static void page(PDDocument document, List<Run> runs, int number) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        List<Run> all = new ArrayList<>(runs);
        all.add(new Run(REGULAR, 8, 56, 40, "Case review summaries: June 2031 | Page " + number));
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
            for (PDFont pass : PASSES) {
                for (Run run : all.stream().filter(r -> r.font() == pass)
                        .sorted(Comparator.comparingDouble(r -> -r.y())).toList()) {
                    cs.beginText();
                    cs.setFont(run.font(), run.size());
                    cs.newLineAtOffset(run.x(), run.y());
                    cs.showText(run.text());
                    cs.endText();
                }
            }
        }
    }
}
