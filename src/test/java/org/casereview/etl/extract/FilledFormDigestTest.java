package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.pdf.FormPdf;
import org.casereview.etl.pdf.FormPdf.Field;
import org.casereview.etl.pdf.FormPdf.Saved;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b28, kind 1): a digest saved as a fillable PDF form, each review's title, summary, lists and link
 * the values of text fields under page-text captions. The values are read where the form prints them, after their
 * captions, whether the form is saved filled or flattened (values drawn after every caption); an empty form has only
 * its captions, and a ticked check box is no text. Children and places invented.
 */
class FilledFormDigestTest {

    @TempDir
    Path dir;

    private static final String HEADING = FormPdf.HEADING;
    private static final List<List<Field>> REVIEWS = FormPdf.TWO_REVIEWS;

    private final DocumentTextExtractor extractor = new DocumentTextExtractor();

    private String text(Saved saved) throws Exception {
        Path pdf = FormPdf.write(dir.resolve("form-" + saved + ".pdf"), HEADING, REVIEWS, saved);
        return extractor.extract(pdf).text();
    }

    @Test
    void aFilledFormIsReadWithEachValueAfterItsCaption() throws Exception {
        String text = text(Saved.FILLED);

        assertInOrder(text, List.of(HEADING, "Review title", "Child QF: Child safeguarding practice review", "Summary",
                "Death of a 7-week-old baby boy", "Learning includes", "health visitors did not ask",
                "the father's anger was not known", "Recommendations include", "ask every parent",
                "Read the full report (PDF)", "Review 2", "Child RG: Local child safeguarding practice review",
                "Neglect of a 9-year-old girl", "nobody visited the home", "record every missed appointment"));
        assertThat(text).doesNotContain("\u2714").doesNotContainPattern("(?m)^\\s*4\\s*$").doesNotContain("block1_");
    }

    @Test
    void aFilledFormReadsAsADigestOfItsReviews() throws Exception {
        ParsedDigest digest = new DigestParser().parse(text(Saved.FILLED));

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child QF: Child safeguarding practice review", "Child RG: Local child safeguarding practice review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).startsWith("Death of a 7-week-old baby boy in 2031");
        assertThat(first.sections()).anySatisfy(s -> assertThat(s.items()).extracting(Item::text).containsExactly(
                "health visitors did not ask who else cared for the baby",
                "the father's anger was not known to the midwife"));
    }

    @Test
    void aFlattenedCopyIsReadInPositionOrder() throws Exception {
        String text = text(Saved.FLATTENED);

        assertInOrder(text, List.of(HEADING, "Review title", "Child QF: Child safeguarding practice review", "Summary",
                "Death of a 7-week-old baby boy", "Learning includes", "health visitors did not ask",
                "Recommendations include", "ask every parent", "Review 2",
                "Child RG: Local child safeguarding practice review", "Summary", "Neglect of a 9-year-old girl"));
    }

    @Test
    void anEmptyFormHasOnlyItsCaptions() throws Exception {
        String text = text(Saved.EMPTY);

        assertInOrder(text, List.of(HEADING, "Review 1", "Review title", "Summary", "Learning includes", "Review 2"));
        assertThat(text).doesNotContain("Child QF").doesNotContain("\u2714");
    }

    static void assertInOrder(String text, List<String> expected) {
        int from = -1;
        for (String line : expected) {
            int at = text.indexOf(line, from + 1);
            assertThat(at).as("'%s' after position %d in:%n%s", line, from, text).isGreaterThan(from);
            from = at;
        }
    }
}
