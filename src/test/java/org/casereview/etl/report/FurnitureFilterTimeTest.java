package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.casereview.etl.document.RejectReason;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.guard.DocumentOutcome;
import org.junit.jupiter.api.Test;

/**
 * Session 39: a report of 1,000 pages each drawing one form of 2,000 words (every line under one key, "word#", in the
 * page's margin band) was still in the furniture filter 480 s into the report step, its time never looked at: each line
 * was counted against every other line of its key. The filter now looks at the document's time at each line, and stops
 * counting a line's pages at the threshold; what it keeps is unchanged.
 */
class FurnitureFilterTimeTest {

    private static final BodyStyle BODY = new BodyStyle(11);

    @Test
    void theFilterLooksAtTheDocumentsTime() {
        DocumentGuard noTime = new DocumentGuard(DocumentLimits.DEFAULTS.withTimePerDocument(Duration.ofNanos(1)));
        DocumentOutcome<List<PageText>> outcome = noTime.run("form", () -> FurnitureFilter.filter(pages(3, 10), BODY));
        assertThat(outcome).isInstanceOfSatisfying(DocumentOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(RejectReason.TIMEOUT));
    }

    @Test
    void linesRepeatedInTheSamePlaceOnEveryPageGoAndABodyLineStays() {
        List<PageText> pages = pages(40, 200);
        List<PageText> kept = FurnitureFilter.filter(pages, BODY);
        assertThat(kept).hasSize(40).allSatisfy(p -> assertThat(p.lines()).extracting(TextLine::text)
                .containsExactly("The body of page " + p.number() + " is its own."));
    }

    /** {@code count} pages of {@code words} small lines "wordN" stepping down from the top, and one body line each. */
    private static List<PageText> pages(int count, int words) {
        List<PageText> pages = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            List<TextLine> lines = new ArrayList<>();
            for (int w = 0; w < words; w++) {
                lines.add(line(n, 20 + w * 0.1f, 4, "word" + w));
            }
            lines.add(line(n, 400, 11, "The body of page " + n + " is its own."));
            pages.add(new PageText(n, 595, 842, lines));
        }
        return pages;
    }

    private static TextLine line(int page, float y, float size, String text) {
        return new TextLine(page, text, List.of(new TextFragment(text, 60, 60 + text.length() * 5f, y, size, false)));
    }
}
