package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 (digests b36, kind 1): a review's Welsh translation printed after it without any language mark is not
 * another review (the English text is the record); a digest written only in Welsh is read with its Welsh labels, link
 * line and no-recommendations sentence. Invented material.
 */
class WelshDigestTest {

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).map(s -> s.items().stream().map(Item::text).toList()).orElse(List.of());
    }

    @Test
    void anUnmarkedWelshTranslationIsNotAnotherEntry() {
        String text = """
                # Learning from reviews – March 2031

                ## Child QY: Child practice review

                Neglect of a 6-year-old boy in 2029 who often missed school and was hungry in class.

                Learning includes:

                - the school nurse was not told about the missed health checks

                ## Plentyn QY: Adolygiad ymarfer plant

                Esgeuluso bachgen 6 oed yn 2029 a oedd yn aml yn colli ysgol ac yn llwglyd yn y dosbarth.

                Mae'r dysgu yn cynnwys:

                - ni ddywedwyd wrth nyrs yr ysgol am y gwiriadau iechyd a gollwyd

                ## Baby QZ: Child practice review

                Serious harm to a 2-month-old girl in 2030 who had a skull fracture.

                Recommendations include:

                - check every bruise on a baby who is not yet crawling
                """;
        ParsedDigest digest = new DigestParser().parse(text);
        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child QY: Child practice review", "Baby QZ: Child practice review");
        assertThat(items(digest.entries().get(0), SectionType.LEARNING))
                .containsExactly("the school nurse was not told about the missed health checks");
    }

    @Test
    void aWelshOnlyDigestIsReadWithWelshLabels() {
        String text = """
                # Dysgu o adolygiadau – Mawrth 2031

                ## Plentyn QV: Adolygiad ymarfer plant

                Esgeuluso merch 3 oed yn 2030 a oedd yn byw gyda'i thad.

                Mae'r dysgu yn cynnwys:

                - ni welwyd y plentyn ar ei phen ei hun
                - nid oedd yr ysgol yn gwybod am y symud tŷ

                Mae'n nodi arfer da gan gynnwys:

                - roedd yr ymwelydd iechyd yn gweithio'n dda gyda'r teulu

                Nid yw'n gwneud unrhyw argymhellion oherwydd bod y bwrdd eisoes wedi newid ei arfer.

                [Darllen yr adroddiad (PDF)](https://example.org/qv.pdf)

                ## Plentyn QU: Adolygiad ymarfer plant estynedig

                Marwolaeth bachgen 15 oed yn 2029 a oedd wedi gadael cartref.

                Mae'r argymhellion yn cynnwys:

                - rhannu gwybodaeth am blant sydd ar goll yn gyflym

                Darllen yr adolygiad ymarfer plant (PDF)
                """;
        List<DigestEntry> entries = new DigestParser().parse(text).entries();
        assertThat(entries).extracting(DigestEntry::title).containsExactly(
                "Plentyn QV: Adolygiad ymarfer plant", "Plentyn QU: Adolygiad ymarfer plant estynedig");
        DigestEntry first = entries.get(0);
        assertThat(items(first, SectionType.LEARNING)).containsExactly(
                "ni welwyd y plentyn ar ei phen ei hun", "nid oedd yr ysgol yn gwybod am y symud tŷ");
        assertThat(items(first, SectionType.GOOD_PRACTICE))
                .containsExactly("roedd yr ymwelydd iechyd yn gweithio'n dda gyda'r teulu");
        assertThat(first.noRecommendations()).isTrue();
        assertThat(first.linkTarget()).isEqualTo("https://example.org/qv.pdf");
        assertThat(items(entries.get(1), SectionType.RECOMMENDATIONS))
                .containsExactly("rhannu gwybodaeth am blant sydd ar goll yn gyflym");
        assertThat(entries.get(1).linkText()).isEqualTo("Darllen yr adolygiad ymarfer plant (PDF)");
    }
}
