package org.casereview.etl.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.casereview.etl.document.CodeEvidence;
import org.junit.jupiter.api.Test;

/** The content cache's themes cell gives back every theme as it was, whatever characters the evidence holds. */
class ItemThemesCellTest {

    @Test
    void noThemeIsAnEmptyCell() {
        assertThat(ItemThemesCell.encode(List.of())).isEmpty();
        assertThat(ItemThemesCell.decode("")).isEmpty();
    }

    @Test
    void everyValueComesBackIncludingNoneAndSeparatorsInTheEvidence() {
        List<CodeEvidence> themes = List.of(
                new CodeEvidence("themes", "information_sharing", "did not share", null),
                new CodeEvidence("themes", "multi_agency_working", "12: agencies -:- \"met\"\nlater", "subject_child"),
                new CodeEvidence("themes", "child_lived_experience", "", null),
                new CodeEvidence("themes", "risk_assessment", null, null),
                new CodeEvidence("themes", "x", "the child\u2019s voice \uD83D\uDE00 and 3:4", "parent_carer"));
        String cell = ItemThemesCell.encode(themes);
        assertThat(cell).startsWith("6:themes19:information_sharing13:did not share-:");
        assertThat(ItemThemesCell.decode(cell)).isEqualTo(themes);
    }

    @Test
    void aCellCutShortIsRefusedNotMisread() {
        String cell = ItemThemesCell.encode(List.of(new CodeEvidence("themes", "information_sharing", "shared", null)));
        assertThatThrownBy(() -> ItemThemesCell.decode(cell.substring(0, cell.length() - 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
