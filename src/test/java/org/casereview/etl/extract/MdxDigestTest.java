package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A markdown digest written as MDX (b40's kind 2): list labels only in component attributes, explicit heading ids,
 * ':::' admonitions and a link component. Invented reviews: their children and places do not exist.
 */
class MdxDigestTest {

    private static final String PAGE = """
            ---
            title: Learning from reviews, autumn 2033
            ---

            import { Tabs, Tab } from 'nextra/components'
            import ExternalLink from '../components/ExternalLink';

            ::: warning Made-up page
            Nothing on this page is real: the reviews are written for a test.
            :::

            Three reviews came out this autumn.

            ### Child RX: Local child safeguarding practice review {#child-rx}

            Neglect of a 5-year-old boy in 2032 whose father drank heavily. Child RX is White Scottish.

            <Tabs storageKey="lists">
            <Tab
              id="rx-learning"
              title="Key learning">

            * nobody asked the boy about life at home
            * the father's drinking was only seen as his own problem

            </Tab>
            <Tab id="rx-recommendations" title="Recommendations">

            * ask children about their parents' drinking at every review

            </Tab>
            </Tabs>

            :::caution[Good practice]
            * a dinner lady who noticed the boy was hungry on Mondays
            :::

            <ExternalLink to="https://example.org/reviews/rx.pdf">Read the RX review</ExternalLink>

            ### Child RY: Local child safeguarding practice review {#child-ry .review}

            Physical abuse of a 9-month-old girl in 2032 by her mother's partner. Child RY is of Ghanaian heritage.

            <Tabs storageKey="lists">
            <Tab id="ry-learning" title="Key learning">

            * the partner's previous convictions were not checked
            * the baby's bruised ear was not referred

            </Tab>
            <Tab id="ry-recommendations" title="Recommendations">

            * check every new partner with the police when a baby is on a plan

            </Tab>
            </Tabs>

            <ExternalLink href="https://example.org/reviews/ry.pdf" title="Read the RY review" />

            ### Adolescent self-harm: thematic review {#thematic}

            Thematic review of six young people aged 13 to 16 who self-harmed between 2029 and 2032.

            <Tabs storageKey="lists">
            <Tab id="th-learning" title="Key learning">

            * waiting lists left young people without help for months

            </Tab>
            </Tabs>
            """;

    @TempDir
    Path dir;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream()).map(Item::text).toList();
    }

    @Test
    void componentTitlesAreLabelsAdmonitionsAreReadAndLinkComponentsAreLinks() throws Exception {
        Path file = Files.writeString(dir.resolve("learning-autumn-2033.md"), PAGE);
        ExtractedText text = new DocumentTextExtractor().extract(file);
        List<DigestEntry> found = new DigestParser().parse(text.text(), text.pageBreaks()).entries();

        assertThat(found).extracting(DigestEntry::title).containsExactly(
                "Child RX: Local child safeguarding practice review", "Child RY: Local child safeguarding practice review",
                "Adolescent self-harm: thematic review");
        DigestEntry rx = found.get(0);
        assertThat(rx.summary()).isEqualTo("Neglect of a 5-year-old boy in 2032 whose father drank heavily. Child RX is White Scottish.");
        assertThat(items(rx, SectionType.LEARNING)).containsExactly(
                "nobody asked the boy about life at home", "the father's drinking was only seen as his own problem");
        assertThat(items(rx, SectionType.RECOMMENDATIONS)).containsExactly("ask children about their parents' drinking at every review");
        assertThat(items(rx, SectionType.GOOD_PRACTICE)).containsExactly("a dinner lady who noticed the boy was hungry on Mondays");
        assertThat(rx.linkTarget()).isEqualTo("https://example.org/reviews/rx.pdf");
        DigestEntry ry = found.get(1);
        assertThat(items(ry, SectionType.RECOMMENDATIONS)).containsExactly("check every new partner with the police when a baby is on a plan");
        assertThat(ry.linkTarget()).isEqualTo("https://example.org/reviews/ry.pdf");
        assertThat(items(found.get(2), SectionType.LEARNING)).containsExactly("waiting lists left young people without help for months");
    }

    @Test
    void moduleLinesAndComponentTagsAreMarkupButHtmlAndFencedLinesStay() {
        String read = MdxComponents.read("""
                import Chart from './Chart';

                <Chart data={points} />

                <TABLE BORDER="1">
                <Panel title="Key learning">

                ```jsx
                <Panel title="In a fence" />
                ```
                """);
        assertThat(read).doesNotContain("import", "<Chart").contains("<TABLE BORDER=\"1\">").contains("**Key learning**")
                .contains("<Panel title=\"In a fence\" />");
        assertThat(MdxComponents.read("Plain markdown with <em>tags</em>.\n")).isEqualTo("Plain markdown with <em>tags</em>.\n");
    }
}
