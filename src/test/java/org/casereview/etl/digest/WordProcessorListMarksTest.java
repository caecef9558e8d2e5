package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 (session 30's probe digests): list points a word processor or a web page prints without list markup: opened
 * by an en dash (Word's autoformatted '- '), by a letter or a roman numeral before a full stop ('a. ', 'ii. '); and the
 * report's link given as the document's name, a colon and its bare address ('Full review: https://...'), which is no
 * point of the list before it. Every child here is invented.
 */
class WordProcessorListMarksTest {

    @Test
    void enDashLettersAndRomanNumeralsBeforeAFullStopMarkPoints() {
        ParsedDigest digest = new DigestParser().parse("""
                Case review round-up: June 2031

                Child PLM: Child safeguarding practice review

                Neglect of a 6-year-old girl in 2030 who missed school for a term. Every child here is invented.

                Learning includes:
                \u2013 her absences were not followed up
                \u2013 the family's move was not shared with the new school

                Recommendations include:
                \u2013 follow up every absence of a child on a plan

                Child QNM: Learning review

                Physical abuse of a 9-year-old boy in 2029 by his stepfather.

                Learning includes:
                a. bruises were recorded but never added together
                b. the stepfather was not included in the assessment

                Recommendations include:
                i. keep a chronology of injuries for every child on a plan
                ii. include every adult in the household in assessments

                Full review: https://learning.nspcc.org.uk/media/test/qnm.pdf
                """);

        List<DigestEntry> entries = digest.entries();
        assertThat(entries).extracting(DigestEntry::title).containsExactly(
                "Child PLM: Child safeguarding practice review", "Child QNM: Learning review");
        assertThat(items(entries.get(0), SectionType.LEARNING)).containsExactly("her absences were not followed up",
                "the family's move was not shared with the new school");
        assertThat(items(entries.get(0), SectionType.RECOMMENDATIONS)).containsExactly(
                "follow up every absence of a child on a plan");
        assertThat(items(entries.get(1), SectionType.LEARNING)).containsExactly(
                "bruises were recorded but never added together", "the stepfather was not included in the assessment");
        assertThat(items(entries.get(1), SectionType.RECOMMENDATIONS)).containsExactly(
                "keep a chronology of injuries for every child on a plan",
                "include every adult in the household in assessments");
        assertThat(entries.get(1).linkTarget()).isEqualTo("https://learning.nspcc.org.uk/media/test/qnm.pdf");
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).map(Section::items).orElse(List.of()).stream().map(Item::text).toList();
    }
}
