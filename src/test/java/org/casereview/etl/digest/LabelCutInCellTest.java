package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * A form's label set in a narrow label cell wraps ('Recommendations' over 'include:'), and the text layer gives its
 * two lines apart (invented review, as a LuaLaTeX tabularx form's text reads).
 */
class LabelCutInCellTest {

    private static final String FORM = """
            Child SA: Child safeguarding practice review

            Summary
            Neglect of a girl, aged 7, in 2024. Child SA is White British.

            Learning includes:
            - the school did not share its worries
            - the GP did not ask about home

            Recommendations
            include:

            - share worries with the GP the same week
            - ask every parent who lives at home
            [Read practice review (PDF)](https://example.org/sa.pdf)
            """;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    @Test
    void aLabelWrappedInItsCellIsOneLabelOverTheList() {
        ParsedDigest digest = new DigestParser().parse(FORM);

        DigestEntry entry = digest.entries().get(0);
        assertThat(items(entry, SectionType.LEARNING)).containsExactly("the school did not share its worries",
                "the GP did not ask about home");
        assertThat(items(entry, SectionType.RECOMMENDATIONS)).containsExactly("share worries with the GP the same week",
                "ask every parent who lives at home");
    }

    @Test
    void aLabelAloneOverAnItemThatStartsInLowerCaseStaysALabel() {
        ParsedDigest digest = new DigestParser().parse(FORM.replace("Recommendations\ninclude:\n\n", "Recommendations\n"));

        assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS))
                .containsExactly("share worries with the GP the same week", "ask every parent who lives at home");
    }
}
