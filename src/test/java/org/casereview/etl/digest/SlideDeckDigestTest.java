package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.pdf.SlideDeckPdf;
import org.casereview.etl.pdf.SlideDeckPdf.Slide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A digest given as slides (beamer): each review over two frames, its title with the summary, then the title again
 * with '(continued)' over the labelled lists; a footline and navigation symbols on every frame.
 */
public class SlideDeckDigestTest {

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @TempDir
    Path dir;

    /** The deck: a title frame, an about frame, two reviews over two frames each. */
    public static List<Slide> deck(String bullet, boolean wrapSecondContinuedTitle) {
        List<Slide> slides = new ArrayList<>();
        slides.add(new Slide(List.of(), List.of("Case reviews briefing: March 2026", "", "Partnership learning team")));
        slides.add(new Slide(List.of("About this briefing"),
                List.of("Two case reviews published in March 2026. Every child, family and place in", "this briefing is invented.")));
        slides.add(new Slide(List.of("Child XA: Child safeguarding practice review"),
                List.of("Neglect of a 6-year-old boy in 2024 who was often late to school and hungry.",
                        "His mother, aged 29, misused alcohol. Child XA is White British.")));
        slides.add(new Slide(List.of("Child XA: Child safeguarding practice review (continued)"),
                List.of("Learning includes:", bullet + " the school's concerns were not shared with health visitors",
                        bullet + " no one asked the boy how things were at home",
                        bullet + " the mother's drinking was known to her GP only", "",
                        "Recommendations include:", bullet + " share attendance concerns at every review meeting")));
        slides.add(new Slide(List.of("Children XB and XC: Serious case review"),
                List.of("Physical abuse of twin babies aged 8 weeks in 2022. Both had fractures of",
                        "different ages. Their father, aged 24, was on probation.")));
        slides.add(new Slide(wrapSecondContinuedTitle
                ? List.of("Children XB and XC: Serious case review", "(continued)")
                : List.of("Children XB and XC: Serious case review (continued)"),
                List.of("Learning includes:", bullet + " the father's record was not checked",
                        bullet + " bruising on one twin was not referred", "",
                        "Recommendations include:", bullet + " check who lives in the home at the first visit",
                        bullet + " refer every bruise on a baby who is not yet mobile")));
        return slides;
    }

    private static ParsedDigest read(Path pdf) throws Exception {
        return new DigestParser().parse(new DocumentTextExtractor().extract(pdf).text());
    }

    @Test
    void aTitleRepeatedWithContinuedOnTheNextSlideGoesOnTheSameEntry() throws Exception {
        Path pdf = SlideDeckPdf.write(dir.resolve("deck.pdf"), "Partnership learning team", "Case reviews briefing",
                deck("\u2022", false));
        ParsedDigest digest = read(pdf);
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child XA: Child safeguarding practice review", "Children XB and XC: Serious case review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).startsWith("Neglect of a 6-year-old boy").endsWith("Child XA is White British.");
        assertThat(items(first, SectionType.LEARNING)).containsExactly(
                "the school's concerns were not shared with health visitors",
                "no one asked the boy how things were at home", "the mother's drinking was known to her GP only");
        assertThat(items(first, SectionType.RECOMMENDATIONS)).containsExactly(
                "share attendance concerns at every review meeting");
        assertThat(items(digest.entries().get(1), SectionType.RECOMMENDATIONS)).containsExactly(
                "check who lives in the home at the first visit", "refer every bruise on a baby who is not yet mobile");
    }

    @Test
    void aWrappedSlideTitleWithContinuedAloneOnItsNextLineGoesOnTheSameEntry() throws Exception {
        Path pdf = SlideDeckPdf.write(dir.resolve("deck.pdf"), "Partnership learning team", "Case reviews briefing",
                deck("\u2022", true));
        ParsedDigest digest = read(pdf);
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child XA: Child safeguarding practice review", "Children XB and XC: Serious case review");
        DigestEntry second = digest.entries().get(1);
        assertThat(second.summary()).startsWith("Physical abuse of twin babies").endsWith("was on probation.");
        assertThat(items(second, SectionType.LEARNING)).containsExactly(
                "the father's record was not checked", "bruising on one twin was not referred");
    }

    @Test
    void theFootlineAndNavigationSymbolsStayOutOfTheEntries() throws Exception {
        Path pdf = SlideDeckPdf.write(dir.resolve("deck.pdf"), "Partnership learning team", "Case reviews briefing",
                deck("\u2022", false));
        for (DigestEntry entry : read(pdf).entries()) {
            for (Section section : entry.sections()) {
                assertThat(section.text()).doesNotContain("Partnership learning team").doesNotContain(" / 6");
                assertThat(section.items()).extracting(Item::text)
                        .noneMatch(t -> t.contains("Case reviews briefing") || t.matches(".*\\d / 6.*"));
            }
        }
    }

    @Test
    void triangleMarksStartListItems() throws Exception {
        assumeTrue(Files.exists(DEJAVU), "DejaVu fonts not installed");
        // beamer's default item mark is a right-pointing triangle, U+25B6 in the text layer
        Path pdf = SlideDeckPdf.write(dir.resolve("deck.pdf"), "Partnership learning team", "Case reviews briefing",
                deck("\u25b6", false), DEJAVU);
        ParsedDigest digest = read(pdf);
        assertThat(items(digest.entries().get(0), SectionType.LEARNING)).containsExactly(
                "the school's concerns were not shared with health visitors",
                "no one asked the boy how things were at home", "the mother's drinking was known to her GP only");
        assertThat(items(digest.entries().get(1), SectionType.RECOMMENDATIONS)).containsExactly(
                "check who lives in the home at the first visit", "refer every bruise on a baby who is not yet mobile");
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).map(s -> s.items().stream().map(Item::text).map(t -> t.replace('\u2019', '\'')).toList())
                .orElse(List.of());
    }
}
