package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What opens a section and what gives items in templates beyond the common one: headings of other
 * templates (Welsh, Scottish, plain language), call-out box titles, and two-page reports.
 */
class SectionHeadingRulesTest {

    private static final Vocabulary VOCABULARY = Vocabulary.defaults();

    private static TextLine line(int page, String text, float y, float size, boolean bold) {
        return new TextLine(page, text, List.of(new TextFragment(text, 72, 72 + text.length() * size * 0.5f, y, size, bold)));
    }

    @Nested
    class HeadingsOfOtherTemplates {

        private final SectionTyper typer = new SectionTyper(VOCABULARY);

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "What worked well | good_practice",
                "6 Areas of strength | good_practice",
                "How the review was carried out | methodology",
                "How this review was undertaken | methodology",
                "Freddie and his family | background",
                "Improving Systems and Practice | recommendations",
                "Improvement actions | recommendations",
                "03 Baby N's story | background",
                "What did the review find? | findings",
                "Why was this review carried out? | introduction",
                "3. The young people | background",
                // the longer synonym at the same start still wins over the new single words
                "Family views | methodology",
                "The review | introduction",
                // thematic reviews: the children's stories and the questions the review set itself
                "Case studies | background",
                "3. Case study: Child A | background",
                "Key lines of enquiry | methodology",
                // rapid review and question-style headings
                "What have we learned? | learning",
                "What should happen next? | recommendations",
                "Actions | recommendations",
                "Agencies involved | background",
                "Summary of the incident | summary",
                // a question about the child names the child: the opening words carry the type
                "What was happening for Jade? | background",
                "What was happening for Baby L? | background",
                // first-person briefing questions and the episodes family (held-out phrasings)
                "What should I do now? | recommendations",
                "What do I need to do? | recommendations",
                "What I must do | recommendations",
                "Significant episodes | findings",
                "4. Critical practice episodes | findings",
                "Key episode one | findings"})
        void welshScottishAndPlainLanguageHeadingsAreTyped(String heading, String code) {
            assertThat(typer.type(heading).code()).isEqualTo(code);
        }
    }

    @Nested
    class CallOutBoxTitles {

        private final ItemLabels labels = new ItemLabels(VOCABULARY);

        @Test
        void aLineThatIsOnlyALabelNamesTheItemTypeOfTheNextParagraph() {
            assertThat(labels.bareLabel("Learning")).contains(SectionType.LEARNING);
            assertThat(labels.bareLabel("Good practice:")).contains(SectionType.GOOD_PRACTICE);
            assertThat(labels.bareLabel("Recommendation")).contains(SectionType.RECOMMENDATIONS);
        }

        @Test
        void aHeadingWithMoreWordsOrAPluralIsNoBoxTitle() {
            assertThat(labels.bareLabel("Recommendations")).isEmpty();
            assertThat(labels.bareLabel("Learning from the review")).isEmpty();
            assertThat(labels.bareLabel("Learning point 2")).isEmpty();
        }

        @Test
        void theProseParagraphUnderABoxTitleInFindingsIsOneLearningItem() {
            Block intro = new Block(List.of(line(3, "The review found that the bruise was not discussed with anyone.", 100, 11, false)), false, false);
            Block title = new Block(List.of(line(3, "Learning", 130, 11, true)), true, false);
            Block box = new Block(List.of(line(3, "A bruise on a young child should be discussed with a safeguarding lead.", 150, 11, false)), false, false);
            Block after = new Block(List.of(line(3, "The next episode concerned missed appointments.", 180, 11, false)), false, false);

            List<ItemSplitter.Found> found = new ItemSplitter(new SectionTyper(VOCABULARY), labels)
                    .split(SectionType.FINDINGS, "What we found", List.of(intro, title, box, after));

            assertThat(found).containsExactly(new ItemSplitter.Found(SectionType.LEARNING,
                    "A bruise on a young child should be discussed with a safeguarding lead.", 3));
        }

        @Test
        void aSummaryRestatesItsBoxesAndGivesNoItems() {
            Block title = new Block(List.of(line(2, "Learning", 130, 11, true)), true, false);
            Block box = new Block(List.of(line(2, "A bruise on a young child should be discussed with a safeguarding lead.", 150, 11, false)), false, false);

            assertThat(new ItemSplitter(new SectionTyper(VOCABULARY), labels)
                    .split(SectionType.SUMMARY, "Summary", List.of(title, box))).isEmpty();
        }
    }

    @Nested
    class TwoPageReports {

        @TempDir
        Path dir;

        @Test
        void theCoverOfATwoPageReportGivesNoSections() throws Exception {
            Path pdf = new PdfFixtureBuilder()
                    .cover("Ashford Vale Local Safeguarding Children Board", 10, "Serious Case Review", 28,
                            "Overview report: Baby D", 20, "Published: 14 June 2016", 11)
                    .newPage()
                    .heading1("Part A: Introduction")
                    .paragraph("Baby D was three months old when she was admitted to hospital with a head injury.")
                    .heading1("Part B: Recommendations")
                    .numbered("The police should share information about domestic abuse with midwifery.")
                    .save(dir.resolve("two-pages.pdf"));

            ReportDocument document = ReportExtractor.withDefaultSynonyms().extract(pdf);

            assertThat(document.sections()).extracting(s -> s.heading())
                    .containsExactly("Part A: Introduction", "Part B: Recommendations");
            assertThat(document.sections().get(0).pageStart()).isEqualTo(2);
        }
    }
}
