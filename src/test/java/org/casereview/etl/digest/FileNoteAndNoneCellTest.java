package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * Digests b46, kinds 2 and 3. A report link followed by its file's note, as a saved web page prints it ('Read practice
 * review (PDF)' and then '(PDF, 412 KB)'), is the entry's report link, not an item of the list before it. A section
 * that only says there is nothing ('None identified.', 'N/A', 'No good practice was identified.'), as a form keeps
 * every row, has no items, in whatever format its label came. Every child and place here is invented.
 */
class FileNoteAndNoneCellTest {

    /** Chrome's 'Save page as > Webpage, Complete' of a partnership page (b46) as the job reads it; one review. */
    private static final String SAVED_PAGE = """
            # Case reviews published in July 2025

            Three case reviews were published in July 2025. All of the children, families, people and places on this page are invented for testing.

            ## Child QCQ: Child safeguarding practice review

            Serious harm to a 5-year-old girl in 2024 who was subjected to female genital mutilation during a family holiday abroad.

            Learning includes

            - the risk of FGM was not discussed before the family travelled
            - the GP did not know the mother had herself undergone FGM

            Good practice

            - the teacher who made the FGM mandatory report the same day

            [Read practice review (PDF)](https://www.westmerescp.example/media/20250702/case-review.pdf) (PDF, 412 KB)

            ## Child RDQ: Serious case review

            Neglect of a 10-year-old boy with cerebral palsy between 2021 and 2024.

            Learning includes

            - missed appointments were closed without asking why the child was not brought

            [Read overview report](https://www.westmerescp.example/media/20250703/case-review.pdf) [PDF, 1.2MB]
            """;

    /** A Word form template (b46) as the job reads the DOCX: one table per review, labels in the first column. */
    private static final String FORM = """
            # Case review summaries: May 2025

            Three case reviews were published in May 2025. Every child, family, person and place in this document is invented for testing.

            **Review**

            **Child GSQ: Child safeguarding practice review**

            **Summary**

            Death of a 13-year-old girl in 2024 after she took ecstasy at a party. She had been in foster care since 2022 and had met older men through social media. Child GSQ is White British.

            **Learning**

            - the foster carers were not told about Child GSQ’s online contacts
            - missing episodes of a few hours were not reported

            **Recommendations**

            - share information about online risks with foster carers at every placement
            - report every missing episode of a looked after child, however short

            **Good practice**

            None identified.

            **Published as**

            [Practice review (PDF)](https://learning.nspcc.org.uk/media/20250501/case-review.pdf)

            **Review**

            **Child HTQ: Child safeguarding practice review**

            **Summary**

            Serious harm to a 9-month-old boy in 2025 who had bruising to his face and a fractured skull. His mother’s partner, aged 28, had been released from prison earlier that year. Child HTQ is of Irish Traveller heritage.

            **Learning**

            - the partner’s release from prison was not known to the health visitor
            - bruising on a baby was explained by his mother as a fall from the sofa and accepted

            **Recommendations**

            - tell health visitors when an adult with a history of violence joins a household with a baby
            - follow the bruising protocol for every baby who is not yet walking

            **Good practice**

            None identified.

            **Published as**

            [Practice review (PDF)](https://learning.nspcc.org.uk/media/20250502/case-review.pdf)

            **Review**

            **Child JVQ: Serious case review (executive summary)**

            **Summary**

            Sexual abuse of a 12-year-old boy by a football coach between 2015 and 2017. The coach, then aged 52, had been dismissed by another club in 2013. Child JVQ is White British.

            **Learning**

            - the reason for the coach’s dismissal was not passed to the new club
            - Child JVQ’s changes in behaviour were put down to moving to secondary school

            **Recommendations**

            - make safer recruitment checks a condition of funding for all youth sports clubs

            **Good practice**

            - the club welfare officer who reported the coach to the police the day Child JVQ told her

            **Published as**

            [Executive summary (PDF)](https://learning.nspcc.org.uk/media/20250503/case-review.pdf)

            Summaries written for testing: every child, family, person and place in this digest is invented.
            """;

    @Test
    void aLinkWithAFileNoteAfterItIsTheReportLinkAndNoItem() {
        ParsedDigest digest = new DigestParser().parse(SAVED_PAGE);

        DigestEntry first = digest.entries().get(0);
        assertThat(first.linkTarget()).isEqualTo("https://www.westmerescp.example/media/20250702/case-review.pdf");
        assertThat(first.linkText()).isEqualTo("Read practice review (PDF)");
        assertThat(items(first, SectionType.GOOD_PRACTICE)).extracting(Item::text)
                .containsExactly("the teacher who made the FGM mandatory report the same day");
        assertThat(digest.entries().get(1).linkText()).isEqualTo("Read overview report");
        assertThat(items(digest.entries().get(1), SectionType.LEARNING)).hasSize(1);
    }

    @Test
    void aFormCellSayingNoneIdentifiedHasNoItems() {
        ParsedDigest digest = new DigestParser().parse(FORM);

        assertThat(digest.entries()).hasSize(3);
        assertThat(digest.entries().subList(0, 2)).allSatisfy(entry -> {
            assertThat(items(entry, SectionType.GOOD_PRACTICE)).isEmpty();
            assertThat(items(entry, SectionType.LEARNING)).hasSize(2);
            assertThat(items(entry, SectionType.RECOMMENDATIONS)).hasSize(2);
        });
        assertThat(items(digest.entries().get(2), SectionType.GOOD_PRACTICE)).extracting(Item::text).containsExactly(
                "the club welfare officer who reported the coach to the police the day Child JVQ told her");
        assertThat(digest.entries().get(0).linkTarget()).isEqualTo("https://learning.nspcc.org.uk/media/20250501/case-review.pdf");
    }

    @Test
    void anInlineLabelOrAListItemSayingThereIsNothingHasNoItems() {
        String text = """
                Child KZ: Serious case review

                Neglect of a 3-year-old boy in 2030.

                Learning: N/A

                Good practice:
                - No good practice was identified.

                Child LZ: Serious case review

                Death of a baby in 2031.

                Good practice: Not applicable.
                """;
        ParsedDigest digest = new DigestParser().parse(text);

        assertThat(items(digest.entries().get(0), SectionType.LEARNING)).isEmpty();
        assertThat(items(digest.entries().get(0), SectionType.GOOD_PRACTICE)).isEmpty();
        assertThat(items(digest.entries().get(1), SectionType.GOOD_PRACTICE)).isEmpty();
    }

    private static java.util.List<Item> items(DigestEntry entry, SectionType type) {
        return entry.section(type).map(Section::items).orElse(java.util.List.of());
    }
}
