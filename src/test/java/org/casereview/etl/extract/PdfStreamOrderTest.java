package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.casereview.etl.pdf.TjLinesPdf;
import org.casereview.etl.pdf.TjLinesPdf.Placed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Untagged PDFs whose content streams hold one text object per line (words as TJ pieces, gaps as displacements, no
 * space glyphs): read in reading order whether the lines are written from the top of the page down or from the bottom
 * up, and a two-column page written column by column keeps its columns apart.
 */
class PdfStreamOrderTest {

    @TempDir
    Path dir;

    private final DocumentTextExtractor extractor = new DocumentTextExtractor();

    private static final List<String> DIGEST = List.of(
            "New case reviews January 2025",
            "Child AB: Serious case review",
            "Death of a 4-year-old girl in 2016 after neglect.",
            "Learning includes:",
            "the mother's drinking was not known to the school",
            "Recommendations include:",
            "share records between agencies",
            "Child CD: Child safeguarding practice review",
            "Injuries to a baby boy in 2020.");

    private static List<Placed> oneColumn() {
        return TjLinesPdf.column(DIGEST);
    }

    @Test
    void linesWrittenFromTheBottomOfThePageUpAreReadTopDown() throws Exception {
        List<String> second = List.of("Child EF: Local child safeguarding practice review",
                "Neglect of three siblings in 2021.", "Recommendations include:", "visit the home unannounced");
        String text = extractor.extract(pdf("bottom-up.pdf", List.of(TjLinesPdf.bottomUp(oneColumn()),
                TjLinesPdf.bottomUp(TjLinesPdf.column(second))))).text();

        assertInOrder(text, DIGEST);
        assertInOrder(text.substring(text.indexOf("Injuries to a baby")), second);
        assertThat(text).doesNotContain("Seriouscase");
    }

    @Test
    void linesWrittenTopDownAreReadAsWritten() throws Exception {
        String text = extractor.extract(pdf("top-down.pdf", List.of(oneColumn()))).text();

        assertInOrder(text, DIGEST);
    }

    @Test
    void aTwoColumnPageWrittenColumnByColumnKeepsItsColumnsApart() throws Exception {
        List<Placed> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(new Placed(56, 60 + 20 * i, "left column line " + (i + 1)));
        }
        for (int i = 0; i < 5; i++) {
            lines.add(new Placed(320, 60 + 20 * i, "right column line " + (i + 1)));
        }
        String text = extractor.extract(pdf("columns.pdf", List.of(lines))).text();

        assertInOrder(text, List.of("left column line 1", "left column line 5", "right column line 1",
                "right column line 5"));
    }

    @Test
    void aSinglePageWrittenBottomUpIsReadByPosition() throws Exception {
        List<Placed> lines = TjLinesPdf.bottomUp(oneColumn());
        String text = extractor.extract(pdf("one-page.pdf", List.of(lines))).text();

        assertThat(text.indexOf("Learning includes:")).isLessThan(text.indexOf("the mother's drinking"))
                .isGreaterThan(text.indexOf("Death of a 4-year-old girl"));
    }

    private static void assertInOrder(String text, List<String> expected) {
        int from = -1;
        for (String line : expected) {
            int at = text.indexOf(line, from + 1);
            assertThat(at).as("'%s' after position %d in:%n%s", line, from, text).isGreaterThan(from);
            from = at;
        }
    }

    private Path pdf(String name, List<List<Placed>> pages) throws IOException {
        return TjLinesPdf.write(dir.resolve(name), pages);
    }
}
