package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.extract.ExtractedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entry that opens with a labelled background paragraph ("Background: the family moved here in 2028.") and tells
 * what happened in the paragraph after it: the label opened the background section, and every paragraph after it
 * stayed there, so the entry's summary came out empty (session 26, realistic-phrasings-15 kind 1). The paragraph after
 * the background is the entry's summary; the background keeps its own paragraph. Every child, family, place and
 * partnership here is invented.
 */
class BackgroundFirstEntriesTest {

    private static final String BACKGROUND = "the family moved to Harrowfield from another county in 2028 and was not "
            + "registered with a GP. The father worked nights at a distribution centre.";
    private static final String SUMMARY = "Death of a 3-month-old boy in January 2030 who was found unresponsive after "
            + "sleeping on a sofa with his mother. He had been born at 33 weeks.";
    private static final String CONTEXT = "Child TE's mother had been in care herself from the age of 11 and had a "
            + "long history of self-harm.";
    private static final String SUMMARY_TE = "Serious injuries to a 7-week-old girl in May 2030, found to have a "
            + "fractured skull and rib fractures of different ages.";

    @TempDir
    Path dir;

    @Test
    void plainTextListOpenedByBackground() throws Exception {
        ParsedDigest digest = extractAndParse("list.txt", """
                Case reviews published in March 2031

                A list of case reviews published in March 2031. (Invented for testing: no real child, family or place.)

                March 2031 – Harrowfield – Child TB
                Background: %s
                %s
                Key issues: safer sleep advice for families new to an area; GP registration.
                Recommendations: health visitors check GP registration at the first visit.
                Read the overview report

                March 2031 – Anonymous – Child TC
                Neglect of a 6-year-old girl in 2029 who often missed school.
                Background: the mother had been in care herself.
                Key issues: attendance was not followed up.
                Recommendations: check attendance weekly.
                Read the overview report
                """.formatted(BACKGROUND, SUMMARY));

        assertThat(digest.entries()).hasSize(2);
        assertOpenedByBackground(digest.entries().get(0), BACKGROUND, SUMMARY);
        // the usual order, summary then background, is unchanged
        DigestEntry tc = digest.entries().get(1);
        assertThat(tc.summary()).isEqualTo("Neglect of a 6-year-old girl in 2029 who often missed school.");
        assertThat(text(tc, SectionType.BACKGROUND)).isEqualTo("the mother had been in care herself.");
    }

    @Test
    void markdownWithABoldLabelAndBlankLines() throws Exception {
        ParsedDigest digest = extractAndParse("digest.md", """
                # Case reviews published in March 2031

                Invented for testing: no real child, family or place.

                ## Child TB: Child safeguarding practice review

                **Background:** %s

                %s

                **Learning includes:**

                - safer sleep advice for families new to an area
                - GP registration

                [Read the overview report](https://example.org/tb.pdf)
                """.formatted(BACKGROUND, SUMMARY));

        assertThat(digest.entries()).hasSize(1);
        assertOpenedByBackground(digest.entries().get(0), BACKGROUND, SUMMARY);
    }

    @Test
    void htmlWithAContextLabelAloneOverItsParagraph() throws Exception {
        ParsedDigest digest = extractAndParse("digest.html", """
                <html><body><h1>Case reviews published in March 2031</h1>
                <p>Invented for testing: no real child, family or place.</p>
                <h2>Child TE: Serious case review</h2>
                <p><strong>Context</strong></p>
                <p>%s</p>
                <p>%s</p>
                <p><strong>Learning includes:</strong></p>
                <ul><li>fractures of different ages were not linked</li><li>the father was not seen</li></ul>
                <p><a href="https://example.org/te.pdf">Read the overview report</a></p>
                </body></html>
                """.formatted(CONTEXT, SUMMARY_TE));

        assertThat(digest.entries()).hasSize(1);
        assertOpenedByBackground(digest.entries().get(0), CONTEXT, SUMMARY_TE);
    }

