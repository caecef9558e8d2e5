package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9.6 (pending-batch24 kinds 1 and 2): a bold word label set before a tab ('Rec 1', the text at a hanging
 * indent) gives one item per label, not one item holding the later labels; numbered 'Theme N:' sub-headings set
 * smaller than the chapters group a findings chapter's text and open no sections; entries lettered under the theme's
 * number ('1(a)', '1(b)') are list entries, and asking for something under a finding they are its recommendations.
 */
class LabelColumnsAndThemeGroupsTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    /** The tab stop after the label: 1.8 cm. */
    private static final float TAB = 51;

    @TempDir
    Path dir;

    @Test
    void wordLabelsBeforeATabGiveOneItemEach() throws Exception {
        Path pdf = new PdfFixtureBuilder()
                .heading1("Introduction")
                .paragraph("Child P was fourteen when she was found in a flat in another county after a month missing.")
                .heading1("Recommendations")
                .labelBeforeTab("Rec 1", "The partnership should revise its missing children protocol so that a third "
                        + "episode in a month leads to a strategy discussion.", TAB)
                .labelBeforeTab("Rec 2", "Children's social care should offer the parents of a missing child a named "
                        + "worker and a written plan of the support available.", TAB)
                .labelBeforeTab("Rec 3", "The police should report to the partnership every quarter on the disruption "
                        + "orders sought for adults who harbour children.", TAB)
                .save(dir.resolve("rec-tab.pdf"));

        ExtractedReport report = EXTRACTOR.extractWithItems(pdf);

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.RECOMMENDATIONS, "The partnership should revise its missing children protocol so "
                        + "that a third episode in a month leads to a strategy discussion."),
                tuple(SectionType.RECOMMENDATIONS, "Children's social care should offer the parents of a missing "
                        + "child a named worker and a written plan of the support available."),
                tuple(SectionType.RECOMMENDATIONS, "The police should report to the partnership every quarter on the "
                        + "disruption orders sought for adults who harbour children."));
    }

    @Test
    void numberedThemeSubHeadingsOpenNoSections() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(themesPdf(dir.resolve("themes.pdf")));

        assertThat(report.document().sections()).extracting(Section::heading)
                .containsExactly("Introduction", "Findings and recommendations", "Key learning");
        assertThat(report.document().sections().get(1).text()).contains("Theme 2: Missed health appointments");
    }

    @Test
    void entriesLetteredUnderAThemeNumberAreItsRecommendationsWithoutTheirLetters() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(themesPdf(dir.resolve("lettered.pdf")));

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.RECOMMENDATIONS, "The local authority should visit every child whose parents "
                        + "choose to educate them at home within four weeks."),
                tuple(SectionType.RECOMMENDATIONS, "The local authority should tell the child's doctor when a child "
                        + "is withdrawn from school to be educated at home."),
                tuple(SectionType.RECOMMENDATIONS, "The health board should make sure that a child missing two "
                        + "appointments in a row is discussed with the safeguarding lead."),
                tuple(SectionType.LEARNING, "A child who is neither in school nor brought to appointments can "
                        + "disappear from the sight of every agency."));
    }

    private static Path themesPdf(Path file) throws Exception {
        return new PdfFixtureBuilder()
                .heading1("Introduction")
                .paragraph("Child R was twelve when she was admitted to hospital after months of a restricted diet.")
                .heading1("Findings and recommendations")
                .paragraph("The reviewer identified two themes, each a finding followed by its recommendations.")
                .heading("Theme 1: Children educated at home", 13, false, false)
                .paragraph("Once Child R was withdrawn from school no professional with a duty to check on her "
                        + "welfare saw her again.")
                .labelBeforeTab("1(a)", "The local authority should visit every child whose parents choose to "
                        + "educate them at home within four weeks.", 30)
                .labelBeforeTab("1(b)", "The local authority should tell the child's doctor when a child is "
                        + "withdrawn from school to be educated at home.", 30)
                .heading("Theme 2: Missed health appointments", 13, false, false)
                .paragraph("Two missed appointments were recorded as the family's choice, not as a child not brought.")
                .labelBeforeTab("2(a)", "The health board should make sure that a child missing two appointments in "
                        + "a row is discussed with the safeguarding lead.", 30)
                .heading1("Key learning")
                .bullets("A child who is neither in school nor brought to appointments can disappear from the sight "
                        + "of every agency.")
                .save(file);
    }
}
