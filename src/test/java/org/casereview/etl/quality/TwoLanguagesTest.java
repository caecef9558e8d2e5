package org.casereview.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.casereview.etl.document.Item;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/** A bilingual report read in both languages (an invented review): what was read twice makes it doubtful. */
class TwoLanguagesTest {

    private static final List<String> WELSH = List.of(
            "Pan fydd plentyn yn symud ardal, dylai'r ymwelydd iechyd siarad â'r tim newydd.",
            "Nid yw plentyn nad yw wedi'i gofrestru gyda meddyg teulu yn weladwy.");
    private static final List<String> ENGLISH = List.of(
            "When a child moves area, the health visitor should speak with the new team.",
            "A child who is not registered with a GP is invisible to health services.");

    private static Section section(int ordinal, String heading, String text) {
        return new Section(SectionType.OTHER, ordinal, heading, text, 1, 1, List.<Item>of());
    }

    private static List<ItemRow> items(List<String> texts) {
        List<ItemRow> rows = new ArrayList<>();
        texts.forEach(t -> rows.add(new ItemRow(SectionType.LEARNING, rows.size() + 1, t, 1, List.of())));
        return rows;
    }

    @Test
    void welshItemsBesideEnglishOnesAreATranslationReadAsWell() {
        List<ItemRow> both = new ArrayList<>(items(WELSH));
        both.addAll(items(ENGLISH));
        var report = new ReportEvidence(3, List.of(section(1, "Practice learning", "The review found:")), both);

        assertThat(TwoLanguages.readTwice(report))
                .hasValue("2 items in Welsh beside 2 in English: a translation read as well");
        assertThat(ReportChecks.judge(report, null).doubtful()).isTrue();
    }

    @Test
    void emptySectionsUnderWelshHeadingsBesideEnglishOnesAreHeadingsReadTwice() {
        var report = new ReportEvidence(3, List.of(
                section(1, "Amlinelliad byr o'r amgylchiadau a arweiniodd at yr adolygiad", ""),
                section(2, "Brief outline of the circumstances of the review", "Child Y was four."),
                section(3, "Datganiad gan yr adolygydd", ""),
                section(4, "Statement by the reviewer", "I am satisfied with the review.")), items(ENGLISH));

        assertThat(TwoLanguages.readTwice(report)).hasValueSatisfying(note -> assertThat(note)
                .startsWith("2 empty sections under Welsh headings"));
    }

    @Test
    void anEnglishReportReadOnceIsNotFlagged() {
        var report = new ReportEvidence(3, List.of(section(1, "Brief outline of the circumstances", "Child Y."),
                section(2, "Statement by the reviewer", "I am satisfied.")), items(ENGLISH));

        assertThat(TwoLanguages.readTwice(report)).isEmpty();
    }
}