    /** Printed by PDFBox with wrapped lines: a tight leading (paragraph blocks) and a loose one (a paragraph per line). */
    @ParameterizedTest(name = "leading {0}")
    @ValueSource(floats = {12f, 18f})
    void pdfPrintedFromTheList(float leading) throws Exception {
        Path pdf = dir.resolve("list.pdf");
        DigestPdfFixture.write("""
                Case reviews published in March 2031
                Invented for testing: no real child, family or place.

                March 2031 – Harrowfield – Child TB
                Background: %s
                %s
                Key issues: safer sleep advice for families new to an area; GP registration.
                Recommendations: health visitors check GP registration at the first visit.
                Read the overview report

                March 2031 – Kelmscote – Child TE
                Context: %s
                %s
                Key issues: fractures of different ages were not linked.
                Recommendations: a skeletal survey for every infant with a fracture.
                Read the overview report
                """.formatted(BACKGROUND, SUMMARY, CONTEXT, SUMMARY_TE), pdf, leading);
        ExtractedText extracted = new DocumentTextExtractor().extract(pdf);
        ParsedDigest digest = new DigestParser().parse(extracted.text(), extracted.pageBreaks());

        assertThat(digest.entries()).hasSize(2);
        assertOpenedByBackground(digest.entries().get(0), BACKGROUND, SUMMARY);
        assertOpenedByBackground(digest.entries().get(1), CONTEXT, SUMMARY_TE);
    }

    @Test
    void aBackgroundParagraphBrokenOverAPageGoesOnInLowerCase() {
        ParsedDigest digest = new DigestParser().parse("""
                Case reviews published in March 2031

                March 2031 – Harrowfield – Child TB
                Background: the family moved to Harrowfield from another county in 2028 and

                was not registered with a GP.
                %s
                Key issues: GP registration.
                """.formatted(SUMMARY));

        DigestEntry tb = digest.entries().get(0);
        assertThat(text(tb, SectionType.BACKGROUND))
                .isEqualTo("the family moved to Harrowfield from another county in 2028 and was not registered with a GP.");
        assertThat(tb.summary()).isEqualTo(SUMMARY);
    }

    @Test
    void aBackgroundListStaysWhole() {
        ParsedDigest digest = new DigestParser().parse("""
                Case reviews published in March 2031

                March 2031 – Harrowfield – Child TB
                Background:
                - the family moved to Harrowfield in 2028
                - the father worked nights
                Key issues: GP registration.
                """);

        DigestEntry tb = digest.entries().get(0);
        assertThat(text(tb, SectionType.BACKGROUND))
                .isEqualTo("- the family moved to Harrowfield in 2028\n- the father worked nights");
        assertThat(tb.summary()).isEmpty();
    }

    @Test
    void aSummaryLabelAfterSeveralBackgroundParagraphsIsTheSummary() {
        ParsedDigest digest = new DigestParser().parse("""
                Case reviews published in March 2031

                March 2031 – Harrowfield – Child TB
                Background: the family moved to Harrowfield from another county in 2028.
                The father worked nights at a distribution centre.
                Summary: %s
                Key issues: GP registration.
                """.formatted(SUMMARY));

        DigestEntry tb = digest.entries().get(0);
        assertThat(tb.summary()).isEqualTo(SUMMARY);
        assertThat(text(tb, SectionType.BACKGROUND)).isEqualTo(
                "the family moved to Harrowfield from another county in 2028.\nThe father worked nights at a distribution centre.");
    }

    private ParsedDigest extractAndParse(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ExtractedText extracted = new DocumentTextExtractor().extract(file);
        return new DigestParser().parse(extracted.text(), extracted.pageBreaks());
    }

    private static void assertOpenedByBackground(DigestEntry entry, String background, String summary) {
        assertThat(entry.summary()).isEqualTo(summary);
        assertThat(text(entry, SectionType.BACKGROUND)).isEqualTo(background);
        // the summary comes first, as in every other entry
        assertThat(entry.sections().get(0).type()).isEqualTo(SectionType.SUMMARY);
    }

    private static String text(DigestEntry entry, SectionType type) {
        List<String> texts = entry.sections().stream().filter(s -> s.type() == type).map(Section::text).toList();
        return String.join("\n\n", texts);
    }
}
