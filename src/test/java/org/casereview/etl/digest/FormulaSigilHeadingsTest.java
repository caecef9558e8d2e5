package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An entry heading that starts with a character spreadsheets read as a formula ("=", "+", "-",
 * "@") is still an entry heading: the entries are those of the same digest without it, and the
 * title keeps the character as published (the CSV neutralises it, the tables keep it).
 */
class FormulaSigilHeadingsTest {

    private final DigestParser parser = new DigestParser();

    private static final String DATED = """
            Case reviews published in 2016

            A list, in date order, of the case reviews published during 2016.

            2016 - Northfold - Child BT
            Multiple fractures to an 18-month-old girl in 2015, caused by her mother's partner.
            Key issues: the new partner's history was not checked; the nursery did not report bruising.
            Recommendations: ensure that nurseries know how to report bruising.

            2016 - Lyndhurst Vale - Child BU
            Suicide of a 14-year-old boy in 2015. Child BU was subject to a child in need plan.
            Key issues: bullying was not seen as a safeguarding concern; self-harm was not shared.
            Recommendations: review anti-bullying policies; train staff to recognise suicide risk.

            2016 - Sandmoor - Baby BW
            Death of a 3-month-old boy in 2015 while co-sleeping with his father.
            Key issues: safer sleep advice was not repeated after the move.
            Recommendations: give safer sleep advice at every home visit.
            """;

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@", "=+"})
    void numberedHeadingsWithASigilAreStillEntries(String sigil) throws IOException {
        String text = Files.readString(Path.of("input/seed-2021-11.txt"));
        assertSameEntries(text, text.replaceAll("(?m)^(\\d\\. )", sigil + "$1"), sigil);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@"})
    void aSigilAfterTheNumberIsKeptInTheTitleToo(String sigil) throws IOException {
        String text = Files.readString(Path.of("input/seed-2021-11.txt"));
        assertSameEntries(text, text.replaceAll("(?m)^(\\d\\. )", "$1" + sigil), sigil);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@"})
    void markdownNumberedBoldHeadingsWithASigilAreStillEntries(String sigil) throws IOException {
        String text = Files.readString(Path.of("input/invented-2026-10.md"));
        assertSameEntries(text, text.replaceAll("(?m)^(\\d\\. \\*\\*)", sigil + "$1"), sigil);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@"})
    void datedHeadingsWithASigilKeepTheirAreaAndYear(String sigil) {
        ParsedDigest parsed = parser.parse(DATED.replace("2016 - Lyndhurst", sigil + "2016 - Lyndhurst"));
        assertThat(parsed.entries()).hasSize(3);
        DigestEntry bu = parsed.entries().get(1);
        assertThat(bu.title()).isEqualTo(sigil + "2016 - Lyndhurst Vale - Child BU");
        assertThat(bu.childName()).isEqualTo("Child BU");
        assertThat(bu.area()).isEqualTo("Lyndhurst Vale");
        assertThat(bu.headingYear()).isEqualTo(2016);
        assertThat(bu.sections()).extracting(s -> s.type().code()).contains("recommendations");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://example.invalid\") ", "@SUM(1+1) "})
    void aWholeFormulaBeforeTheTitleDoesNotMergeTheEntryIntoTheOneBefore(String formula) throws IOException {
        String text = Files.readString(Path.of("input/seed-2021-11.txt"));
        ParsedDigest parsed = parser.parse(text.replace("\n4. **Child P1", "\n" + formula + "4. **Child P1"));
        assertThat(parsed.entries()).hasSize(9);
        assertThat(parsed.entries().get(3).childName()).isEqualTo("Child P1");
        assertThat(parsed.entries().get(2).summary()).doesNotContain("P1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"- ", "+ "})
    void aBulletWithItsSpaceIsStillAListPoint(String bullet) {
        String text = DATED.replace("Key issues: the new partner's history was not checked; the nursery did not report bruising.",
                "Key issues:\n" + bullet + "the new partner's history was not checked\n" + bullet + "the nursery did not report bruising");
        ParsedDigest parsed = parser.parse(text);
        assertThat(parsed.entries()).hasSize(3);
        assertThat(parsed.entries().get(0).title()).isEqualTo("2016 - Northfold - Child BT");
    }

    private void assertSameEntries(String plain, String withSigils, String sigil) {
        assertThat(withSigils).isNotEqualTo(plain);
        List<DigestEntry> expected = parser.parse(plain).entries();
        List<DigestEntry> actual = parser.parse(withSigils).entries();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            DigestEntry e = expected.get(i);
            DigestEntry a = actual.get(i);
            assertThat(a.title()).isEqualTo(sigil + e.title());
            assertThat(a.childName()).isEqualTo(e.childName());
            assertThat(a.summary()).isEqualTo(e.summary());
            assertThat(a.sections()).isEqualTo(e.sections());
            assertThat(a.linkTarget()).isEqualTo(e.linkTarget());
        }
    }
}
